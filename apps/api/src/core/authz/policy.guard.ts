import { can, type Actor } from '@idgov/authz';
import {
  Inject,
  Injectable,
  Logger,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, notFound } from '../errors/app-error.js';
import { parseId } from '../errors/parse-id.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { ACTOR_LOADER, type ActorLoader } from './actor-loader.js';
import { POLICY_METADATA, type OperationPolicy } from './policy.decorator.js';

function argAt(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    return value !== null && typeof value === 'object'
      ? (value as Record<string, unknown>)[key]
      : undefined;
  }, args);
}

@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') {
      return true;
    }
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    if (!['Query', 'Mutation', 'Subscription'].includes(info.parentType.name)) {
      return true; // fields of an object its parent operation was allowed to return
    }
    const policy = this.reflector.get<OperationPolicy | undefined>(
      POLICY_METADATA,
      context.getHandler(),
    );
    if (!policy) {
      this.logger.error(`${info.parentType.name}.${info.fieldName} declares no policy; refused`);
      throw new AppError('FORBIDDEN', 'This operation is not allowed');
    }
    if (policy.kind === 'public') {
      return true;
    }
    const ctx = gql.getContext<GraphqlContext>();
    const actor = await this.actorOf(ctx);
    switch (policy.kind) {
      case 'signed-in':
        return true;
      case 'platform':
        if (!can(actor, policy.action, { kind: 'platform' })) {
          throw new AppError('FORBIDDEN', 'You are not allowed to do this');
        }
        return true;
      case 'assessment': {
        const raw = argAt(gql.getArgs<Record<string, unknown>>(), policy.arg);
        const field = policy.arg.split('.').at(-1) ?? 'id';
        const assessmentId = parseId(typeof raw === 'string' ? raw : '', 'Assessment', field);
        if (!can(actor, 'assessment.read', { kind: 'assessment', assessmentId })) {
          // Someone outside an assessment learns nothing, not even that it exists.
          throw notFound('Assessment', field);
        }
        if (!can(actor, policy.action, { kind: 'assessment', assessmentId })) {
          throw new AppError('FORBIDDEN', 'Your role in this assessment does not allow this');
        }
        return true;
      }
    }
  }

  private async actorOf(ctx: GraphqlContext): Promise<Actor> {
    const user = ctx.req.auth?.user;
    if (!user) {
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    }
    ctx.actor ??= await this.actors.load(user);
    return ctx.actor;
  }
}
