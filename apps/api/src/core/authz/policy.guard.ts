import { can, type Actor } from '@idgov/authz';
import {
  Inject,
  Injectable,
  Logger,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
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
    if (context.getType<string>() === 'http') {
      return this.canActivateHttp(context);
    }
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
    ctx.actor ??= await this.actorOf(ctx.req);
    this.enforce(policy, ctx.actor, gql.getArgs<Record<string, unknown>>());
    return true;
  }

  // Plain HTTP routes (health, the web app, exports) are open unless they declare a policy.
  private async canActivateHttp(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<OperationPolicy | undefined>(
      POLICY_METADATA,
      context.getHandler(),
    );
    if (!policy || policy.kind === 'public') {
      return true;
    }
    const req = context.switchToHttp().getRequest<Request>();
    req.actor ??= await this.actorOf(req);
    this.enforce(policy, req.actor, { ...req.params });
    return true;
  }

  private enforce(
    policy: Exclude<OperationPolicy, { kind: 'public' }>,
    actor: Actor,
    args: Record<string, unknown>,
  ): void {
    switch (policy.kind) {
      case 'signed-in':
        return;
      case 'platform':
        if (!can(actor, policy.action, { kind: 'platform' })) {
          throw new AppError('FORBIDDEN', 'You are not allowed to do this');
        }
        return;
      case 'assessment': {
        const raw = argAt(args, policy.arg);
        const field = policy.arg.split('.').at(-1) ?? 'id';
        const assessmentId = parseId(typeof raw === 'string' ? raw : '', 'Assessment', field);
        if (!can(actor, 'assessment.read', { kind: 'assessment', assessmentId })) {
          // Someone outside an assessment learns nothing, not even that it exists.
          throw notFound('Assessment', field);
        }
        if (!can(actor, policy.action, { kind: 'assessment', assessmentId })) {
          throw new AppError('FORBIDDEN', 'Your role in this assessment does not allow this');
        }
        return;
      }
    }
  }

  private actorOf(req: Request): Promise<Actor> {
    const user = req.auth?.user;
    if (!user) {
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    }
    return this.actors.load(user);
  }
}
