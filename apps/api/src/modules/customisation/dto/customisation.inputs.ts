import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

const keySchema = z.string().trim().min(1, 'Key must not be empty').max(160);
const questionTextSchema = z
  .string()
  .trim()
  .min(1, 'Question text must not be empty')
  .max(1000, 'Question text must be at most 1000 characters');

@InputType()
export class SetSubElementEnabledInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  subElementKey: string;

  @Field()
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'Required when disabling' })
  reason?: string | null;
}

export const setSubElementEnabledSchema = z
  .object({
    assessmentId: z.string(),
    subElementKey: keySchema,
    enabled: z.boolean(),
    reason: z.string().trim().max(2000, 'Reason must be at most 2000 characters').nullish(),
  })
  .refine((v) => v.enabled || (v.reason ?? '').length > 0, {
    message: 'Say why this sub-element is left out of the assessment',
    path: ['reason'],
  });

@InputType()
export class RewordQuestionInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  questionKey: string;

  @Field()
  text: string;
}

export const rewordQuestionSchema = z.object({
  assessmentId: z.string(),
  questionKey: keySchema,
  text: questionTextSchema,
});

@InputType()
export class AddCustomQuestionInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  detailKey: string;

  @Field()
  text: string;
}

export const addCustomQuestionSchema = z.object({
  assessmentId: z.string(),
  detailKey: keySchema,
  text: questionTextSchema,
});

@InputType()
export class ReorderQuestionsInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  detailKey: string;

  @Field(() => [String], { description: 'Every question key of the detail, in the new order' })
  questionKeys: string[];
}

export const reorderQuestionsSchema = z.object({
  assessmentId: z.string(),
  detailKey: keySchema,
  questionKeys: z
    .array(keySchema)
    .min(1, 'List every question of the detail')
    .max(200)
    .refine((keys) => new Set(keys).size === keys.length, 'A question is listed twice'),
});
