import { can, type Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { toAuditEventObject, type AuditEventObject } from './audit-event.object.js';
import type { AuditTrailQuery } from './dto/audit-trail.input.js';

export interface AuditTrailResult {
  events: AuditEventObject[];
  total: number;
  nextBefore: number | null;
}

const exportBatch = 1000;

// Reads one assessment's part of the audit log, newest first, with the actors' names shown only
// to those the policy lets see identities.
@Injectable()
export class AuditTrailService {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    actor: Actor,
    assessmentId: string,
    filter: AuditTrailQuery,
    page: { first: number; before?: number | null },
  ): Promise<AuditTrailResult> {
    const base = this.filtered(assessmentId, filter);
    const total = await base.clone().getCount();
    const rows = await this.window(base, page.before ?? null, page.first + 1);
    const events = await this.withNames(actor, assessmentId, rows.slice(0, page.first));
    const last = events.at(-1);
    return { events, total, nextBefore: rows.length > page.first && last ? last.seq : null };
  }

  // The whole filtered trail in batches, so that an export of a long log never sits in memory.
  async *all(actor: Actor, assessmentId: string, filter: AuditTrailQuery) {
    const base = this.filtered(assessmentId, filter);
    let before: number | null = null;
    for (;;) {
      const rows = await this.window(base, before, exportBatch);
      yield await this.withNames(actor, assessmentId, rows);
      const last = rows.at(-1);
      if (rows.length < exportBatch || !last) {
        return;
      }
      before = last.seq;
    }
  }

  private filtered(assessmentId: string, f: AuditTrailQuery) {
    const q = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.assessment_id = :assessmentId', { assessmentId });
    if (f.actions?.length) {
      q.andWhere('e.action IN (:...actions)', { actions: f.actions });
    }
    if (f.targetType) {
      q.andWhere('e.target_type = :targetType', { targetType: f.targetType });
    }
    if (f.actor) {
      q.andWhere('e.actor = :actor', { actor: f.actor });
    }
    if (f.from) {
      q.andWhere('e.occurred_at >= :from', { from: f.from });
    }
    if (f.to) {
      q.andWhere('e.occurred_at <= :to', { to: f.to });
    }
    return q;
  }

  private window(base: SelectQueryBuilder<AuditEventEntity>, before: number | null, n: number) {
    const q = base.clone().orderBy('e.seq', 'DESC').take(n);
    if (before !== null) {
      q.andWhere('e.seq < :before', { before });
    }
    return q.getMany();
  }

  private async withNames(actor: Actor, assessmentId: string, rows: AuditEventEntity[]) {
    const names = new Map<string, string>();
    const pseudonyms = [...new Set(rows.map((r) => r.actor))];
    if (pseudonyms.length) {
      const users = await this.dataSource.getRepository(UserEntity).find({
        where: { auditPseudonym: In(pseudonyms) },
        select: { id: true, auditPseudonym: true, displayName: true },
      });
      for (const u of users) {
        const visible = can(actor, 'person.readIdentity', {
          kind: 'person',
          userId: u.id,
          sharedAssessmentIds: [assessmentId],
        });
        if (visible) {
          names.set(u.auditPseudonym, u.displayName);
        }
      }
    }
    return rows.map((r) => toAuditEventObject(r, names.get(r.actor) ?? null));
  }
}
