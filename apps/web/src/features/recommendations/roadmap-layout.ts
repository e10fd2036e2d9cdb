import type { RecommendationPriority, RecommendationTimeframe } from '../../gql/graphql';
import { priorities, timeframes } from './recommendation-form';

export interface RoadmapItem {
  id: string;
  priority: RecommendationPriority;
  timeframe: RecommendationTimeframe;
}

export interface RoadmapColumn<T extends RoadmapItem> {
  timeframe: RecommendationTimeframe;
  items: T[];
}

// One group's recommendations as three timeframe columns (a row each on a phone), most pressing
// first in each; the API already orders them, this keeps the order within a column.
export function timeframeColumns<T extends RoadmapItem>(items: readonly T[]): RoadmapColumn<T>[] {
  return timeframes.map((timeframe) => ({
    timeframe,
    items: items
      .filter((i) => i.timeframe === timeframe)
      .sort((a, b) => priorities.indexOf(a.priority) - priorities.indexOf(b.priority)),
  }));
}

// How many recommendations of each priority a group holds, for its heading.
export function priorityCounts(
  items: readonly RoadmapItem[],
): Record<RecommendationPriority, number> {
  const counts: Record<RecommendationPriority, number> = { HIGH: 0, MEDIUM: 0, LOW: 0 };
  for (const item of items) {
    counts[item.priority] += 1;
  }
  return counts;
}
