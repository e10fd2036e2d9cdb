import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { EvidenceFieldsInput } from './create-evidence.input.js';
import { evidenceFieldShapes } from './evidence-fields.js';

// A change to an item: fields left out stay as they are, null clears one. The kind is fixed.
@InputType()
export class UpdateEvidenceInput extends EvidenceFieldsInput {
  @Field(() => String, { nullable: true })
  title?: string | null;
}

export const updateEvidenceSchema = z.object({
  ...evidenceFieldShapes,
  // A title may change, never go.
  title: z.preprocess((v) => (v === null ? '' : v), evidenceFieldShapes.title).optional(),
});

export type EvidenceChanges = z.output<typeof updateEvidenceSchema>;
