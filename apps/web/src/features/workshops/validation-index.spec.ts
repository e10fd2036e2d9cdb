import { describe, expect, it } from 'vitest';
import type { ValidationOutcomeFieldsFragment } from '../../gql/graphql';
import { validationIndex } from './validation-index';

const buildOutcome = (
  overrides: Partial<ValidationOutcomeFieldsFragment>,
): ValidationOutcomeFieldsFragment => ({
  __typename: 'ValidationOutcome',
  itemId: 'item-1',
  workshopId: 'workshop-1',
  kind: 'FINDING',
  findingId: 'f1',
  questionKey: null,
  outcome: 'VALIDATED',
  note: null,
  amendedRating: null,
  decidedAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

describe('validationIndex', () => {
  it('finds a finding by id and a rating by question key, never one for the other', () => {
    const index = validationIndex([
      buildOutcome({ findingId: 'f1' }),
      buildOutcome({
        itemId: 'item-2',
        kind: 'RATING',
        findingId: null,
        questionKey: 'q.1',
        outcome: 'AMENDED',
        amendedRating: 'NOT_MET',
      }),
    ]);
    expect(index.finding('f1')?.itemId).toBe('item-1');
    expect(index.rating('q.1')).toMatchObject({ outcome: 'AMENDED', amendedRating: 'NOT_MET' });
    expect(index.finding('q.1')).toBeNull();
    expect(index.rating('f1')).toBeNull();
    expect(index.finding('f2')).toBeNull();
  });
});
