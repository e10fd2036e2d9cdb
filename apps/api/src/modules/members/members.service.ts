import {
  mayGrantRole,
  type Actor,
  type AssessmentRole,
  type ElementAssignment,
} from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccessChanges } from '../../core/authz/access-changes.service.js';
import { AppError, badInput, notFound } from '../../core/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { FrameworkService } from '../framework/framework.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { AssessmentMemberEntity, type Attribution } from './assessment-member.entity.js';
import { ElementAssigneeEntity } from './element-assignment.entity.js';

export interface NewMember {
  userId: string;
  role: AssessmentRole;
  organisationId: string | null;
}

@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly frameworks: FrameworkService,
    private readonly accessChanges: AccessChanges,
  ) {}

  membersOf(assessmentIds: readonly string[]): Promise<AssessmentMemberEntity[]> {
    return this.dataSource.getRepository(AssessmentMemberEntity).find({
      where: { assessmentId: In([...assessmentIds]) },
      relations: { user: true, organisation: true },
      order: { createdAt: 'ASC' },
    });
  }

  assigneesOf(assessmentIds: readonly string[]): Promise<ElementAssigneeEntity[]> {
    return this.dataSource
      .getRepository(ElementAssigneeEntity)
      .findBy({ assessmentId: In([...assessmentIds]) });
  }

  add(actor: Actor, assessmentId: string, input: NewMember): Promise<AssessmentMemberEntity> {
    requireMayGrant(actor, input.role);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { id: input.userId });
      if (!user) {
        throw notFound('User', 'userId');
      }
      await requireOrganisation(manager, input.organisationId);
      if (await manager.existsBy(AssessmentMemberEntity, { assessmentId, userId: input.userId })) {
        throw new AppError('CONFLICT', 'This person is already a member', 'userId');
      }
      await this.insertMember(manager, assessmentId, user, input);
      return manager.findOneOrFail(AssessmentMemberEntity, {
        where: { assessmentId, userId: input.userId },
        relations: { user: true, organisation: true },
      });
    });
  }

  // Inside the caller's transaction (adding a member, accepting an invitation), once it has
  // checked that the person is not a member yet.
  async insertMember(
    manager: EntityManager,
    assessmentId: string,
    user: UserEntity,
    input: Omit<NewMember, 'userId'>,
  ): Promise<void> {
    // The assessment's row lock makes concurrent additions take pseudonym numbers in turn.
    await manager.query('SELECT 1 FROM assessment WHERE id = $1 FOR UPDATE', [assessmentId]);
    const rows = await manager.query<{ next: number }[]>(
      `SELECT coalesce(max(pseudonym_number), 0) + 1 AS next FROM assessment_member WHERE assessment_id = $1`,
      [assessmentId],
    );
    await manager.insert(AssessmentMemberEntity, {
      assessmentId,
      userId: user.id,
      role: input.role,
      organisationId: input.organisationId,
      attribution: 'NAME',
      pseudonymNumber: Number(rows[0]?.next ?? 1),
    });
    await this.audit.record(manager, {
      action: 'member.add',
      targetType: 'member',
      targetId: user.auditPseudonym,
      assessmentId,
      summary: { role: input.role, organisationId: input.organisationId },
    });
  }

  changeRole(actor: Actor, assessmentId: string, userId: string, role: AssessmentRole | null) {
    if (role) {
      requireMayGrant(actor, role);
    }
    const changed = this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(AssessmentMemberEntity, {
        where: { assessmentId, userId },
        relations: { user: true, organisation: true },
      });
      if (!member) {
        throw notFound('Member', 'userId');
      }
      requireMayGrant(actor, member.role);
      if (role) {
        await manager.update(AssessmentMemberEntity, { assessmentId, userId }, { role });
      } else {
        await manager.delete(AssessmentMemberEntity, { assessmentId, userId });
      }
      await this.audit.record(manager, {
        action: role ? 'member.change-role' : 'member.remove',
        targetType: 'member',
        targetId: member.user?.auditPseudonym ?? 'unknown',
        assessmentId,
        summary: role ? { from: member.role, to: role } : { role: member.role },
      });
      return role ? { ...member, role } : null;
    });
    return this.accessChanges.after(changed);
  }

  setAttribution(actor: Actor, assessmentId: string, attribution: Attribution) {
    return this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(AssessmentMemberEntity, {
        where: { assessmentId, userId: actor.userId },
        relations: { user: true, organisation: true },
      });
      if (!member) {
        throw notFound('Member', 'assessmentId');
      }
      if (attribution !== 'NAME' && member.organisation?.type !== 'CIVIL_SOCIETY') {
        throw badInput(
          'attribution',
          'Only civil-society members may appear by organisation or pseudonym',
        );
      }
      await manager.update(
        AssessmentMemberEntity,
        { assessmentId, userId: actor.userId },
        { attribution },
      );
      await this.audit.record(manager, {
        action: 'member.attribution',
        targetType: 'member',
        targetId: member.user?.auditPseudonym ?? 'unknown',
        assessmentId,
        summary: { attribution },
      });
      return { ...member, attribution };
    });
  }

  assign(assessmentId: string, elementKey: string, assignment: ElementAssignment): Promise<void> {
    if (!this.frameworks.currentIndex().element(elementKey)) {
      throw notFound('Element', 'elementKey');
    }
    const assigned = this.dataSource.transaction(async (manager) => {
      const orgIds = [assignment.leadOrganisationId, ...assignment.contributingOrganisationIds];
      for (const id of orgIds) {
        await requireOrganisation(manager, id);
      }
      const members = await manager.countBy(AssessmentMemberEntity, {
        assessmentId,
        userId: In([...assignment.assignedUserIds]),
      });
      if (members !== assignment.assignedUserIds.length) {
        throw badInput('userIds', 'Only members of this assessment can be assigned');
      }
      await manager.delete(ElementAssigneeEntity, { assessmentId, elementKey });
      const rows = [
        ...(assignment.leadOrganisationId
          ? [
              {
                kind: 'LEAD_ORGANISATION' as const,
                organisationId: assignment.leadOrganisationId,
                userId: null,
              },
            ]
          : []),
        ...assignment.contributingOrganisationIds
          .filter((id) => id !== assignment.leadOrganisationId)
          .map((id) => ({
            kind: 'CONTRIBUTING_ORGANISATION' as const,
            organisationId: id,
            userId: null,
          })),
        ...assignment.assignedUserIds.map((id) => ({
          kind: 'PERSON' as const,
          organisationId: null,
          userId: id,
        })),
      ];
      if (rows.length) {
        await manager.insert(
          ElementAssigneeEntity,
          rows.map((r) => ({ ...r, assessmentId, elementKey })),
        );
      }
      await this.audit.record(manager, {
        action: 'element.assign',
        targetType: 'element',
        targetId: elementKey,
        assessmentId,
        summary: {
          lead: assignment.leadOrganisationId,
          contributing: assignment.contributingOrganisationIds.length,
          people: assignment.assignedUserIds.length,
        },
      });
    });
    return this.accessChanges.after(assigned);
  }
}

export function requireMayGrant(actor: Actor, role: AssessmentRole): void {
  if (!mayGrantRole(actor, role)) {
    throw new AppError(
      'FORBIDDEN',
      'Only a platform administrator appoints or removes moderators',
      'role',
    );
  }
}

async function requireOrganisation(manager: EntityManager, id: string | null): Promise<void> {
  if (id && !(await manager.existsBy(OrganisationEntity, { id }))) {
    throw notFound('Organisation', 'organisationId');
  }
}
