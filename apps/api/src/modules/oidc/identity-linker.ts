import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { setRequestActor } from '../../core/request-context/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../users/user.entity.js';
import { normaliseEmail, UsersService } from '../users/users.service.js';
import type { OidcClaims } from './oidc-claims.js';
import { SsoFailure } from './sso-failure.js';
import { UserIdentityEntity } from './user-identity.entity.js';

// Finds the account of a person the identity provider vouches for, linking or creating it on
// their first sign-in. Runs in the caller's transaction, with the session it opens.
@Injectable()
export class IdentityLinker {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async resolve(manager: EntityManager, claims: OidcClaims): Promise<UserEntity> {
    const { issuer, subject } = claims;
    const known = await manager.findOne(UserIdentityEntity, {
      where: { issuer, subject },
      relations: { user: true },
    });
    if (known?.user) {
      return usable(known.user);
    }
    const { user, created } = await this.accountFor(manager, claims);
    usable(user);
    await manager.insert(UserIdentityEntity, { issuer, subject, userId: user.id });
    setRequestActor(user.auditPseudonym);
    await this.audit.record(manager, {
      action: 'auth.identity-link',
      targetType: 'user',
      targetId: user.id,
      assessmentId: null,
      summary: { account: created ? 'created' : 'existing' },
    });
    return user;
  }

  // Only an address the provider has verified may stand for a person here: it links to the
  // account holding it, or becomes the address of a new one. An unverified address is refused
  // either way, since invitations reach accounts by address and whoever controls the mailbox
  // must be the one who signs in.
  private async accountFor(
    manager: EntityManager,
    claims: OidcClaims,
  ): Promise<{ user: UserEntity; created: boolean }> {
    if (!claims.email) {
      throw new SsoFailure('the provider released no email address for a new identity');
    }
    if (!claims.emailVerified) {
      throw new SsoFailure('the provider has not verified the email address of a new identity');
    }
    const existing = await manager.findOneBy(UserEntity, { email: normaliseEmail(claims.email) });
    if (existing) {
      return { user: existing, created: false };
    }
    // No password: this person signs in through the provider only, and sees nothing until a
    // moderator adds them to an assessment.
    const user = await this.users.create(
      { email: claims.email, displayName: claims.name ?? localPart(claims.email), password: null },
      manager,
    );
    return { user, created: true };
  }
}

function usable(user: UserEntity): UserEntity {
  if (user.disabledAt) {
    throw new SsoFailure('the account is disabled');
  }
  return user;
}

function localPart(email: string): string {
  return email.split('@')[0] || email;
}
