import { Injectable } from '@nestjs/common';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { newJoinCode } from './join-code.js';
import { WorkshopItemEntity } from './workshop-item.entity.js';
import { requireStatus, WorkshopWriter } from './workshop-writer.js';
import { WorkshopEntity } from './workshop.entity.js';

const codeAttempts = 8;

// The moderator runs the session: opens it (a join code, the first item current), moves through
// the agenda (every screen follows through the subscription), closes it.
@Injectable()
export class WorkshopSessionService {
  constructor(private readonly writer: WorkshopWriter) {}

  // A code is drawn again when it is taken by another open workshop; the unique index settles a
  // race between two openings, whose loser retries with a fresh transaction.
  async open(assessmentId: string, workshopId: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.writer.change(assessmentId, workshopId, async (manager, workshop) => {
          requireStatus(workshop, ['DRAFT'], 'Opening');
          const first = await manager.findOne(WorkshopItemEntity, {
            where: { workshopId },
            order: { position: 'ASC' },
          });
          if (!first) {
            throw new AppError('CONFLICT', 'Put at least one item on the agenda before opening');
          }
          const joinCode = await freeCode(manager);
          await manager.update(
            WorkshopEntity,
            { id: workshopId },
            { status: 'OPEN', joinCode, currentItemId: first.id, openedAt: new Date() },
          );
          const items = await manager.countBy(WorkshopItemEntity, { workshopId });
          return { result: undefined, audit: { action: 'workshop.open', summary: { items } } };
        });
        return;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= codeAttempts) {
          throw error;
        }
      }
    }
  }

  async setCurrent(assessmentId: string, workshopId: string, itemId: string): Promise<void> {
    await this.writer.change(assessmentId, workshopId, async (manager, workshop) => {
      requireStatus(workshop, ['OPEN'], 'Moving through the agenda');
      const item = await manager.findOneBy(WorkshopItemEntity, { id: itemId, workshopId });
      if (!item) {
        throw notFound('Workshop item', 'itemId');
      }
      if (workshop.currentItemId === itemId) {
        return { result: undefined, audit: null };
      }
      await manager.update(WorkshopEntity, { id: workshopId }, { currentItemId: itemId });
      return {
        result: undefined,
        audit: { action: 'workshop.current', summary: { itemId, position: item.position } },
      };
    });
  }

  async close(assessmentId: string, workshopId: string): Promise<void> {
    await this.writer.change(assessmentId, workshopId, async (manager, workshop) => {
      requireStatus(workshop, ['OPEN'], 'Closing');
      await manager.update(
        WorkshopEntity,
        { id: workshopId },
        { status: 'CLOSED', joinCode: null, currentItemId: null, closedAt: new Date() },
      );
      const [counts] = await manager.query<
        [{ items: number; decided: number; participants: number }]
      >(
        `SELECT (SELECT count(*)::int FROM workshop_item WHERE workshop_id = $1) AS items,
                (SELECT count(*)::int FROM workshop_item WHERE workshop_id = $1 AND outcome IS NOT NULL) AS decided,
                (SELECT count(*)::int FROM workshop_participant WHERE workshop_id = $1) AS participants`,
        [workshopId],
      );
      return { result: undefined, audit: { action: 'workshop.close', summary: { ...counts } } };
    });
  }
}

async function freeCode(manager: EntityManager): Promise<string> {
  for (let i = 0; i < codeAttempts; i += 1) {
    const code = newJoinCode();
    if (!(await manager.existsBy(WorkshopEntity, { joinCode: code }))) {
      return code;
    }
  }
  throw new AppError('CONFLICT', 'Could not draw a free join code; try again');
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}
