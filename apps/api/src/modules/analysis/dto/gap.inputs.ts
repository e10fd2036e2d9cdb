import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import {
  derivedGapKinds,
  gapKinds,
  gapStatuses,
  type DerivedGapKind,
  type GapKind,
  type GapStatus,
} from '../analysis-kinds.js';
import { GapKindEnum, GapStatusEnum } from '../analysis-enums.js';

const key = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Give the ${what} key`)
    .max(160, `A ${what} key has at most 160 characters`);

const description = z
  .string()
  .trim()
  .min(1, 'Describe what is missing')
  .max(2000, 'A description has at most 2000 characters');

// YYYY-MM-DD, a real calendar day between 2000 and 2100.
const dueDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A due date is written YYYY-MM-DD')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'This day does not exist')
  .refine((v) => v >= '2000-01-01' && v < '2100-01-01', 'Choose a due date between 2000 and 2099');

// AssessmentMember ids ("assessmentId:pseudonymNumber"): they name a member without revealing who.
const memberId = z
  .string()
  .regex(/^[0-9a-fA-F-]{36}:[1-9]\d{0,8}$/, 'Choose a member of the assessment');

@InputType()
export class RaiseGapInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  elementKey: string;

  @Field()
  subElementKey: string;

  @Field(() => String, { nullable: true })
  questionKey?: string | null;

  @Field()
  description: string;

  @Field(() => GapKindEnum, {
    nullable: true,
    description: 'When tracking a derived gap: its kind (the question key is then required)',
  })
  source?: DerivedGapKind | null;

  @Field(() => ID, { nullable: true, description: 'An AssessmentMember id' })
  ownerMemberId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;
}

export const raiseGapSchema = z
  .object({
    assessmentId: z.string(),
    elementKey: key('element'),
    subElementKey: key('sub-element'),
    questionKey: key('question').nullish(),
    description,
    source: z
      .enum(derivedGapKinds, { message: 'Track a NO_ANSWER, NO_EVIDENCE or RATING_UNKNOWN gap' })
      .nullish(),
    ownerMemberId: memberId.nullish(),
    dueDate: dueDate.nullish(),
  })
  .refine((v) => !v.source || v.questionKey, {
    message: 'A tracked derived gap names its question',
    path: ['questionKey'],
  });

export type NewGap = z.output<typeof raiseGapSchema>;

// Left-out fields stay; null clears the owner or the due date. A description may change, never go.
@InputType()
export class UpdateGapInput {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'An AssessmentMember id; null: nobody' })
  ownerMemberId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: none' })
  dueDate?: string | null;
}

export const updateGapSchema = z.object({
  description: z.preprocess((v) => (v === null ? '' : v), description).optional(),
  ownerMemberId: memberId.nullable().optional(),
  dueDate: dueDate.nullable().optional(),
});

export type GapChanges = z.output<typeof updateGapSchema>;

@InputType()
export class GapFilter {
  @Field(() => String, { nullable: true })
  elementKey?: string | null;

  @Field(() => GapKindEnum, { nullable: true })
  kind?: GapKind | null;

  @Field(() => GapStatusEnum, { nullable: true, description: 'Tracked gaps in this status' })
  status?: GapStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Tracked gaps the viewer owns' })
  ownedByMe?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Tracked gaps past their due date' })
  overdue?: boolean | null;
}

export const gapFilterSchema = z.object({
  elementKey: key('element').nullish(),
  kind: z.enum(gapKinds).nullish(),
  status: z.enum(gapStatuses).nullish(),
  ownedByMe: z.boolean().nullish(),
  overdue: z.boolean().nullish(),
});

export type GapQuery = z.output<typeof gapFilterSchema>;
