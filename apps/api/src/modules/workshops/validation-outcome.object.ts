import type { Rating } from '@idgov/assessment-doc';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { WorkshopItemKind, WorkshopOutcome } from './workshop-kinds.js';
import {
  WorkshopItemKindEnum,
  WorkshopOutcomeEnum,
  WorkshopRatingEnum,
} from './workshop.object.js';

@ObjectType('ValidationOutcome', {
  description: "A workshop's latest decision on a finding or a question's rating",
})
export class ValidationOutcomeObject {
  @Field(() => ID, { description: 'The agenda item that was decided' }) itemId: string;
  @Field(() => ID) workshopId: string;
  @Field(() => WorkshopItemKindEnum) kind: WorkshopItemKind;
  @Field() elementKey: string;
  @Field() subElementKey: string;
  @Field(() => String, { nullable: true }) findingId: string | null;
  @Field(() => String, { nullable: true }) questionKey: string | null;
  @Field(() => WorkshopOutcomeEnum) outcome: WorkshopOutcome;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => WorkshopRatingEnum, { nullable: true }) amendedRating: Rating | null;
  @Field(() => GraphQLISODateTime) decidedAt: Date;
}
