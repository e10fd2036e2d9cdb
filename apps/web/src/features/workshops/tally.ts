export const workshopVotes = ['AGREE', 'AGREE_WITH_CHANGES', 'DISAGREE'] as const;
export type WorkshopVoteValue = (typeof workshopVotes)[number];

export interface TallyCounts {
  agree: number;
  agreeWithChanges: number;
  disagree: number;
  total: number;
}

export interface TallyShare {
  vote: WorkshopVoteValue;
  count: number;
  // Whole percentages that add up to 100 when anyone voted (largest remainder), 0 otherwise.
  percent: number;
}

export function countOf(tally: TallyCounts, vote: WorkshopVoteValue): number {
  switch (vote) {
    case 'AGREE':
      return tally.agree;
    case 'AGREE_WITH_CHANGES':
      return tally.agreeWithChanges;
    case 'DISAGREE':
      return tally.disagree;
  }
}

// Rounding each share on its own can show 33 + 33 + 33 = 99 on the wall screen; the largest
// remainder method hands the missing points to the shares that lost most to rounding.
export function tallyShares(tally: TallyCounts): TallyShare[] {
  const counts = workshopVotes.map((vote) => ({ vote, count: countOf(tally, vote) }));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) {
    return counts.map((c) => ({ ...c, percent: 0 }));
  }
  const exact = counts.map((c) => (c.count * 100) / total);
  const shares = counts.map((c, i) => ({ ...c, percent: Math.floor(exact[i] ?? 0) }));
  let missing = 100 - shares.reduce((sum, s) => sum + s.percent, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    const share = shares[index];
    if (missing <= 0 || !share) {
      break;
    }
    share.percent += 1;
    missing -= 1;
  }
  return shares;
}
