import { describe, expect, it } from 'vitest';
import { indexByTarget, type DocTarget } from './target-index.js';

type Outcome = DocTarget & { id: string; outcome: string };

const buildOutcome = (overrides: Partial<Outcome>): Outcome => ({
  id: 'item-1',
  kind: 'FINDING',
  findingId: 'f1',
  questionKey: null,
  outcome: 'VALIDATED',
  ...overrides,
});

describe('indexByTarget', () => {
  it('finds a finding by id and a rating by question key, never one for the other', () => {
    const index = indexByTarget([
      buildOutcome({ findingId: 'f1' }),
      buildOutcome({ id: 'item-2', kind: 'RATING', findingId: null, questionKey: 'q.1' }),
    ]);
    expect(index.finding('f1')?.id).toBe('item-1');
    expect(index.rating('q.1')?.id).toBe('item-2');
    expect(index.finding('q.1')).toBeNull();
    expect(index.rating('f1')).toBeNull();
    expect(index.finding('f2')).toBeNull();
  });

  it('keeps the last item given for a target', () => {
    const index = indexByTarget([
      buildOutcome({ outcome: 'DISPUTED' }),
      buildOutcome({ id: 'item-3', outcome: 'AMENDED' }),
    ]);
    expect(index.finding('f1')).toMatchObject({ id: 'item-3', outcome: 'AMENDED' });
  });
});
