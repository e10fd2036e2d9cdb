import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Rating, StakeholderGroup } from './analysis-kinds.js';
import {
  AnalysisRatingEnum,
  DivergenceReasonEnum,
  StakeholderGroupEnum,
} from './analysis-enums.js';
import type { DivergenceReason } from './rating-split.js';

@ObjectType('RatingCount')
export class RatingCountObject {
  @Field(() => AnalysisRatingEnum)
  rating: Rating;

  @Field(() => Int)
  count: number;
}

@ObjectType('GroupRatingSplit', { description: 'How many members of one group chose each rating' })
export class GroupRatingSplitObject {
  @Field(() => StakeholderGroupEnum)
  group: StakeholderGroup;

  @Field(() => Int)
  total: number;

  @Field(() => [RatingCountObject], { description: 'Every rating of the scale, in scale order' })
  counts: RatingCountObject[];

  @Field(() => AnalysisRatingEnum, {
    nullable: true,
    description: 'The rating strictly more of the group chose than any other; null if none or tied',
  })
  majority: Rating | null;
}

@ObjectType('RatingDivergence')
export class RatingDivergenceObject {
  @Field(() => DivergenceReasonEnum)
  reason: DivergenceReason;

  @Field(() => [StakeholderGroupEnum], { description: 'The groups whose majorities diverge' })
  groups: StakeholderGroup[];
}

@ObjectType('MyStakeholderRating', {
  description: "The viewer's own rating; nobody else's is shown",
})
export class MyStakeholderRatingObject {
  @Field(() => AnalysisRatingEnum)
  rating: Rating;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => StakeholderGroupEnum, { description: 'The group it counts for' })
  group: StakeholderGroup;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('ConsolidatedRating', { description: "The moderator's rating of the sub-element" })
export class ConsolidatedRatingObject {
  @Field(() => AnalysisRatingEnum)
  rating: Rating;

  @Field()
  rationale: string;

  @Field(() => GraphQLISODateTime)
  setAt: Date;

  // For resolving setBy per viewer.
  assessmentId: string;
  setById: string;
}

@ObjectType('SubElementRatings')
export class SubElementRatingsObject {
  @Field(() => ID, { description: 'assessmentId:subElementKey' })
  id: string;

  @Field()
  elementKey: string;

  @Field()
  subElementKey: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'Members who rated it' })
  total: number;

  @Field(() => [GroupRatingSplitObject], { description: 'Every group, also those without ratings' })
  groups: GroupRatingSplitObject[];

  @Field()
  divergent: boolean;

  @Field(() => RatingDivergenceObject, { nullable: true })
  divergence: RatingDivergenceObject | null;

  @Field(() => MyStakeholderRatingObject, { nullable: true })
  myRating: MyStakeholderRatingObject | null;

  @Field(() => ConsolidatedRatingObject, { nullable: true })
  consolidated: ConsolidatedRatingObject | null;
}
