import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { AssessmentsService, requireActive } from '../assessments/assessments.service.js';
import { AuditService } from '../audit/audit.service.js';
import { WorkshopNotifier } from './workshop-notifier.js';
import type { WorkshopStatus } from './workshop-kinds.js';
import { WorkshopEntity } from './workshop.entity.js';

export interface WorkshopChange<T> {
  result: T;
  // Null: nothing changed, nothing to record or announce.
  audit: {
    action: string;
    targetType?: string;
    targetId?: string;
    summary: Record<string, unknown>;
  } | null;
}

// Every change of a workshop: under the assessment's row lock (archived assessments take none) and
// the workshop's, recorded on the audit log in the same transaction, announced once committed.
@Injectable()
export class WorkshopWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditService,
    private readonly notifier: WorkshopNotifier,
  ) {}

  async change<T>(
    assessmentId: string,
    workshopId: string,
    work: (manager: EntityManager, workshop: WorkshopEntity) => Promise<WorkshopChange<T>>,
  ): Promise<T> {
    const { result, changed } = await this.dataSource.transaction(async (manager) => {
      const assessment = await this.assessments.lockForUpdate(manager, assessmentId);
      if (!assessment) {
        throw notFound('Assessment', 'assessmentId');
      }
      requireActive(assessment);
      const workshop = await manager.findOne(WorkshopEntity, {
        where: { id: workshopId, assessmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!workshop) {
        throw notFound('Workshop', 'workshopId');
      }
      const outcome = await work(manager, workshop);
      if (outcome.audit) {
        await this.audit.record(manager, {
          action: outcome.audit.action,
          targetType: outcome.audit.targetType ?? 'workshop',
          targetId: outcome.audit.targetId ?? workshop.id,
          assessmentId,
          summary: { workshopId: workshop.id, ...outcome.audit.summary },
        });
      }
      return { result: outcome.result, changed: outcome.audit !== null };
    });
    if (changed) {
      this.notifier.changed(workshopId);
    }
    return result;
  }
}

export function requireStatus(
  workshop: WorkshopEntity,
  allowed: readonly WorkshopStatus[],
  what: string,
): void {
  if (!allowed.includes(workshop.status)) {
    throw new AppError(
      'CONFLICT',
      `${what} is not possible while the workshop is ${workshop.status}`,
    );
  }
}
