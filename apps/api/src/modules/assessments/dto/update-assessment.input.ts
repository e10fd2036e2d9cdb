import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import {
  countrySchema,
  nationalUseCasesSchema,
  scopeSchema,
  titleSchema,
} from './assessment-fields.schema.js';

@InputType()
export class UpdateAssessmentInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  scope?: string | null;

  @Field(() => [String], { nullable: true })
  nationalUseCases?: string[] | null;
}

// A null or absent field means "leave unchanged"; a title cannot be cleared.
export const updateAssessmentSchema = z.object({
  title: titleSchema.nullish(),
  country: countrySchema.nullish(),
  scope: scopeSchema.nullish(),
  nationalUseCases: nationalUseCasesSchema.nullish(),
});

export type UpdateAssessment = z.output<typeof updateAssessmentSchema>;
