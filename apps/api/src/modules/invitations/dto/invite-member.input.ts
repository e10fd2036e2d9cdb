import type { AssessmentRole } from '@idgov/authz';
import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { AssessmentRoleEnum } from '../../members/member.object.js';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  email: string;

  @Field(() => AssessmentRoleEnum)
  role: AssessmentRole;

  @Field(() => ID, { nullable: true, description: 'The organisation the person will act for' })
  organisationId?: string | null;
}

export const inviteMemberSchema = z.object({
  assessmentId: z.string(),
  // Stored as accounts are, trimmed and lower-case, so that one person is one address.
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, 'An email address has at most 320 characters')
    .pipe(z.email('Enter a valid email address')),
  role: z.enum(['MODERATOR', 'CONTRIBUTOR', 'REVIEWER', 'OBSERVER']),
  organisationId: z
    .uuid({ message: 'Not a valid id' })
    .nullish()
    .transform((v) => v ?? null),
});

export type InviteMember = z.output<typeof inviteMemberSchema>;
