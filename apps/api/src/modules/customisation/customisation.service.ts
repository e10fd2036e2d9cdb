import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError, badInput, notFound } from '../../core/errors/app-error.js';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { AssessmentPhase } from '../assessments/assessment-phase.js';
import { AssessmentsService, requireActive } from '../assessments/assessments.service.js';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import { FrameworkService } from '../framework/framework.service.js';
import { AssessmentQuestionEntity } from './assessment-question.entity.js';
import { AssessmentSubElementEntity } from './assessment-sub-element.entity.js';
import type { AssessmentRows } from './assessment-tree.js';
import { provenanceOf, QuestionOrigin } from './question-origin.js';

export interface DetailRows {
  assessmentId: string;
  detailKey: string;
  questions: AssessmentQuestionEntity[];
}

@Injectable()
export class CustomisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly frameworks: FrameworkService,
    private readonly audit: AuditService,
  ) {}

  async rowsFor(assessmentIds: readonly string[]): Promise<Map<string, AssessmentRows>> {
    const ids = [...assessmentIds];
    const [subElements, questions] = await Promise.all([
      this.dataSource.getRepository(AssessmentSubElementEntity).findBy({ assessmentId: In(ids) }),
      this.dataSource.getRepository(AssessmentQuestionEntity).findBy({ assessmentId: In(ids) }),
    ]);
    const rows = new Map<string, AssessmentRows>(
      ids.map((id) => [id, { subElements: [], questions: [] }]),
    );
    subElements.forEach((s) => rows.get(s.assessmentId)?.subElements.push(s));
    questions.forEach((q) => rows.get(q.assessmentId)?.questions.push(q));
    return rows;
  }

  setSubElementEnabled(
    assessmentId: string,
    subElementKey: string,
    enabled: boolean,
    reason: string | null,
  ): Promise<{ setting: AssessmentSubElementEntity; questions: AssessmentQuestionEntity[] }> {
    return this.inEditableAssessment(assessmentId, async (manager) => {
      const setting = await manager.findOneBy(AssessmentSubElementEntity, {
        assessmentId,
        subElementKey,
      });
      if (!setting) {
        throw notFound('Sub-element', 'subElementKey');
      }
      setting.enabled = enabled;
      setting.disabledReason = enabled ? null : reason;
      await manager.save(setting);
      const questions = await manager.findBy(AssessmentQuestionEntity, {
        assessmentId,
        subElementKey,
      });
      return done({ setting, questions }, enabled ? 'sub-element.enable' : 'sub-element.disable', {
        targetType: 'sub-element',
        targetId: subElementKey,
        summary: { enabled, reasonLength: reason?.length ?? 0 },
      });
    });
  }

  rewordQuestion(assessmentId: string, questionKey: string, text: string | null) {
    return this.inEditableAssessment(assessmentId, async (manager) => {
      const question = await findQuestion(manager, assessmentId, questionKey);
      if (text === null && question.originalText === null) {
        throw badInput('questionKey', 'A custom question has no original wording to restore');
      }
      question.text = text ?? question.originalText ?? question.text;
      const saved = await manager.save(question);
      return done(saved, text === null ? 'question.restore-wording' : 'question.reword', {
        targetType: 'question',
        targetId: questionKey,
        summary: { provenance: provenanceOf(saved), textLength: saved.text.length },
      });
    });
  }

  addCustomQuestion(assessmentId: string, detailKey: string, text: string): Promise<DetailRows> {
    const located = this.frameworks.currentIndex().detail(detailKey);
    if (!located) {
      throw notFound('Detail', 'detailKey');
    }
    return this.inEditableAssessment(assessmentId, async (manager) => {
      const existing = await this.detailQuestions(manager, assessmentId, detailKey);
      const position = existing.reduce((max, q) => Math.max(max, q.position + 1), 0);
      const questionKey = `custom-${randomBytes(6).toString('hex')}`;
      await manager.insert(AssessmentQuestionEntity, {
        assessmentId,
        subElementKey: located.subElement.key,
        detailKey,
        questionKey,
        origin: QuestionOrigin.CUSTOM,
        originalText: null,
        text,
        position,
      });
      return done(await this.detailRows(manager, assessmentId, detailKey), 'question.add-custom', {
        targetType: 'question',
        targetId: questionKey,
        summary: { detailKey, position, textLength: text.length },
      });
    });
  }

  removeCustomQuestion(assessmentId: string, questionKey: string): Promise<DetailRows> {
    return this.inEditableAssessment(assessmentId, async (manager) => {
      const question = await findQuestion(manager, assessmentId, questionKey);
      if (question.origin !== QuestionOrigin.CUSTOM) {
        throw badInput(
          'questionKey',
          'Only custom questions can be removed; disable the sub-element or reword the question instead',
        );
      }
      await manager.delete(AssessmentQuestionEntity, { id: question.id });
      const rest = await this.detailQuestions(manager, assessmentId, question.detailKey);
      await renumber(
        manager,
        rest.map((q) => q.questionKey),
        assessmentId,
      );
      const rows = await this.detailRows(manager, assessmentId, question.detailKey);
      return done(rows, 'question.remove-custom', {
        targetType: 'question',
        targetId: questionKey,
        summary: { detailKey: question.detailKey },
      });
    });
  }

  reorderQuestions(assessmentId: string, detailKey: string, order: string[]): Promise<DetailRows> {
    return this.inEditableAssessment(assessmentId, async (manager) => {
      const current = await this.detailQuestions(manager, assessmentId, detailKey);
      if (current.length === 0) {
        throw notFound('Detail', 'detailKey');
      }
      const known = new Set(current.map((q) => q.questionKey));
      if (order.length !== known.size || !order.every((k) => known.has(k))) {
        throw badInput('questionKeys', 'List every question of this detail exactly once');
      }
      await renumber(manager, order, assessmentId);
      return done(await this.detailRows(manager, assessmentId, detailKey), 'questions.reorder', {
        targetType: 'detail',
        targetId: detailKey,
        summary: { order },
      });
    });
  }

  // Customisation belongs to the Prepare step: once analysis starts, the questions are fixed so
  // that answers keep meaning what they were written against.
  private inEditableAssessment<T>(
    assessmentId: string,
    work: (manager: EntityManager) => Promise<Done<T>>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.assessments.lockForUpdate(manager, assessmentId);
      if (!assessment) {
        throw notFound('Assessment', 'assessmentId');
      }
      requireActive(assessment);
      if (assessment.phase !== AssessmentPhase.PREPARE) {
        throw new AppError(
          'CUSTOMISATION_LOCKED',
          'The framework can only be customised in the Prepare phase',
          'assessmentId',
        );
      }
      const { result, record } = await work(manager);
      await manager.update(AssessmentEntity, { id: assessmentId }, { updatedAt: new Date() });
      await this.audit.record(manager, { ...record, assessmentId });
      return result;
    });
  }

  private detailQuestions(manager: EntityManager, assessmentId: string, detailKey: string) {
    return manager.find(AssessmentQuestionEntity, {
      where: { assessmentId, detailKey },
      order: { position: 'ASC' },
    });
  }

  private async detailRows(
    manager: EntityManager,
    assessmentId: string,
    detailKey: string,
  ): Promise<DetailRows> {
    return {
      assessmentId,
      detailKey,
      questions: await this.detailQuestions(manager, assessmentId, detailKey),
    };
  }
}

interface Done<T> {
  result: T;
  record: Omit<AuditRecord, 'assessmentId'>;
}

function done<T>(
  result: T,
  action: string,
  record: Omit<AuditRecord, 'assessmentId' | 'action'>,
): Done<T> {
  return { result, record: { action, ...record } };
}

async function findQuestion(
  manager: EntityManager,
  assessmentId: string,
  questionKey: string,
): Promise<AssessmentQuestionEntity> {
  const question = await manager.findOneBy(AssessmentQuestionEntity, { assessmentId, questionKey });
  if (!question) {
    throw notFound('Question', 'questionKey');
  }
  return question;
}

async function renumber(
  manager: EntityManager,
  keys: string[],
  assessmentId: string,
): Promise<void> {
  for (const [position, questionKey] of keys.entries()) {
    await manager.update(AssessmentQuestionEntity, { assessmentId, questionKey }, { position });
  }
}
