import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { FrameworkService } from '../framework/framework.service.js';
import { accessFor } from '../collab/collab-access.service.js';
import { MembersService } from '../members/members.service.js';

export type VersionAccess = 'element.read' | 'element.edit';

// Who may do what with an element's versions, decided by the one policy from the element's
// assignment, like the collaboration server decides who writes: naming and restoring versions is
// for those who may edit the element; reading them for anyone who may read it.
@Injectable()
export class ElementAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly members: MembersService,
  ) {}

  async require(
    actor: Actor,
    assessmentId: string,
    elementKey: string,
    action: VersionAccess,
  ): Promise<void> {
    if (!this.frameworks.currentIndex().element(elementKey)) {
      throw notFound('Element', 'elementKey');
    }
    const assessment = await this.dataSource.getRepository(AssessmentEntity).findOne({
      where: { id: assessmentId },
      select: { id: true, archivedAt: true },
    });
    if (!assessment) {
      throw notFound('Assessment', 'assessmentId');
    }
    const access = accessFor(
      actor,
      { assessmentId, elementKey },
      await this.members.assigneesOf([assessmentId]),
    );
    if (access === 'none' || (action === 'element.edit' && access !== 'write')) {
      throw new AppError(
        'FORBIDDEN',
        action === 'element.edit'
          ? 'Only those who edit this element may name or restore its versions'
          : 'Your role in this assessment does not allow this',
      );
    }
    if (action === 'element.edit' && assessment.archivedAt) {
      throw new AppError(
        'ASSESSMENT_ARCHIVED',
        'This assessment is archived; restore it before changing it',
      );
    }
  }
}
