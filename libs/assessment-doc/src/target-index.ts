// Something said about one finding or one question's rating of an element document (a workshop's
// decision, say), looked up by the key that finding or question has in the document.
export interface DocTarget {
  readonly kind: 'FINDING' | 'RATING';
  readonly findingId: string | null;
  readonly questionKey: string | null;
}

export interface TargetIndex<T> {
  finding(findingId: string): T | null;
  rating(questionKey: string): T | null;
}

// The last item for a target wins: callers pass them oldest first, or one per target.
export function indexByTarget<T extends DocTarget>(items: readonly T[]): TargetIndex<T> {
  const findings = new Map<string, T>();
  const ratings = new Map<string, T>();
  for (const item of items) {
    if (item.kind === 'FINDING' && item.findingId) {
      findings.set(item.findingId, item);
    } else if (item.kind === 'RATING' && item.questionKey) {
      ratings.set(item.questionKey, item);
    }
  }
  return {
    finding: (id) => findings.get(id) ?? null,
    rating: (key) => ratings.get(key) ?? null,
  };
}
