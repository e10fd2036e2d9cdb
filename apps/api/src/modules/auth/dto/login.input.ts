import { Field, ObjectType } from '@nestjs/graphql';
import { z } from 'zod';
import { UserObject } from '../../users/user.object.js';

export const loginSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(320),
  password: z.string().min(1, 'Enter your password').max(256),
});

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({
    description: 'Session token for API clients (Authorization: Bearer); browsers use the cookie',
  })
  token: string;

  @Field(() => UserObject)
  user: UserObject;
}
