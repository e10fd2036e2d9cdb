import { can, type Actor } from '@idgov/authz';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { ACTOR_LOADER, type ActorLoader } from '../../core/authz/actor-loader.js';
import { Public } from '../../core/authz/policy.decorator.js';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import type { SubscriptionContext } from '../../core/graphql/subscription-server.js';
import {
  CastWorkshopVoteInput,
  castWorkshopVoteSchema,
  guestJoinSchema,
} from './dto/workshop.inputs.js';
import type { WorkshopChangedPayload, WorkshopFeed } from './workshop-feed.js';
import { WorkshopParticipationService } from './workshop-participation.service.js';
import type { WorkshopViewer } from './workshop-state.js';
import { WorkshopViews } from './workshop-views.service.js';
import {
  WorkshopGuestPassObject,
  WorkshopItemObject,
  WorkshopJoinInfoObject,
  WorkshopObject,
} from './workshop.object.js';

const workshopIdOf = (raw: string) => parseId(raw, 'Workshop', 'workshopId');

// Taking part from a phone: public operations that decide who the caller is themselves, since a
// guest has no account: a signed-in member votes as themself (workshops.vote), a guest with the
// pass joinWorkshopAsGuest gave them, for that workshop only.
@Resolver()
export class WorkshopParticipationResolver {
  constructor(
    private readonly participation: WorkshopParticipationService,
    private readonly views: WorkshopViews,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  @Public()
  @Query(() => WorkshopJoinInfoObject, {
    description: 'An open workshop by its join code (rate limited per network address)',
  })
  async workshopByCode(
    @Args('code') code: string,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopJoinInfoObject> {
    const workshop = await this.participation.openByCode(code, addressOf(ctx));
    const actor = await this.actorOf(ctx);
    const resource = { kind: 'assessment', assessmentId: workshop.assessmentId } as const;
    return {
      workshopId: workshop.id,
      assessmentId: workshop.assessmentId,
      title: workshop.title,
      status: workshop.status,
      isMember: actor !== null && can(actor, 'workshops.vote', resource),
    };
  }

  @Public()
  @Query(() => WorkshopObject, { description: 'What a guest may see: no comments, no join code' })
  async workshopAsGuest(@Args('guestToken') guestToken: string): Promise<WorkshopObject> {
    const guest = await this.participation.guest(guestToken);
    return this.views.workshop(guest.workshopId, {
      kind: 'guest',
      participantId: guest.participantId,
    });
  }

  @Public()
  @Mutation(() => WorkshopGuestPassObject, {
    description: 'Joins an open workshop without an account; keep the pass: it is shown once',
  })
  async joinWorkshopAsGuest(
    @Args('code') code: string,
    @Args('displayName') displayName: string,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopGuestPassObject> {
    const v = parseInput(guestJoinSchema, { code, displayName });
    return this.participation.joinAsGuest(v.code, v.displayName, addressOf(ctx));
  }

  @Public()
  @Mutation(() => WorkshopItemObject, {
    description: 'On the current item of an open workshop; voting again replaces the vote',
  })
  async castWorkshopVote(
    @Args('input') input: CastWorkshopVoteInput,
    @Context() ctx: GraphqlContext,
  ): Promise<WorkshopItemObject> {
    const v = parseInput(castWorkshopVoteSchema, input);
    const workshopId = workshopIdOf(v.workshopId);
    const itemId = parseId(v.itemId, 'Workshop item', 'itemId');
    let viewer: WorkshopViewer;
    if (v.guestToken) {
      const guest = await this.participation.guest(v.guestToken);
      if (guest.workshopId !== workshopId) {
        throw notFound('Workshop', 'workshopId');
      }
      viewer = { kind: 'guest', participantId: guest.participantId };
    } else {
      const actor = await this.actorOf(ctx);
      if (!actor) {
        throw new AppError('UNAUTHENTICATED', 'Sign in, or join with a guest pass');
      }
      viewer = { kind: 'member', actor };
    }
    return this.participation.vote(viewer, { ...v, workshopId, itemId });
  }

  @Public()
  @Subscription(() => WorkshopObject, {
    description:
      'The whole workshop as the caller may see it, now and after every change (graphql-ws on /graphql); members by their session, guests by their pass',
    resolve: (payload: WorkshopChangedPayload | undefined) => {
      if (!payload) {
        throw overHttp(); // a subscription sent as a plain HTTP request: nothing to stream
      }
      return payload.workshopChanged;
    },
  })
  workshopChanged(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('guestToken', { type: () => String, nullable: true }) guestToken: string | null,
    @Context() ctx: GraphqlContext | SubscriptionContext,
  ): Promise<WorkshopFeed> {
    if (!('sessionToken' in ctx)) {
      throw overHttp();
    }
    return this.views.feed(workshopIdOf(workshopId), guestToken, ctx);
  }

  private async actorOf(ctx: GraphqlContext): Promise<Actor | null> {
    const user = ctx.req.auth?.user;
    return user ? (ctx.actor ??= await this.actors.load(user)) : null;
  }
}

const overHttp = () =>
  new AppError('BAD_USER_INPUT', 'Subscribe over a websocket (graphql-ws) on /graphql');

function addressOf(ctx: GraphqlContext): string {
  return ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown';
}
