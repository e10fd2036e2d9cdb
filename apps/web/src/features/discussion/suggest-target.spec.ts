import { addFinding, setRating } from '@idgov/assessment-doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { currentValue, suggestionInput } from './suggest-target';

describe('suggestion targets', () => {
  it('reads the current value of a rating, an answer and a finding', () => {
    const doc = new Y.Doc();
    setRating(doc, 'q-1', 'PARTIAL');
    const id = addFinding(doc, 's-1', 'RISK', 'No appeal');
    expect(currentValue(doc, { kind: 'RATING', questionKey: 'q-1', label: '' })).toEqual({
      rating: 'PARTIAL',
      findingKind: null,
      text: null,
    });
    expect(currentValue(doc, { kind: 'ANSWER', questionKey: 'q-1', label: '' }).text).toBe('');
    expect(
      currentValue(doc, { kind: 'FINDING', subElementKey: 's-1', findingId: id, label: '' }),
    ).toEqual({ rating: null, findingKind: 'RISK', text: 'No appeal' });
    expect(
      currentValue(doc, { kind: 'FINDING', subElementKey: 's-1', findingId: null, label: '' }),
    ).toEqual({ rating: null, findingKind: null, text: null });
    expect(currentValue(doc, { kind: 'RATING', questionKey: 'Bad Key', label: '' }).rating).toBe(
      null,
    );
  });

  it('sends only the fields of the kind, trimmed', () => {
    const draft = {
      rating: null,
      findingKind: 'RISK' as const,
      text: ' New risk ',
      reason: ' Why ',
    };
    expect(
      suggestionInput(
        'a',
        'e',
        { kind: 'FINDING', subElementKey: 's', findingId: null, label: '' },
        draft,
      ),
    ).toEqual({
      assessmentId: 'a',
      elementKey: 'e',
      kind: 'FINDING',
      reason: 'Why',
      subElementKey: 's',
      findingId: null,
      proposedFindingKind: 'RISK',
      proposedText: 'New risk',
    });
    expect(
      suggestionInput(
        'a',
        'e',
        { kind: 'RATING', questionKey: 'q', label: '' },
        { ...draft, rating: 'UNKNOWN' },
      ),
    ).toEqual({
      assessmentId: 'a',
      elementKey: 'e',
      kind: 'RATING',
      reason: 'Why',
      questionKey: 'q',
      proposedRating: 'UNKNOWN',
    });
  });
});
