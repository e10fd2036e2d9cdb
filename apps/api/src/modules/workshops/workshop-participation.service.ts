import { can } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import type { NewVote } from './dto/workshop.inputs.js';
import {
  hashGuestToken,
  isGuestTokenShaped,
  newGuestToken,
  normaliseJoinCode,
} from './join-code.js';
import { JoinRateLimiter } from './join-rate-limiter.js';
import { WorkshopItemEntity } from './workshop-item.entity.js';
import { WorkshopNotifier } from './workshop-notifier.js';
import { WorkshopParticipantEntity } from './workshop-participant.entity.js';
import { WorkshopReader } from './workshop-reader.js';
import { indexVotes, itemView, type WorkshopViewer } from './workshop-state.js';
import { WorkshopEntity } from './workshop.entity.js';
import type { WorkshopItemObject } from './workshop.object.js';

const rateLimited = () =>
  new AppError('RATE_LIMITED', 'Too many attempts from this network; wait a few minutes');

// Taking part: finding a workshop by its code, joining as a guest, voting (members and guests).
// Votes are not on the audit log, one by one: the ballot is secret to the room and the outcome,
// recorded with the tally, is what the assessment keeps.
@Injectable()
export class WorkshopParticipationService {
  private readonly limiter = new JoinRateLimiter();

  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: WorkshopReader,
    private readonly notifier: WorkshopNotifier,
  ) {}

  // An OPEN workshop of an active assessment, by the code people type; counted per address.
  async openByCode(raw: string, address: string): Promise<WorkshopEntity> {
    if (!this.limiter.allow(address)) {
      throw rateLimited();
    }
    const code = normaliseJoinCode(raw);
    const workshop = code
      ? await this.dataSource
          .getRepository(WorkshopEntity)
          .createQueryBuilder('w')
          .innerJoin('w.assessment', 'a')
          .where('w.join_code = :code AND w.status = :open AND a.archived_at IS NULL', {
            code,
            open: 'OPEN',
          })
          .getOne()
      : null;
    if (!workshop) {
      this.limiter.recordMiss(address);
      throw notFound('Workshop', 'code');
    }
    return workshop;
  }

  async joinAsGuest(
    raw: string,
    displayName: string,
    address: string,
  ): Promise<{ workshopId: string; guestToken: string }> {
    const workshop = await this.openByCode(raw, address);
    const guestToken = newGuestToken();
    await this.dataSource.getRepository(WorkshopParticipantEntity).insert({
      workshopId: workshop.id,
      userId: null,
      guestName: displayName,
      guestTokenHash: hashGuestToken(guestToken),
    });
    this.notifier.changed(workshop.id);
    return { workshopId: workshop.id, guestToken };
  }

  // The guest's participant and workshop; anything else answers NOT_FOUND.
  async guest(token: string): Promise<{ participantId: string; workshopId: string }> {
    const participant = isGuestTokenShaped(token)
      ? await this.dataSource
          .getRepository(WorkshopParticipantEntity)
          .findOneBy({ guestTokenHash: hashGuestToken(token) })
      : null;
    if (!participant) {
      throw notFound('Guest pass', 'guestToken');
    }
    return { participantId: participant.id, workshopId: participant.workshopId };
  }

  async vote(viewer: WorkshopViewer, input: NewVote): Promise<WorkshopItemObject> {
    const item = await this.dataSource.transaction(async (manager) => {
      const workshop = await this.votable(manager, viewer, input.workshopId);
      const item = await manager.findOneBy(WorkshopItemEntity, {
        id: input.itemId,
        workshopId: workshop.id,
      });
      if (!item) {
        throw notFound('Workshop item', 'itemId');
      }
      if (workshop.currentItemId !== item.id) {
        throw new AppError('CONFLICT', 'Votes go to the item under discussion only', 'itemId');
      }
      const participantId =
        viewer.kind === 'guest'
          ? viewer.participantId
          : await this.memberParticipant(manager, workshop.id, viewer.actor.userId);
      await manager.query(
        `INSERT INTO workshop_vote (item_id, participant_id, vote, comment) VALUES ($1, $2, $3, $4)
         ON CONFLICT (item_id, participant_id)
         DO UPDATE SET vote = EXCLUDED.vote, comment = EXCLUDED.comment, updated_at = now()`,
        [item.id, participantId, input.vote, input.comment],
      );
      return item;
    });
    this.notifier.changed(input.workshopId);
    const tallies = await this.reader.tallies(input.workshopId, undefined, item.id);
    const mine = {
      participantId: 'self',
      itemId: item.id,
      vote: input.vote,
      comment: input.comment,
    };
    return itemView({ tallies, ...indexVotes([mine]) }, item, 'self', false);
  }

  private async votable(
    manager: EntityManager,
    viewer: WorkshopViewer,
    workshopId: string,
  ): Promise<WorkshopEntity> {
    // Shared lock: votes go in side by side; the moderator's changes wait for them and vice versa.
    const workshop = await manager.findOne(WorkshopEntity, {
      where: { id: workshopId },
      lock: { mode: 'pessimistic_read' },
    });
    const resource = { kind: 'assessment', assessmentId: workshop?.assessmentId ?? '' } as const;
    if (
      !workshop ||
      (viewer.kind === 'member' && !can(viewer.actor, 'assessment.read', resource))
    ) {
      throw notFound('Workshop', 'workshopId');
    }
    if (viewer.kind === 'member' && !can(viewer.actor, 'workshops.vote', resource)) {
      throw new AppError('FORBIDDEN', 'Your role in this assessment does not allow this');
    }
    const assessment = await manager.findOneBy(AssessmentEntity, { id: workshop.assessmentId });
    if (assessment?.archivedAt) {
      throw new AppError('ASSESSMENT_ARCHIVED', 'This assessment is archived', 'workshopId');
    }
    if (workshop.status !== 'OPEN') {
      throw new AppError('CONFLICT', 'This workshop is not open for votes', 'workshopId');
    }
    return workshop;
  }

  private async memberParticipant(
    manager: EntityManager,
    workshopId: string,
    userId: string,
  ): Promise<string> {
    const [row] = await manager.query<[{ id: string }]>(
      `INSERT INTO workshop_participant (workshop_id, user_id) VALUES ($1, $2)
       ON CONFLICT (workshop_id, user_id) DO UPDATE SET user_id = EXCLUDED.user_id
       RETURNING id`,
      [workshopId, userId],
    );
    return row.id;
  }
}
