import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../core/errors/app-error.js';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import type { AssessmentEntity } from './assessment.entity.js';
import { AssessmentsService, requireActive } from './assessments.service.js';

export type AssessmentAuditEntry = Omit<AuditRecord, 'assessmentId'>;

// A change to something an assessment holds (evidence, gaps, ratings, recommendations, workshops):
// one transaction under the assessment's row lock, so it never interleaves with archiving or a
// phase change; refused while the assessment is archived; its audit event (when there is one) is
// the transaction's last statement.
@Injectable()
export class AssessmentChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditService,
  ) {}

  run<T>(
    assessmentId: string,
    work: (
      manager: EntityManager,
      assessment: AssessmentEntity,
    ) => Promise<[T, AssessmentAuditEntry | null]>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.assessments.lockForUpdate(manager, assessmentId);
      if (!assessment) {
        throw notFound('Assessment', 'assessmentId');
      }
      requireActive(assessment);
      const [result, entry] = await work(manager, assessment);
      if (entry) {
        await this.audit.record(manager, { ...entry, assessmentId });
      }
      return result;
    });
  }
}
