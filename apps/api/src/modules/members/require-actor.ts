import type { Actor } from '@idgov/authz';
import { AppError } from '../../core/errors/app-error.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';

// The policy guard has loaded the actor for every operation that is not public.
export function requireActor(ctx: GraphqlContext): Actor {
  if (!ctx.actor) {
    throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  }
  return ctx.actor;
}
