import { describe, expect, it } from 'vitest';
import type { Rating, StakeholderGroup } from './analysis-kinds.js';
import { divergenceOf, majorityOf, splitByGroup } from './rating-split.js';

const rows = (...list: [StakeholderGroup, Rating][]) =>
  list.map(([group, rating]) => ({ group, rating }));

describe('split ratings', () => {
  it('takes the strict majority of a group, none on a tie', () => {
    const [gov] = splitByGroup(
      rows(['GOVERNMENT', 'PARTIAL'], ['GOVERNMENT', 'PARTIAL'], ['GOVERNMENT', 'NOT_MET']),
    );
    expect(gov).toMatchObject({ group: 'GOVERNMENT', total: 3, majority: 'PARTIAL' });
    expect(
      majorityOf({ MEETS_TARGET: 1, PARTIAL: 1, NOT_MET: 0, UNKNOWN: 0, NOT_APPLICABLE: 0 }),
    ).toBeNull();
    expect(splitByGroup([]).map((s) => s.majority)).toEqual([null, null, null, null]);
  });

  it('diverges when majorities are two steps apart', () => {
    const split = splitByGroup(
      rows(['GOVERNMENT', 'MEETS_TARGET'], ['CIVIL_SOCIETY', 'NOT_MET'], ['UNDP', 'PARTIAL']),
    );
    expect(divergenceOf(split)).toEqual({
      reason: 'TWO_STEPS_APART',
      groups: ['GOVERNMENT', 'CIVIL_SOCIETY'],
    });
  });

  it('does not diverge one step apart, nor with NOT_APPLICABLE or tied groups', () => {
    expect(
      divergenceOf(splitByGroup(rows(['GOVERNMENT', 'MEETS_TARGET'], ['UNDP', 'PARTIAL']))),
    ).toBeNull();
    expect(
      divergenceOf(splitByGroup(rows(['GOVERNMENT', 'MEETS_TARGET'], ['OTHER', 'NOT_APPLICABLE']))),
    ).toBeNull();
    const tied = rows(
      ['GOVERNMENT', 'MEETS_TARGET'],
      ['CIVIL_SOCIETY', 'NOT_MET'],
      ['CIVIL_SOCIETY', 'PARTIAL'],
    );
    expect(divergenceOf(splitByGroup(tied))).toBeNull();
  });

  it('diverges when one group does not know and another rates', () => {
    const split = splitByGroup(rows(['UNDP', 'UNKNOWN'], ['GOVERNMENT', 'PARTIAL']));
    expect(divergenceOf(split)).toEqual({
      reason: 'UNKNOWN_AGAINST_RATED',
      groups: ['GOVERNMENT', 'UNDP'],
    });
    expect(
      divergenceOf(splitByGroup(rows(['UNDP', 'UNKNOWN'], ['GOVERNMENT', 'UNKNOWN']))),
    ).toBeNull();
  });
});
