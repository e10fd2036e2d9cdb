import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { WorkshopItemEntity } from './workshop-item.entity.js';
import type { WorkshopVoteValue } from './workshop-kinds.js';
import { WorkshopEntity } from './workshop.entity.js';
import { indexVotes, tallyOf, type CastVote, type WorkshopSnapshot } from './workshop-state.js';

interface TallyRow {
  item_id: string;
  vote: WorkshopVoteValue;
  count: string | number;
}

interface VoteRow {
  participant_id: string;
  item_id: string;
  vote: WorkshopVoteValue;
  comment: string | null;
}

// Reads a workshop's whole state in five small statements; tallies are counted by the database.
@Injectable()
export class WorkshopReader {
  constructor(private readonly dataSource: DataSource) {}

  // In one REPEATABLE READ transaction, so that tallies, votes and items agree with each other.
  snapshot(workshopId: string): Promise<WorkshopSnapshot | null> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.read(workshopId, manager),
    );
  }

  private async read(workshopId: string, manager: EntityManager): Promise<WorkshopSnapshot | null> {
    const workshop = await manager.findOneBy(WorkshopEntity, { id: workshopId });
    if (!workshop) {
      return null;
    }
    const items = await manager.find(WorkshopItemEntity, {
      where: { workshopId },
      order: { position: 'ASC' },
    });
    const tallies = await this.tallies(workshopId, manager);
    const votes = await manager.query<VoteRow[]>(
      `SELECT v.participant_id, v.item_id, v.vote, v.comment
         FROM workshop_vote v JOIN workshop_item i ON i.id = v.item_id
        WHERE i.workshop_id = $1 ORDER BY v.updated_at`,
      [workshopId],
    );
    const participants = await manager.query<{ id: string; user_id: string | null }[]>(
      `SELECT id, user_id FROM workshop_participant WHERE workshop_id = $1`,
      [workshopId],
    );
    const participantOfUser = new Map<string, string>();
    const guestParticipants = new Set<string>();
    for (const p of participants) {
      if (p.user_id) {
        participantOfUser.set(p.user_id, p.id);
      } else {
        guestParticipants.add(p.id);
      }
    }
    return {
      workshop,
      items,
      tallies,
      ...indexVotes(
        votes.map((v): CastVote => ({
          participantId: v.participant_id,
          itemId: v.item_id,
          vote: v.vote,
          comment: v.comment,
        })),
      ),
      participantOfUser,
      guestParticipants,
    };
  }

  async tallies(
    workshopId: string,
    manager: EntityManager = this.dataSource.manager,
    itemId?: string,
  ): Promise<WorkshopSnapshot['tallies']> {
    const rows = await manager.query<TallyRow[]>(
      `SELECT v.item_id, v.vote, count(*) AS count
         FROM workshop_vote v JOIN workshop_item i ON i.id = v.item_id
        WHERE i.workshop_id = $1 AND ($2::uuid IS NULL OR v.item_id = $2::uuid)
        GROUP BY v.item_id, v.vote`,
      [workshopId, itemId ?? null],
    );
    const byItem = new Map<string, { vote: WorkshopVoteValue; count: number }[]>();
    for (const row of rows) {
      const list = byItem.get(row.item_id) ?? [];
      list.push({ vote: row.vote, count: Number(row.count) });
      byItem.set(row.item_id, list);
    }
    return new Map([...byItem].map(([id, list]) => [id, tallyOf(list)]));
  }
}
