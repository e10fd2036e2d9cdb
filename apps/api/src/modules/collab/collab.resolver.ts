import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../../core/authz/policy.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { requireActor } from '../members/require-actor.js';
import { CollabTokenService } from './collab-token.service.js';
import '../auth/auth-state.js';

@Resolver()
export class CollabResolver {
  constructor(private readonly tokens: CollabTokenService) {}

  // Signed in here; whether the caller may read that element is decided in the service, from the
  // document name, with the same policy the websocket applies.
  @SignedIn()
  @Mutation(() => String, {
    description:
      'A single-use ticket, valid for 60 seconds, to open one websocket to /collab/<documentName> ' +
      '(pass it as the `token` query parameter)',
  })
  collabToken(
    @Args('documentName') documentName: string,
    @Context() ctx: GraphqlContext,
  ): Promise<string> {
    const actor = requireActor(ctx);
    const sessionId = ctx.req.auth?.sessionId;
    if (!sessionId) {
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    }
    return this.tokens.issue(actor, sessionId, documentName);
  }
}
