import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { versionNameMaxLength, versionNoteMaxLength } from '../element-version.entity.js';

@InputType()
export class CreateElementVersionInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  elementKey: string;

  @Field({ description: `1 to ${versionNameMaxLength} characters` })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: `At most ${versionNoteMaxLength} characters`,
  })
  note?: string | null;
}

export const createElementVersionSchema = z.object({
  assessmentId: z.string(),
  elementKey: z.string(),
  name: z
    .string()
    .trim()
    .min(1, 'Give the version a name')
    .max(versionNameMaxLength, `A version name is at most ${versionNameMaxLength} characters`),
  note: z
    .string()
    .trim()
    .max(versionNoteMaxLength, `A note is at most ${versionNoteMaxLength} characters`)
    .nullish()
    .transform((note) => (note ? note : null)),
});

export type CreateElementVersion = z.output<typeof createElementVersionSchema>;
