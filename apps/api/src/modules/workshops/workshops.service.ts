import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { AssessmentChanges } from '../assessments/assessment-changes.js';
import type { NewWorkshopItem } from './dto/workshop.inputs.js';
import { WorkshopAgenda } from './workshop-agenda.js';
import { WorkshopItemEntity } from './workshop-item.entity.js';
import { maxAgendaItems } from './workshop-kinds.js';
import { requireStatus, WorkshopWriter } from './workshop-writer.js';
import { WorkshopEntity } from './workshop.entity.js';

// Workshops and their agenda: created and prepared by moderators, items added from the element
// documents (finding text or rating snapshotted), removed while nobody has voted on them, reordered.
@Injectable()
export class WorkshopsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: AssessmentChanges,
    private readonly writer: WorkshopWriter,
    private readonly agenda: WorkshopAgenda,
  ) {}

  list(assessmentId: string): Promise<WorkshopEntity[]> {
    return this.dataSource
      .getRepository(WorkshopEntity)
      .find({ where: { assessmentId }, order: { createdAt: 'DESC' } });
  }

  async find(assessmentId: string, id: string): Promise<WorkshopEntity> {
    const row = await this.dataSource.getRepository(WorkshopEntity).findOneBy({ id, assessmentId });
    if (!row) {
      throw notFound('Workshop');
    }
    return row;
  }

  create(actor: Actor, assessmentId: string, title: string): Promise<WorkshopEntity> {
    return this.changes.run(assessmentId, async (manager) => {
      const entity = manager.create(WorkshopEntity, {
        assessmentId,
        title,
        status: 'DRAFT',
        joinCode: null,
        currentItemId: null,
        openedAt: null,
        closedAt: null,
        createdBy: actor.userId,
      });
      await manager.insert(WorkshopEntity, entity);
      return [
        await manager.findOneByOrFail(WorkshopEntity, { id: entity.id }),
        {
          action: 'workshop.create',
          targetType: 'workshop',
          targetId: entity.id,
          summary: { workshopId: entity.id, titleLength: title.length },
        },
      ];
    });
  }

  async addItem(assessmentId: string, input: NewWorkshopItem): Promise<void> {
    // Read before the transaction: loading a document may take a while and needs no lock.
    const { statement, rating } = await this.agenda.snapshot(assessmentId, input);
    await this.writer.change(assessmentId, input.workshopId, async (manager, workshop) => {
      requireStatus(workshop, ['DRAFT', 'OPEN'], 'Changing the agenda');
      const count = await manager.countBy(WorkshopItemEntity, { workshopId: workshop.id });
      if (count >= maxAgendaItems) {
        throw new AppError('CONFLICT', `An agenda holds at most ${maxAgendaItems} items`);
      }
      const item = manager.create(WorkshopItemEntity, {
        workshopId: workshop.id,
        assessmentId,
        position: count,
        kind: input.kind,
        elementKey: input.elementKey,
        subElementKey: input.subElementKey,
        questionKey: input.kind === 'RATING' ? (input.questionKey ?? null) : null,
        findingId: input.kind === 'FINDING' ? (input.findingId ?? null) : null,
        statement,
        rating,
      });
      await manager.insert(WorkshopItemEntity, item);
      return {
        result: undefined,
        audit: {
          action: 'workshop.item.add',
          summary: { itemId: item.id, ...keysOf(item), position: count },
        },
      };
    });
  }

  async removeItem(assessmentId: string, itemId: string): Promise<string> {
    const item = await this.itemOf(assessmentId, itemId);
    await this.writer.change(assessmentId, item.workshopId, async (manager, workshop) => {
      requireStatus(workshop, ['DRAFT', 'OPEN'], 'Changing the agenda');
      const [{ votes }] = await manager.query<[{ votes: number }]>(
        `SELECT count(*)::int AS votes FROM workshop_vote WHERE item_id = $1`,
        [itemId],
      );
      if (votes > 0) {
        throw new AppError('CONFLICT', 'An item that has votes stays on the agenda', 'itemId');
      }
      const order = (await this.ordered(manager, workshop.id)).filter((i) => i.id !== itemId);
      await manager.delete(WorkshopItemEntity, { id: itemId });
      await this.renumber(manager, order);
      if (workshop.currentItemId === itemId) {
        const next = order[Math.min(item.position, order.length - 1)] ?? null;
        await manager.update(
          WorkshopEntity,
          { id: workshop.id },
          { currentItemId: next?.id ?? null },
        );
      }
      return {
        result: undefined,
        audit: { action: 'workshop.item.remove', summary: { itemId, ...keysOf(item) } },
      };
    });
    return item.workshopId;
  }

  async moveItem(assessmentId: string, itemId: string, position: number): Promise<string> {
    const item = await this.itemOf(assessmentId, itemId);
    await this.writer.change(assessmentId, item.workshopId, async (manager, workshop) => {
      requireStatus(workshop, ['DRAFT', 'OPEN'], 'Changing the agenda');
      const order = await this.ordered(manager, workshop.id);
      const from = order.findIndex((i) => i.id === itemId);
      if (position < 0 || position >= order.length) {
        throw new AppError(
          'BAD_USER_INPUT',
          `Position must be between 0 and ${order.length - 1}`,
          'position',
        );
      }
      if (from === position) {
        return { result: undefined, audit: null };
      }
      const [moved] = order.splice(from, 1);
      order.splice(position, 0, moved as WorkshopItemEntity);
      await this.renumber(manager, order);
      return {
        result: undefined,
        audit: { action: 'workshop.item.move', summary: { itemId, from, to: position } },
      };
    });
    return item.workshopId;
  }

  async itemOf(assessmentId: string, itemId: string): Promise<WorkshopItemEntity> {
    const item = await this.dataSource
      .getRepository(WorkshopItemEntity)
      .findOneBy({ id: itemId, assessmentId });
    if (!item) {
      throw notFound('Workshop item', 'itemId');
    }
    return item;
  }

  private ordered(manager: EntityManager, workshopId: string): Promise<WorkshopItemEntity[]> {
    return manager.find(WorkshopItemEntity, { where: { workshopId }, order: { position: 'ASC' } });
  }

  // Positions are unique per workshop and checked row by row: out of the way first, then in place.
  private async renumber(manager: EntityManager, order: WorkshopItemEntity[]): Promise<void> {
    if (order.length === 0) {
      return;
    }
    await manager.query(
      `UPDATE workshop_item SET position = position + 100000 WHERE id = ANY($1::uuid[])`,
      [order.map((i) => i.id)],
    );
    for (const [index, item] of order.entries()) {
      await manager.update(WorkshopItemEntity, { id: item.id }, { position: index });
    }
  }
}

export function keysOf(item: WorkshopItemEntity): Record<string, unknown> {
  return {
    kind: item.kind,
    elementKey: item.elementKey,
    subElementKey: item.subElementKey,
    questionKey: item.questionKey,
    findingId: item.findingId,
  };
}
