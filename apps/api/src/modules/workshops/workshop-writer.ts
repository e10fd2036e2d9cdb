import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { AssessmentChanges } from '../assessments/assessment-changes.js';
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

// Every change of a workshop: an assessment change (see AssessmentChanges) under the workshop's row
// lock too, announced once committed.
@Injectable()
export class WorkshopWriter {
  constructor(
    private readonly changes: AssessmentChanges,
    private readonly notifier: WorkshopNotifier,
  ) {}

  async change<T>(
    assessmentId: string,
    workshopId: string,
    work: (manager: EntityManager, workshop: WorkshopEntity) => Promise<WorkshopChange<T>>,
  ): Promise<T> {
    const { result, changed } = await this.changes.run(assessmentId, async (manager) => {
      const workshop = await manager.findOne(WorkshopEntity, {
        where: { id: workshopId, assessmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!workshop) {
        throw notFound('Workshop', 'workshopId');
      }
      const { result, audit } = await work(manager, workshop);
      const entry = audit && {
        action: audit.action,
        targetType: audit.targetType ?? 'workshop',
        targetId: audit.targetId ?? workshop.id,
        summary: { workshopId: workshop.id, ...audit.summary },
      };
      return [{ result, changed: audit !== null }, entry];
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
