import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../../core/authz/policy.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { toUserObject, UserObject } from '../users/user.object.js';
import { AuthService } from './auth.service.js';
import { LoginPayload, loginSchema } from './dto/login.input.js';
import { sessionCookieName, setSessionCookie } from './session-token.js';
import './auth-state.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => UserObject, { nullable: true, description: 'The signed-in person, or null' })
  me(@Context() ctx: GraphqlContext): UserObject | null {
    const user = ctx.req.auth?.user;
    return user ? toUserObject(user, user) : null;
  }

  @Public()
  @Mutation(() => LoginPayload)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: GraphqlContext,
  ): Promise<LoginPayload> {
    const input = parseInput(loginSchema, { email, password });
    const result = await this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown');
    setSessionCookie(ctx.req, ctx.res, result);
    return { token: result.token, user: toUserObject(result.user, result.user) };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends the current session at once' })
  async logout(@Context() ctx: GraphqlContext): Promise<boolean> {
    const state = ctx.req.auth;
    if (!state) {
      throw new AppError('UNAUTHENTICATED', 'Not signed in');
    }
    await this.auth.logout(state);
    ctx.res.clearCookie(sessionCookieName, { path: '/' });
    return true;
  }
}
