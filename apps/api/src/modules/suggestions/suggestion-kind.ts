import { findingKinds, ratings } from '@idgov/assessment-doc';

// What a suggestion proposes to change: a question's rating or answer, or a sub-element's finding
// (an existing one by id, or a new one).
export const suggestionKinds = ['RATING', 'FINDING', 'ANSWER'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

export const suggestionStatuses = ['PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

export const suggestionReasonMaxLength = 2000;
export const suggestionTextMaxLength = 20000;

// SQL lists for CHECK constraints, from the same constants as the document schema.
const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
export const ratingsSql = sqlList(ratings);
export const findingKindsSql = sqlList(findingKinds);
export const suggestionKindsSql = sqlList(suggestionKinds);
export const suggestionStatusesSql = sqlList(suggestionStatuses);
