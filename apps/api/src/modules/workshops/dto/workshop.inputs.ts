import { ratings, type Rating } from '@idgov/assessment-doc';
import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import {
  amendedTextMaxLength,
  outcomeNoteMaxLength,
  voteCommentMaxLength,
  workshopItemKinds,
  workshopOutcomes,
  workshopTitleMaxLength,
  workshopVotes,
  type WorkshopItemKind,
  type WorkshopOutcome,
  type WorkshopVoteValue,
} from '../workshop-kinds.js';
import {
  WorkshopItemKindEnum,
  WorkshopOutcomeEnum,
  WorkshopRatingEnum,
  WorkshopVoteEnum,
} from '../workshop.object.js';

const key = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9._:-]+$/, 'Unexpected characters in a key');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

@InputType()
export class CreateWorkshopInput {
  @Field(() => ID) assessmentId: string;
  @Field() title: string;
}
export const createWorkshopSchema = z.object({
  assessmentId: z.string(),
  title: z.string().trim().min(1, 'A title is needed').max(workshopTitleMaxLength),
});

@InputType()
export class AddWorkshopItemInput {
  @Field(() => ID) assessmentId: string;
  @Field(() => ID) workshopId: string;
  @Field(() => WorkshopItemKindEnum) kind: WorkshopItemKind;
  @Field() elementKey: string;
  @Field() subElementKey: string;
  @Field(() => String, { nullable: true }) findingId?: string | null;
  @Field(() => String, { nullable: true }) questionKey?: string | null;
}
export const addWorkshopItemSchema = z
  .object({
    assessmentId: z.string(),
    workshopId: z.string(),
    kind: z.enum(workshopItemKinds),
    elementKey: key(64),
    subElementKey: key(120),
    findingId: key(64).nullish(),
    questionKey: key(160).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'FINDING' && !v.findingId) {
      ctx.addIssue({
        code: 'custom',
        path: ['findingId'],
        message: 'A finding item needs findingId',
      });
    }
    if (v.kind === 'RATING' && !v.questionKey) {
      ctx.addIssue({
        code: 'custom',
        path: ['questionKey'],
        message: 'A rating item needs questionKey',
      });
    }
  });
export type NewWorkshopItem = z.infer<typeof addWorkshopItemSchema>;

@InputType()
export class CastWorkshopVoteInput {
  @Field(() => ID) workshopId: string;
  @Field(() => ID) itemId: string;
  @Field(() => WorkshopVoteEnum) vote: WorkshopVoteValue;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => String, { nullable: true }) guestToken?: string | null;
}
export const castWorkshopVoteSchema = z.object({
  workshopId: z.string(),
  itemId: z.string(),
  vote: z.enum(workshopVotes),
  comment: optionalText(voteCommentMaxLength),
  guestToken: z.string().max(200).nullish(),
});
export type NewVote = z.infer<typeof castWorkshopVoteSchema>;

@InputType()
export class RecordWorkshopOutcomeInput {
  @Field(() => ID) assessmentId: string;
  @Field(() => ID) itemId: string;
  @Field(() => WorkshopOutcomeEnum) outcome: WorkshopOutcome;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'For an AMENDED finding: its new text',
  })
  amendedText?: string | null;
  @Field(() => WorkshopRatingEnum, {
    nullable: true,
    description: "For an AMENDED rating: the question's new rating",
  })
  amendedRating?: Rating | null;
}
export const recordWorkshopOutcomeSchema = z
  .object({
    assessmentId: z.string(),
    itemId: z.string(),
    outcome: z.enum(workshopOutcomes),
    note: optionalText(outcomeNoteMaxLength),
    amendedText: optionalText(amendedTextMaxLength),
    amendedRating: z
      .enum(ratings)
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'AMENDED' && !v.amendedText && !v.amendedRating) {
      ctx.addIssue({
        code: 'custom',
        path: ['amendedText'],
        message: 'An amended outcome needs the amended text (a finding) or rating (a rating)',
      });
    }
    if (v.amendedText && v.amendedRating) {
      ctx.addIssue({
        code: 'custom',
        path: ['amendedRating'],
        message: 'An item is amended either by its text (a finding) or by its rating, not both',
      });
    }
    for (const field of ['amendedText', 'amendedRating'] as const) {
      if (v.outcome !== 'AMENDED' && v[field]) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'Only an amended outcome has an amended text or rating',
        });
      }
    }
  });
export type NewOutcome = z.infer<typeof recordWorkshopOutcomeSchema>;

export const guestJoinSchema = z.object({
  code: z.string().max(20),
  displayName: z.string().trim().min(1, 'A name is needed').max(60),
});
