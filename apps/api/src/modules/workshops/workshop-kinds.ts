// The states and choices of a validation workshop, shared by entities, GraphQL enums and zod.
export const workshopStatuses = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type WorkshopStatus = (typeof workshopStatuses)[number];

export const workshopItemKinds = ['FINDING', 'RATING'] as const;
export type WorkshopItemKind = (typeof workshopItemKinds)[number];

export const workshopVotes = ['AGREE', 'AGREE_WITH_CHANGES', 'DISAGREE'] as const;
export type WorkshopVoteValue = (typeof workshopVotes)[number];

export const workshopOutcomes = ['VALIDATED', 'AMENDED', 'DISPUTED'] as const;
export type WorkshopOutcome = (typeof workshopOutcomes)[number];

export const workshopTitleMaxLength = 200;
export const voteCommentMaxLength = 500;
export const outcomeNoteMaxLength = 2000;
export const amendedTextMaxLength = 10_000;
export const guestNameMaxLength = 60;
export const statementMaxLength = 20_000;
export const maxAgendaItems = 200;
