import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'From the invitation link' })
  token: string;

  @Field(() => String, { nullable: true, description: 'Required when no account exists yet' })
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A new password, or the existing account’s password; not needed when signed in as the invited account',
  })
  password?: string | null;
}

export const acceptInvitationSchema = z.object({
  // Any malformed token is simply one that opens nothing; no separate message.
  token: z.string().max(200),
  displayName: z
    .string()
    .trim()
    .max(120, 'A name has at most 120 characters')
    .nullish()
    .transform((v) => (v ? v : null)),
  password: z
    .string()
    .max(256)
    .nullish()
    .transform((v) => (v ? v : null)),
});

export type AcceptInvitation = z.output<typeof acceptInvitationSchema>;
