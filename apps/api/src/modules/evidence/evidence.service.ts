import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AssessmentChanges } from '../assessments/assessment-changes.js';
import type { AuditRecord } from '../audit/audit.service.js';
import type { NewEvidence } from './dto/create-evidence.input.js';
import type { EvidenceChanges } from './dto/update-evidence.input.js';
import { requireEditable, requireNotArchived, requireReadable } from './evidence-access.js';
import { applyChanges } from './evidence-changes.js';
import { EvidenceEntity } from './evidence.entity.js';

type Recorded = Pick<AuditRecord, 'action' | 'summary'>;

// What the audit log keeps of an item: its kind and level and counts, never its text (interview
// notes and codes are personal data; titles may name people too).
const summaryOf = (e: EvidenceEntity): Record<string, unknown> => ({
  kind: e.kind,
  confidentiality: e.confidentiality,
  tagCount: e.tags.length,
  hasNotes: e.notes !== null,
});

@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: AssessmentChanges,
  ) {}

  async find(actor: Actor, assessmentId: string, id: string): Promise<EvidenceEntity> {
    const row = await this.dataSource.getRepository(EvidenceEntity).findOneBy({ id, assessmentId });
    return requireReadable(actor, row);
  }

  create(actor: Actor, input: NewEvidence & { assessmentId: string }): Promise<EvidenceEntity> {
    const { assessmentId, ...values } = input;
    return this.inActiveAssessment(assessmentId, async (manager) => {
      const entity = manager.create(EvidenceEntity, {
        ...values,
        assessmentId,
        createdBy: actor.userId,
        archivedAt: null,
      });
      await manager.insert(EvidenceEntity, entity);
      const saved = await manager.findOneByOrFail(EvidenceEntity, { id: entity.id });
      return [saved, { action: 'evidence.create', summary: summaryOf(saved) }];
    });
  }

  update(
    actor: Actor,
    assessmentId: string,
    id: string,
    changes: EvidenceChanges,
  ): Promise<EvidenceEntity> {
    return this.inActiveAssessment(assessmentId, async (manager) => {
      const row = await this.lockEditable(manager, actor, assessmentId, id);
      requireNotArchived(row);
      const { patch, fields, notesErased } = applyChanges(row, changes);
      if (fields.length === 0) {
        return [row, null];
      }
      await manager.update(EvidenceEntity, { id }, patch);
      const saved = await manager.findOneByOrFail(EvidenceEntity, { id });
      return [
        saved,
        { action: 'evidence.update', summary: { ...summaryOf(saved), fields, notesErased } },
      ];
    });
  }

  setArchived(
    actor: Actor,
    assessmentId: string,
    id: string,
    archived: boolean,
  ): Promise<EvidenceEntity> {
    return this.inActiveAssessment(assessmentId, async (manager) => {
      const row = await this.lockEditable(manager, actor, assessmentId, id);
      if ((row.archivedAt !== null) === archived) {
        return [row, null];
      }
      await manager.update(EvidenceEntity, { id }, { archivedAt: archived ? new Date() : null });
      const saved = await manager.findOneByOrFail(EvidenceEntity, { id });
      const action = archived ? 'evidence.archive' : 'evidence.restore';
      return [saved, { action, summary: summaryOf(saved) }];
    });
  }

  private async lockEditable(
    manager: EntityManager,
    actor: Actor,
    assessmentId: string,
    id: string,
  ): Promise<EvidenceEntity> {
    const row = await manager.findOne(EvidenceEntity, {
      where: { id, assessmentId },
      lock: { mode: 'pessimistic_write' },
    });
    return requireEditable(actor, row);
  }

  // Evidence changes with its assessment's audit event (see AssessmentChanges).
  private inActiveAssessment(
    assessmentId: string,
    work: (manager: EntityManager) => Promise<[EvidenceEntity, Recorded | null]>,
  ): Promise<EvidenceEntity> {
    return this.changes.run(assessmentId, async (manager) => {
      const [result, recorded] = await work(manager);
      return [result, recorded && { ...recorded, targetType: 'evidence', targetId: result.id }];
    });
  }
}
