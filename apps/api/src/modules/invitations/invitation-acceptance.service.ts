import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AppError, badInput } from '../../core/errors/app-error.js';
import { setRequestActor } from '../../core/request-context/request-context.js';
import { AssessmentsService } from '../assessments/assessments.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService, type LoginResult } from '../auth/auth.service.js';
import { AssessmentMemberEntity } from '../members/assessment-member.entity.js';
import { MembersService } from '../members/members.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { checkPasswordStrength } from '../users/password.js';
import { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { AcceptInvitation } from './dto/accept-invitation.input.js';
import { InvitationEntity } from './invitation.entity.js';
import { invitationStatus, type InvitationPreviewObject } from './invitation.object.js';
import { hashInvitationToken } from './invitation-token.js';

// One answer for an unknown, expired, revoked or used link: a guessed token learns nothing.
const unusable = (): AppError =>
  new AppError('NOT_FOUND', 'This invitation has expired or has already been used', 'token');

function requirePassword(password: string | null): string {
  if (!password) {
    throw badInput('password', 'Enter a password');
  }
  return password;
}

// The side of the person holding the link: look at the invitation, then accept it.
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly assessments: AssessmentsService,
  ) {}

  async preview(token: string): Promise<InvitationPreviewObject | null> {
    const invitation = await this.findOpen(token);
    if (!invitation?.assessment) {
      return null;
    }
    return {
      assessmentId: invitation.assessmentId,
      assessmentTitle: invitation.assessment.title,
      role: invitation.role,
      organisationName: invitation.organisation?.name ?? null,
      email: invitation.email,
      accountExists: await this.dataSource
        .getRepository(UserEntity)
        .existsBy({ email: invitation.email }),
      expiresAt: invitation.expiresAt,
    };
  }

  // `signedIn` is the caller's account, if any: someone already signed in as the invited address
  // (for instance through single sign-on, without a password) needs no password.
  async accept(
    input: AcceptInvitation,
    address: string,
    signedIn: UserEntity | null,
  ): Promise<LoginResult> {
    const found = await this.findOpen(input.token);
    if (!found) {
      throw unusable();
    }
    // Checked before any lock is taken: argon2 is deliberately slow.
    const existing = await this.users.findByEmail(found.email);
    if (existing && signedIn?.id === existing.id) {
      // The session already proves who this is.
    } else if (existing) {
      // An existing account proves itself as at sign-in, under the same rate limit.
      await this.auth.checkCredentials(found.email, requirePassword(input.password), address);
    } else if (!input.displayName) {
      throw badInput('displayName', 'Enter your name to create your account');
    } else {
      checkPasswordStrength(requirePassword(input.password));
    }
    return this.dataSource.transaction(async (manager) => {
      // Locks in the order inviting and revoking take them (assessment, then invitation), so
      // that two acceptances of one link run one after the other: the second finds it used.
      await this.assessments.lockForUpdate(manager, found.assessmentId);
      const invitation = await manager.findOne(InvitationEntity, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitationStatus(invitation) !== 'PENDING') {
        throw unusable();
      }
      const user =
        existing ??
        (await this.users.create(
          {
            email: invitation.email,
            displayName: input.displayName ?? '',
            password: requirePassword(input.password),
          },
          manager,
        ));
      // Everything this acceptance records is attributed to the person accepting.
      setRequestActor(user.auditPseudonym);
      const { assessmentId, role, organisationId } = invitation;
      if (await manager.existsBy(AssessmentMemberEntity, { assessmentId, userId: user.id })) {
        throw new AppError('CONFLICT', 'You are already a member of this assessment', 'token');
      }
      await this.members.insertMember(manager, assessmentId, user, { role, organisationId });
      if (organisationId) {
        await this.organisations.addMemberIn(manager, organisationId, user.id);
      }
      await manager.update(
        InvitationEntity,
        { id: invitation.id },
        { acceptedAt: new Date(), acceptedBy: user.id },
      );
      await this.audit.record(manager, {
        action: 'invitation.accept',
        targetType: 'invitation',
        targetId: invitation.id,
        assessmentId,
        summary: { role, organisationId, newAccount: !existing },
      });
      return this.auth.startSession(manager, user, 'invitation');
    });
  }

  private findOpen(token: string): Promise<InvitationEntity | null> {
    return this.dataSource.getRepository(InvitationEntity).findOne({
      where: {
        tokenHash: hashInvitationToken(token),
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      relations: { assessment: true, organisation: true },
    });
  }
}
