import {
  ratingScale,
  stakeholderGroups,
  type Rating,
  type StakeholderGroup,
} from './analysis-kinds.js';

export const divergenceReasons = ['TWO_STEPS_APART', 'UNKNOWN_AGAINST_RATED'] as const;
export type DivergenceReason = (typeof divergenceReasons)[number];

export interface GroupSplit {
  group: StakeholderGroup;
  total: number;
  counts: Record<Rating, number>;
  // The rating strictly more members of the group chose than any other; null when none or tied.
  majority: Rating | null;
}

export interface Divergence {
  reason: DivergenceReason;
  // The groups whose majorities diverge, in the order of stakeholderGroups.
  groups: StakeholderGroup[];
}

// Position on the ordered part of the scale; UNKNOWN and NOT_APPLICABLE are not on it.
const steps: Partial<Record<Rating, number>> = { NOT_MET: 0, PARTIAL: 1, MEETS_TARGET: 2 };

export function majorityOf(counts: Record<Rating, number>): Rating | null {
  let best: Rating | null = null;
  let tied = false;
  for (const rating of ratingScale) {
    const n = counts[rating];
    if (n === 0) {
      continue;
    }
    if (best === null || n > counts[best]) {
      best = rating;
      tied = false;
    } else if (n === counts[best]) {
      tied = true;
    }
  }
  return tied ? null : best;
}

// Counts per group of the given ratings; every group appears, empty ones with zeros.
export function splitByGroup(
  rows: readonly { group: StakeholderGroup; rating: Rating }[],
): GroupSplit[] {
  return stakeholderGroups.map((group) => {
    const counts = Object.fromEntries(ratingScale.map((r) => [r, 0])) as Record<Rating, number>;
    let total = 0;
    for (const row of rows) {
      if (row.group === group) {
        counts[row.rating] += 1;
        total += 1;
      }
    }
    return { group, total, counts, majority: majorityOf(counts) };
  });
}

// The rule: only groups with a majority take part (no ratings or a tie: no voice). Divergent when
// (1) one group's majority is MEETS_TARGET and another's NOT_MET (two steps apart on
// MEETS_TARGET > PARTIAL > NOT_MET), or else (2) one group's majority is UNKNOWN while another's is
// on that scale. NOT_APPLICABLE majorities take no part. The first reason that holds is given.
export function divergenceOf(splits: readonly GroupSplit[]): Divergence | null {
  const onScale = splits.filter((s) => s.majority !== null && steps[s.majority] !== undefined);
  const stepOf = (s: GroupSplit): number => (s.majority ? (steps[s.majority] ?? 0) : 0);
  const values = onScale.map(stepOf);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  if (onScale.length >= 2 && high - low >= 2) {
    return {
      reason: 'TWO_STEPS_APART',
      groups: onScale.filter((s) => stepOf(s) === low || stepOf(s) === high).map((s) => s.group),
    };
  }
  const unknown = splits.filter((s) => s.majority === 'UNKNOWN');
  if (unknown.length > 0 && onScale.length > 0) {
    const involved = new Set([...unknown, ...onScale].map((s) => s.group));
    return {
      reason: 'UNKNOWN_AGAINST_RATED',
      groups: stakeholderGroups.filter((g) => involved.has(g)),
    };
  }
  return null;
}
