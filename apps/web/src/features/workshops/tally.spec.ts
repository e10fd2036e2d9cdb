import { describe, expect, it } from 'vitest';
import { tallyShares } from './tally';

const tally = (agree: number, agreeWithChanges: number, disagree: number) => ({
  agree,
  agreeWithChanges,
  disagree,
  total: agree + agreeWithChanges + disagree,
});

describe('tallyShares', () => {
  it('lists the three votes in order with their counts', () => {
    expect(tallyShares(tally(2, 1, 0)).map((s) => [s.vote, s.count])).toEqual([
      ['AGREE', 2],
      ['AGREE_WITH_CHANGES', 1],
      ['DISAGREE', 0],
    ]);
  });

  it('shows nothing but zeros before anyone voted', () => {
    expect(tallyShares(tally(0, 0, 0)).map((s) => s.percent)).toEqual([0, 0, 0]);
  });

  it('adds up to 100 when thirds do not round evenly', () => {
    const percents = tallyShares(tally(1, 1, 1)).map((s) => s.percent);
    expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
    expect(percents).toEqual([34, 33, 33]);
  });

  it('gives the rounding point to the largest remainder', () => {
    // 2/3 = 66.67 and 1/3 = 33.33: the larger remainder wins the missing point.
    expect(tallyShares(tally(2, 0, 1)).map((s) => s.percent)).toEqual([67, 0, 33]);
  });

  it('keeps exact shares exact', () => {
    expect(tallyShares(tally(1, 0, 3)).map((s) => s.percent)).toEqual([25, 0, 75]);
  });
});
