import { can, type Actor, type ElementAction } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, badInput, notFound } from '../../core/errors/app-error.js';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { requireActive } from '../assessments/assessments.service.js';
import { AssessmentQuestionEntity } from '../customisation/assessment-question.entity.js';
import { AssessmentSubElementEntity } from '../customisation/assessment-sub-element.entity.js';
import { FrameworkService } from '../framework/framework.service.js';
import { toAssignments } from '../members/element-assignment.object.js';
import { MembersService } from '../members/members.service.js';

export type DiscussionAnchor =
  { kind: 'question'; questionKey: string } | { kind: 'subElement'; subElementKey: string };

// Who may discuss an element (suggest, comment) is decided by the one policy from the element's
// assignment; what may be discussed is the assessment's customisation: an enabled sub-element of
// the element, or one of its questions (framework or custom).
@Injectable()
export class DiscussionAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly members: MembersService,
  ) {}

  requireElementKey(elementKey: string, field = 'elementKey'): void {
    if (!this.frameworks.currentIndex().element(elementKey)) {
      throw notFound('Element', field);
    }
  }

  // The assessment, locked for the transaction, refusing changes once archived.
  async lockActive(manager: EntityManager, assessmentId: string): Promise<AssessmentEntity> {
    const assessment = await manager.getRepository(AssessmentEntity).findOne({
      where: { id: assessmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!assessment) {
      throw notFound('Assessment', 'assessmentId');
    }
    requireActive(assessment);
    return assessment;
  }

  async requireElementAction(
    actor: Actor,
    assessmentId: string,
    elementKey: string,
    action: ElementAction,
    message: string,
  ): Promise<void> {
    const rows = await this.members.assigneesOf([assessmentId]);
    const [assignment] = toAssignments(
      [elementKey],
      rows.filter((r) => r.elementKey === elementKey),
    );
    if (
      !assignment ||
      !can(actor, action, { kind: 'element', assessmentId, elementKey, assignment })
    ) {
      throw new AppError('FORBIDDEN', message);
    }
  }

  // Checks that the anchor belongs to this element of this assessment and is enabled there.
  async requireAnchor(
    manager: EntityManager,
    assessmentId: string,
    elementKey: string,
    anchor: DiscussionAnchor,
  ): Promise<void> {
    if (anchor.kind === 'question') {
      const question = await manager.getRepository(AssessmentQuestionEntity).findOne({
        where: { assessmentId, questionKey: anchor.questionKey },
        select: { id: true, subElementKey: true },
      });
      if (
        !question ||
        !(await this.enabledIn(manager, assessmentId, elementKey, question.subElementKey))
      ) {
        throw badInput(
          'questionKey',
          'This question is not part of this element of the assessment',
        );
      }
      return;
    }
    if (!(await this.enabledIn(manager, assessmentId, elementKey, anchor.subElementKey))) {
      throw badInput(
        'subElementKey',
        'This sub-element is not part of this element of the assessment, or is disabled',
      );
    }
  }

  private async enabledIn(
    manager: EntityManager,
    assessmentId: string,
    elementKey: string,
    subElementKey: string,
  ): Promise<boolean> {
    if (this.frameworks.currentIndex().subElement(subElementKey)?.element.key !== elementKey) {
      return false;
    }
    const row = await manager
      .getRepository(AssessmentSubElementEntity)
      .findOneBy({ assessmentId, subElementKey });
    return row?.enabled ?? false;
  }

  get source(): DataSource {
    return this.dataSource;
  }
}
