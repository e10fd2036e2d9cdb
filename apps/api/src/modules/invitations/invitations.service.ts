import type { Actor } from '@idgov/authz';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { MAILER, type Mailer, type MailMessage } from '../../core/mail/mailer.js';
import { AssessmentsService, requireActive } from '../assessments/assessments.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AssessmentMemberEntity } from '../members/assessment-member.entity.js';
import { requireMayGrant } from '../members/members.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { InviteMember } from './dto/invite-member.input.js';
import { InvitationEntity } from './invitation.entity.js';
import { invitationMail } from './invitation-mail.js';
import {
  hashInvitationToken,
  invitationLifetimeMs,
  invitationLink,
  newInvitationToken,
} from './invitation-token.js';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly assessments: AssessmentsService,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(assessmentId: string): Promise<InvitationEntity[]> {
    return this.dataSource.getRepository(InvitationEntity).find({
      where: { assessmentId },
      relations: { organisation: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  // The invitation commits first and is mailed after, so that no transaction (nor the audit
  // chain's lock) waits on a mail server. If sending fails, the invitation is revoked and the
  // moderator told: there is never a live invitation that nobody received.
  async invite(actor: Actor, input: InviteMember): Promise<InvitationEntity> {
    requireMayGrant(actor, input.role);
    const token = newInvitationToken();
    const { invitation, mail } = await this.dataSource.transaction(async (manager) => {
      // The assessment's row lock orders this against other invitations and acceptances.
      const assessment = await this.assessments.lockForUpdate(manager, input.assessmentId);
      if (!assessment) {
        throw notFound('Assessment', 'assessmentId');
      }
      requireActive(assessment);
      const organisation = input.organisationId
        ? await manager.findOneBy(OrganisationEntity, { id: input.organisationId })
        : null;
      if (input.organisationId && !organisation) {
        throw notFound('Organisation', 'organisationId');
      }
      if (await isMember(manager, assessment.id, input.email)) {
        throw new AppError(
          'CONFLICT',
          'This person is already a member of this assessment',
          'email',
        );
      }
      const superseded = await revokeOpen(manager, assessment.id, input.email);
      const inviter = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      const created = await manager.save(
        manager.create(InvitationEntity, {
          assessmentId: assessment.id,
          email: input.email,
          role: input.role,
          organisationId: input.organisationId,
          tokenHash: hashInvitationToken(token),
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + invitationLifetimeMs),
          acceptedAt: null,
          acceptedBy: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        action: 'invitation.create',
        targetType: 'invitation',
        targetId: created.id,
        assessmentId: assessment.id,
        summary: { role: input.role, organisationId: input.organisationId, superseded },
      });
      const facts = {
        to: input.email,
        link: invitationLink(this.config.publicUrl, token),
        assessmentTitle: assessment.title,
        role: input.role,
        organisationName: organisation?.name ?? null,
        inviterName: inviter.displayName,
        expiresAt: created.expiresAt,
      };
      return {
        invitation: { ...created, organisation: organisation ?? undefined },
        mail: invitationMail(facts),
      };
    });
    await this.deliver(invitation, mail);
    return invitation;
  }

  revoke(actor: Actor, assessmentId: string, invitationId: string): Promise<InvitationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assessments.lockForUpdate(manager, assessmentId);
      // Looked up within the assessment: another assessment's invitation is simply not found.
      const invitation = await manager.findOne(InvitationEntity, {
        where: { id: invitationId, assessmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) {
        throw notFound('Invitation', 'invitationId');
      }
      requireMayGrant(actor, invitation.role);
      if (invitation.acceptedAt) {
        throw new AppError(
          'CONFLICT',
          'This invitation has been accepted; remove the member instead',
          'invitationId',
        );
      }
      // Revoking twice changes nothing and records nothing.
      if (!invitation.revokedAt) {
        await manager.update(InvitationEntity, { id: invitation.id }, { revokedAt: new Date() });
        await this.recordRevocation(manager, invitation, 'revoked');
      }
      return manager.findOneOrFail(InvitationEntity, {
        where: { id: invitation.id },
        relations: { organisation: true },
      });
    });
  }

  private async deliver(invitation: InvitationEntity, mail: MailMessage): Promise<void> {
    try {
      await this.mailer.send(mail);
    } catch (error) {
      await this.dataSource.transaction(async (manager) => {
        await manager.update(InvitationEntity, { id: invitation.id }, { revokedAt: new Date() });
        await this.recordRevocation(manager, invitation, 'delivery-failed');
      });
      throw error instanceof AppError
        ? error
        : new AppError('MAIL_FAILED', 'The email could not be sent; try again later');
    }
  }

  private recordRevocation(
    manager: EntityManager,
    invitation: InvitationEntity,
    reason: 'revoked' | 'delivery-failed',
  ): Promise<void> {
    return this.audit.record(manager, {
      action: 'invitation.revoke',
      targetType: 'invitation',
      targetId: invitation.id,
      assessmentId: invitation.assessmentId,
      summary: { role: invitation.role, reason },
    });
  }
}

function isMember(manager: EntityManager, assessmentId: string, email: string): Promise<boolean> {
  return manager
    .createQueryBuilder(AssessmentMemberEntity, 'm')
    .innerJoin('m.user', 'u')
    .where('m.assessment_id = :assessmentId AND u.email = :email', { assessmentId, email })
    .getExists();
}

// Revokes the open invitations a new one replaces, and returns their ids for the audit event.
async function revokeOpen(
  manager: EntityManager,
  assessmentId: string,
  email: string,
): Promise<string[]> {
  const open = await manager.find(InvitationEntity, {
    where: { assessmentId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
    select: { id: true },
  });
  const ids = open.map((i) => i.id);
  if (ids.length) {
    await manager.update(InvitationEntity, ids, { revokedAt: new Date() });
  }
  return ids;
}
