import { Injectable } from '@nestjs/common';
import type { Actor } from '@idgov/authz';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { AccessChanges } from '../../core/authz/access-changes.service.js';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { FrameworkService } from '../framework/framework.service.js';
import { materialiseFramework } from '../customisation/materialise-framework.js';
import { AssessmentEntity } from './assessment.entity.js';
import { AssessmentPhase, allowedNextPhases, canTransition } from './assessment-phase.js';
import { PhaseChecks } from './phase-checks.js';
import type { PhaseChecklistObject } from './phase-checklist.object.js';
import { evaluateChecklist, passGate } from './phase-gate.js';
import type { CreateAssessment } from './dto/create-assessment.input.js';
import type { UpdateAssessment } from './dto/update-assessment.input.js';

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
    private readonly phaseChecks: PhaseChecks,
  ) {}

  list(includeArchived: boolean, actor: Actor): Promise<AssessmentEntity[]> {
    const visible = actor.isPlatformAdmin ? {} : { id: In(Object.keys(actor.memberships)) };
    return this.dataSource.getRepository(AssessmentEntity).find({
      where: includeArchived ? visible : { ...visible, archivedAt: IsNull() },
      order: { updatedAt: 'DESC', id: 'ASC' },
    });
  }

  async get(id: string): Promise<AssessmentEntity> {
    const found = await this.dataSource.getRepository(AssessmentEntity).findOneBy({ id });
    if (!found) {
      throw notFound('Assessment');
    }
    return found;
  }

  create(input: CreateAssessment): Promise<AssessmentEntity> {
    const framework = this.frameworks.current();
    return this.dataSource.transaction(async (manager) => {
      const assessment = await manager.save(
        manager.create(AssessmentEntity, {
          ...input,
          phase: AssessmentPhase.PREPARE,
          frameworkVersion: framework.version,
          archivedAt: null,
        }),
      );
      await materialiseFramework(manager, assessment.id, framework);
      await this.audit.record(manager, {
        action: 'assessment.create',
        targetType: 'assessment',
        targetId: assessment.id,
        assessmentId: assessment.id,
        summary: {
          country: assessment.country,
          frameworkVersion: framework.version,
          nationalUseCases: assessment.nationalUseCases.length,
        },
      });
      return assessment;
    });
  }

  update(id: string, input: UpdateAssessment): Promise<AssessmentEntity> {
    return this.mutate(id, 'assessment.update', (assessment) => {
      requireActive(assessment);
      const before = { ...assessment };
      assessment.title = input.title ?? assessment.title;
      assessment.country = input.country ?? assessment.country;
      assessment.scope = input.scope ?? assessment.scope;
      assessment.nationalUseCases = input.nationalUseCases ?? assessment.nationalUseCases;
      const changed = (['title', 'country', 'scope', 'nationalUseCases'] as const).filter(
        (f) => JSON.stringify(before[f]) !== JSON.stringify(assessment[f]),
      );
      return changed.includes('country')
        ? { changed, country: { from: before.country, to: assessment.country } }
        : { changed };
    });
  }

  // Moving forwards passes the gate of the phase being left (see phase-gate.ts): unmet checks
  // refuse the move unless the moderator gives a reason, which the audit event keeps with the
  // unmet keys. Stepping back is never gated.
  changePhase(
    id: string,
    phase: AssessmentPhase,
    overrideReason: string | null = null,
  ): Promise<AssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.lockForUpdate(manager, id);
      if (!assessment) {
        throw notFound('Assessment');
      }
      requireActive(assessment);
      if (!canTransition(assessment.phase, phase)) {
        const allowed = allowedNextPhases(assessment.phase);
        throw new AppError(
          'INVALID_PHASE_TRANSITION',
          `An assessment in ${assessment.phase} cannot move to ${phase}` +
            (allowed.length ? `; it can move to ${allowed.join(' or ')}` : '; it is final'),
          'phase',
        );
      }
      const from = assessment.phase;
      const checklist = await evaluateChecklist(this.phaseChecks, manager, id, from, phase);
      const gate = passGate(checklist, overrideReason);
      assessment.phase = phase;
      const saved = await manager.save(assessment);
      await this.audit.record(manager, {
        action: 'assessment.phase',
        targetType: 'assessment',
        targetId: id,
        assessmentId: id,
        summary: { from, to: phase, ...gate },
      });
      return saved;
    });
  }

  async checklist(id: string, to: AssessmentPhase): Promise<PhaseChecklistObject> {
    const assessment = await this.get(id);
    if (!canTransition(assessment.phase, to)) {
      throw new AppError(
        'INVALID_PHASE_TRANSITION',
        `An assessment in ${assessment.phase} cannot move to ${to}`,
        'to',
      );
    }
    return evaluateChecklist(this.phaseChecks, this.dataSource.manager, id, assessment.phase, to);
  }

  // An archived assessment is read-only, its live documents included: open editors become viewers.
  setArchived(id: string, archived: boolean): Promise<AssessmentEntity> {
    const changed = this.mutate(
      id,
      archived ? 'assessment.archive' : 'assessment.restore',
      (assessment) => {
        const was = assessment.archivedAt !== null;
        if (archived !== was) {
          assessment.archivedAt = archived ? new Date() : null;
        }
        return { archived, changed: archived !== was };
      },
    );
    return this.accessChanges.after(changed);
  }

  // Loads the row under a lock so that concurrent changes to one assessment apply one after the
  // other instead of overwriting each other.
  lockForUpdate(manager: EntityManager, id: string): Promise<AssessmentEntity | null> {
    return manager
      .getRepository(AssessmentEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  // Applies a change under the row lock and records it, with the summary the change returns, in
  // the same transaction.
  private mutate(
    id: string,
    action: string,
    change: (assessment: AssessmentEntity) => Record<string, unknown>,
  ): Promise<AssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.lockForUpdate(manager, id);
      if (!assessment) {
        throw notFound('Assessment');
      }
      const summary = change(assessment);
      const saved = await manager.save(assessment);
      await this.audit.record(manager, {
        action,
        targetType: 'assessment',
        targetId: id,
        assessmentId: id,
        summary,
      });
      return saved;
    });
  }
}

export function requireActive(assessment: AssessmentEntity): void {
  if (assessment.archivedAt) {
    throw new AppError(
      'ASSESSMENT_ARCHIVED',
      'This assessment is archived; restore it before changing it',
      'id',
    );
  }
}
