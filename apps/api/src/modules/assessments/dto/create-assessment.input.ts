import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import {
  countrySchema,
  nationalUseCasesSchema,
  scopeSchema,
  titleSchema,
} from './assessment-fields.schema.js';

@InputType()
export class CreateAssessmentInput {
  @Field()
  title: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. ZM' })
  country: string;

  @Field(() => String, { nullable: true })
  scope?: string | null;

  @Field(() => [String], { nullable: true })
  nationalUseCases?: string[] | null;
}

export const createAssessmentSchema = z.object({
  title: titleSchema,
  country: countrySchema,
  scope: scopeSchema.nullish().transform((s) => s ?? ''),
  nationalUseCases: nationalUseCasesSchema.nullish().transform((u) => u ?? []),
});

export type CreateAssessment = z.output<typeof createAssessmentSchema>;
