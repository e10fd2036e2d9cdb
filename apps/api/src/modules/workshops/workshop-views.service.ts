import { can, type Actor } from '@idgov/authz';
import { Inject, Injectable } from '@nestjs/common';
import { ACTOR_LOADER, type ActorLoader } from '../../core/authz/actor-loader.js';
import { AppError, notFound } from '../../core/errors/app-error.js';
import type { SubscriptionContext } from '../../core/graphql/subscription-server.js';
import { AuthService } from '../auth/auth.service.js';
import { WorkshopFeed } from './workshop-feed.js';
import type { WorkshopItemEntity } from './workshop-item.entity.js';
import { WorkshopNotifier } from './workshop-notifier.js';
import { WorkshopParticipationService } from './workshop-participation.service.js';
import { WorkshopReader } from './workshop-reader.js';
import { itemView, workshopView, type WorkshopViewer } from './workshop-state.js';
import type { WorkshopItemObject, WorkshopObject } from './workshop.object.js';

// Workshops as each viewer may see them: one read of the state, shaped per viewer; and the live
// feed of the subscription, which re-checks at every delivery that its subscriber may still look.
@Injectable()
export class WorkshopViews {
  constructor(
    private readonly reader: WorkshopReader,
    private readonly notifier: WorkshopNotifier,
    private readonly participation: WorkshopParticipationService,
    private readonly auth: AuthService,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  async workshop(workshopId: string, viewer: WorkshopViewer): Promise<WorkshopObject> {
    const snapshot = await this.reader.snapshot(workshopId);
    if (!snapshot) {
      throw notFound('Workshop');
    }
    return workshopView(snapshot, viewer);
  }

  async item(item: WorkshopItemEntity, viewer: WorkshopViewer): Promise<WorkshopItemObject> {
    const snapshot = await this.reader.snapshot(item.workshopId);
    const current = snapshot?.items.find((i) => i.id === item.id);
    if (!snapshot || !current) {
      throw notFound('Workshop item', 'itemId');
    }
    return (
      workshopView(snapshot, viewer).items.find((i) => i.id === item.id) ??
      itemView(snapshot, current, null, false)
    );
  }

  async feed(
    workshopId: string,
    guestToken: string | null,
    ctx: SubscriptionContext,
  ): Promise<WorkshopFeed> {
    const check = guestToken
      ? await this.guestCheck(workshopId, guestToken)
      : await this.memberCheck(ctx);
    const first = await this.reader.snapshot(workshopId);
    const firstViewer = first ? await check(first.workshop.assessmentId) : null;
    if (!first || !firstViewer) {
      throw notFound('Workshop', 'workshopId');
    }
    let stop = (): void => undefined;
    const feed = new WorkshopFeed(
      async (snapshot) => {
        const viewer = await check(snapshot.workshop.assessmentId).catch(() => null);
        return viewer ? workshopView(snapshot, viewer) : null;
      },
      () => stop(),
    );
    stop = this.notifier.subscribe(workshopId, feed.push);
    feed.push(first); // the state as it is now, so that a client needs no separate query
    return feed;
  }

  private async guestCheck(workshopId: string, token: string) {
    const guest = await this.participation.guest(token);
    if (guest.workshopId !== workshopId) {
      throw notFound('Workshop', 'workshopId');
    }
    const viewer: WorkshopViewer = { kind: 'guest', participantId: guest.participantId };
    return (): Promise<WorkshopViewer | null> => Promise.resolve(viewer);
  }

  // Members: the session must still be live and the membership still let them read, each time.
  private memberCheck(ctx: SubscriptionContext) {
    const token = ctx.sessionToken;
    if (!ctx.req.auth || !token) {
      throw new AppError('UNAUTHENTICATED', 'Sign in, or join with a guest pass');
    }
    return Promise.resolve(async (assessmentId: string): Promise<WorkshopViewer | null> => {
      const state = await this.auth.authenticate(token);
      if (!state) {
        return null;
      }
      const actor: Actor = await this.actors.load(state.user);
      if (!can(actor, 'assessment.read', { kind: 'assessment', assessmentId })) {
        return null;
      }
      return { kind: 'member', actor };
    });
  }
}
