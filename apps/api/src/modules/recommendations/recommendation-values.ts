// The values a recommendation takes, as data: the database, zod and GraphQL enums read these.
export const recommendationPriorities = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type RecommendationPriority = (typeof recommendationPriorities)[number];

// SHORT_TERM: within 6 months; MEDIUM_TERM: 6 to 18 months; LONG_TERM: beyond 18 months.
export const recommendationTimeframes = ['SHORT_TERM', 'MEDIUM_TERM', 'LONG_TERM'] as const;
export type RecommendationTimeframe = (typeof recommendationTimeframes)[number];

export const recommendationStatuses = [
  'PROPOSED',
  'AGREED',
  'IN_PROGRESS',
  'IMPLEMENTED',
  'DROPPED',
] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

// Statuses that say the team has agreed to it: such a recommendation is dropped, never deleted,
// and needs a responsible institution before the assessment leaves Engage.
export const agreedStatuses: readonly RecommendationStatus[] = [
  'AGREED',
  'IN_PROGRESS',
  'IMPLEMENTED',
];

export const maxLinkedFindings = 50;
