import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, notFound } from '../../core/errors/app-error.js';
import { AssessmentsService, requireActive } from '../assessments/assessments.service.js';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import { AssessmentMemberEntity } from '../members/assessment-member.entity.js';

export type Recorded = Omit<AuditRecord, 'assessmentId'>;

// Every analysis change: under the assessment's row lock, refused when it is archived, and
// audited as the transaction's last statement.
@Injectable()
export class AnalysisWrites {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditService,
  ) {}

  inActiveAssessment<T>(
    assessmentId: string,
    work: (manager: EntityManager) => Promise<[T, Recorded | null]>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.assessments.lockForUpdate(manager, assessmentId);
      if (!assessment) {
        throw notFound('Assessment', 'assessmentId');
      }
      requireActive(assessment);
      const [result, recorded] = await work(manager);
      if (recorded) {
        await this.audit.record(manager, { ...recorded, assessmentId });
      }
      return result;
    });
  }
}

// The user behind an AssessmentMember id ("assessmentId:pseudonymNumber") of this assessment.
export async function memberUserId(
  manager: EntityManager,
  assessmentId: string,
  memberId: string,
  field: string,
): Promise<string> {
  const [idPart, numberPart] = memberId.split(':');
  const member =
    idPart?.toLowerCase() === assessmentId
      ? await manager.findOneBy(AssessmentMemberEntity, {
          assessmentId,
          pseudonymNumber: Number(numberPart),
        })
      : null;
  if (!member) {
    throw badInput(field, 'Choose a member of this assessment');
  }
  return member.userId;
}
