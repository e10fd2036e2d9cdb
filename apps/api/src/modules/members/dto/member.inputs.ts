import type { AssessmentRole } from '@idgov/authz';
import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { AssessmentRoleEnum } from '../member.object.js';

const uuid = z.uuid({ message: 'Not a valid id' });

@InputType()
export class AddAssessmentMemberInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => AssessmentRoleEnum)
  role: AssessmentRole;

  @Field(() => ID, { nullable: true, description: 'The organisation the person acts for here' })
  organisationId?: string | null;
}

export const addMemberSchema = z.object({
  assessmentId: z.string(),
  userId: uuid,
  role: z.enum(['MODERATOR', 'CONTRIBUTOR', 'REVIEWER', 'OBSERVER']),
  organisationId: uuid.nullish().transform((v) => v ?? null),
});

@InputType()
export class AssignElementInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  elementKey: string;

  @Field(() => ID, { nullable: true })
  leadOrganisationId?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  contributingOrganisationIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'People assigned in person' })
  userIds: string[];
}

export const assignElementSchema = z.object({
  assessmentId: z.string(),
  elementKey: z.string().trim().min(1),
  leadOrganisationId: uuid.nullish().transform((v) => v ?? null),
  contributingOrganisationIds: z
    .array(uuid)
    .max(50)
    .transform((ids) => [...new Set(ids)]),
  userIds: z
    .array(uuid)
    .max(200)
    .transform((ids) => [...new Set(ids)]),
});
