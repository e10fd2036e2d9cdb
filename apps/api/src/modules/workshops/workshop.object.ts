import { ratings, type Rating } from '@idgov/assessment-doc';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  workshopItemKinds,
  workshopOutcomes,
  workshopStatuses,
  workshopVotes,
  type WorkshopItemKind,
  type WorkshopOutcome,
  type WorkshopStatus,
  type WorkshopVoteValue,
} from './workshop-kinds.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const WorkshopStatusEnum = enumOf(workshopStatuses);
registerEnumType(WorkshopStatusEnum, { name: 'WorkshopStatus' });
export const WorkshopItemKindEnum = enumOf(workshopItemKinds);
registerEnumType(WorkshopItemKindEnum, { name: 'WorkshopItemKind' });
export const WorkshopVoteEnum = enumOf(workshopVotes);
registerEnumType(WorkshopVoteEnum, { name: 'WorkshopVote' });
export const WorkshopOutcomeEnum = enumOf(workshopOutcomes);
registerEnumType(WorkshopOutcomeEnum, { name: 'WorkshopOutcome' });
// Named for this module, as SuggestedRating is for suggestions: the question rating scale.
export const WorkshopRatingEnum = enumOf(ratings);
registerEnumType(WorkshopRatingEnum, { name: 'WorkshopRating' });

@ObjectType('WorkshopTally')
export class WorkshopTallyObject {
  @Field(() => Int) agree: number;
  @Field(() => Int) agreeWithChanges: number;
  @Field(() => Int) disagree: number;
  @Field(() => Int) total: number;
}

@ObjectType('WorkshopVoteComment', { description: 'Votes are anonymous to the room: no author' })
export class WorkshopVoteCommentObject {
  @Field(() => WorkshopVoteEnum) vote: WorkshopVoteValue;
  @Field() comment: string;
}

@ObjectType('WorkshopItem')
export class WorkshopItemObject {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '0-based order in the agenda' }) position: number;
  @Field(() => WorkshopItemKindEnum) kind: WorkshopItemKind;
  @Field() elementKey: string;
  @Field() subElementKey: string;
  @Field(() => String, { nullable: true }) questionKey: string | null;
  @Field(() => String, { nullable: true }) findingId: string | null;
  @Field({ description: 'What participants are shown, snapshotted when it was put on the agenda' })
  statement: string;
  @Field(() => String, { nullable: true }) rating: string | null;
  @Field(() => WorkshopTallyObject) tally: WorkshopTallyObject;
  @Field(() => [WorkshopVoteCommentObject], {
    description: 'For those who manage the workshop; empty for everyone else',
  })
  comments: WorkshopVoteCommentObject[];
  @Field(() => WorkshopVoteEnum, { nullable: true }) myVote: WorkshopVoteValue | null;
  @Field(() => WorkshopOutcomeEnum, { nullable: true }) outcome: WorkshopOutcome | null;
  @Field(() => String, { nullable: true }) outcomeNote: string | null;
  @Field(() => String, { nullable: true }) amendedText: string | null;
  @Field(() => WorkshopRatingEnum, { nullable: true }) amendedRating: Rating | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
}

@ObjectType('Workshop')
export class WorkshopObject {
  @Field(() => ID) id: string;
  @Field(() => ID) assessmentId: string;
  @Field() title: string;
  @Field(() => WorkshopStatusEnum) status: WorkshopStatus;
  @Field(() => String, { nullable: true, description: 'Set while OPEN; hidden from guests' })
  joinCode: string | null;
  @Field(() => ID, { nullable: true }) currentItemId: string | null;
  @Field(() => [WorkshopItemObject]) items: WorkshopItemObject[];
  @Field(() => Int, { description: 'Distinct members and guests who joined' })
  participantCount: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) openedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt: Date | null;
  @Field(() => [String], {
    description: 'What the viewer may do: workshops.manage, workshops.vote',
  })
  viewerActions: string[];
}

@ObjectType('WorkshopJoinInfo', { description: 'What someone holding a code may see' })
export class WorkshopJoinInfoObject {
  @Field(() => ID) workshopId: string;
  @Field(() => ID) assessmentId: string;
  @Field() title: string;
  @Field(() => WorkshopStatusEnum) status: WorkshopStatus;
  @Field({ description: 'The signed-in caller is a member and may vote as themself' })
  isMember: boolean;
}

@ObjectType('WorkshopGuestPass')
export class WorkshopGuestPassObject {
  @Field(() => ID) workshopId: string;
  @Field({ description: 'Keep it: it is shown once and is the guest’s only key' })
  guestToken: string;
}
