import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { commentBodyMaxLength, hiddenReasonMaxLength } from '../comment.entity.js';

@InputType({ isAbstract: true })
class CommentBodyInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  body: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Members @-mentioned, by their AssessmentMember id',
  })
  mentionedMemberIds?: string[] | null;
}

@InputType()
export class CreateCommentThreadInput extends CommentBodyInput {
  @Field()
  elementKey: string;

  @Field(() => String, { nullable: true, description: 'The anchor: a sub-element, or…' })
  subElementKey?: string | null;

  @Field(() => String, { nullable: true, description: '…a question of the element' })
  questionKey?: string | null;
}

@InputType()
export class ReplyToCommentThreadInput extends CommentBodyInput {
  @Field(() => ID)
  threadId: string;
}

@InputType()
export class EditCommentInput extends CommentBodyInput {
  @Field(() => ID)
  commentId: string;
}

const bodySchema = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, 'Write a comment')
      .max(commentBodyMaxLength, `At most ${commentBodyMaxLength} characters`),
  );

const common = {
  assessmentId: z.string(),
  body: bodySchema,
  mentionedMemberIds: z
    .array(z.string().max(80))
    .max(50, 'At most 50 mentions')
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
};

const optionalKey = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .nullish()
    .transform((k) => k ?? null);

export const createCommentThreadSchema = z
  .object({
    ...common,
    elementKey: z.string().trim().min(1, 'Required').max(64),
    subElementKey: optionalKey(120),
    questionKey: optionalKey(160),
  })
  .refine((v) => (v.subElementKey === null) !== (v.questionKey === null), {
    message: 'Anchor the thread to a sub-element or to a question (one of them)',
    path: ['subElementKey'],
  });

export const replyToCommentThreadSchema = z.object({ ...common, threadId: z.string() });
export const editCommentSchema = z.object({ ...common, commentId: z.string() });

export const hideReasonSchema = z
  .string()
  .trim()
  .min(1, 'Give a reason')
  .max(hiddenReasonMaxLength, `At most ${hiddenReasonMaxLength} characters`);

export type CreateCommentThread = z.output<typeof createCommentThreadSchema>;
export type CommentBody = { body: string; mentionedMemberIds: string[] };
