import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { AccessChanges } from '../../core/authz/access-changes.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { setRequestActor } from '../../core/request-context/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { spendVerifyTime, verifyPassword } from '../users/password.js';
import type { UserEntity } from '../users/user.entity.js';
import { normaliseEmail, UsersService } from '../users/users.service.js';
import type { AuthState } from './auth-state.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { SessionEntity } from './session.entity.js';
import { hashSessionToken, newSessionToken, sessionLifetimeMs } from './session-token.js';

export interface LoginResult {
  token: string;
  user: UserEntity;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  private readonly limiter = new LoginRateLimiter();

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
  ) {}

  async login(emailInput: string, password: string, address: string): Promise<LoginResult> {
    const user = await this.checkCredentials(emailInput, password, address);
    return this.dataSource.transaction((manager) => this.startSession(manager, user, 'password'));
  }

  /**
   * Verifies an email and password under the sign-in rate limit, with one answer for an unknown
   * address and a wrong password; also used where an existing account proves itself (invitations).
   */
  async checkCredentials(
    emailInput: string,
    password: string,
    address: string,
  ): Promise<UserEntity> {
    const email = normaliseEmail(emailInput);
    const wait = this.limiter.retryAfter(email, address);
    if (wait > 0) {
      throw new AppError('RATE_LIMITED', `Too many failed sign-ins; try again in ${wait} seconds`);
    }
    const user = await this.users.findByEmail(email);
    const valid =
      user?.passwordHash && !user.disabledAt
        ? await verifyPassword(user.passwordHash, password)
        : (await spendVerifyTime(password), false);
    if (!user || !valid) {
      this.limiter.recordFailure(email, address);
      // One answer for an unknown address and a wrong password alike.
      throw new AppError('UNAUTHENTICATED', 'Email or password is incorrect');
    }
    this.limiter.recordSuccess(email);
    return user;
  }

  /**
   * Opens a session for a person whose identity has been established (password, invitation or
   * single sign-on), inside the caller's transaction so that it lands with its audit event.
   */
  async startSession(
    manager: EntityManager,
    user: UserEntity,
    method: 'password' | 'invitation' | 'oidc',
  ): Promise<LoginResult> {
    setRequestActor(user.auditPseudonym);
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + sessionLifetimeMs);
    const session = await manager.save(
      manager.create(SessionEntity, {
        userId: user.id,
        tokenHash: hashSessionToken(token),
        expiresAt,
        revokedAt: null,
      }),
    );
    await this.audit.record(manager, {
      action: 'auth.login',
      targetType: 'session',
      targetId: session.id,
      assessmentId: null,
      summary: { method },
    });
    return { token, user, expiresAt };
  }

  async authenticate(token: string): Promise<AuthState | null> {
    const session = await this.dataSource.getRepository(SessionEntity).findOne({
      where: {
        tokenHash: hashSessionToken(token),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      relations: { user: true },
    });
    if (!session?.user || session.user.disabledAt) {
      return null;
    }
    return { user: session.user, sessionId: session.id };
  }

  async logout(auth: AuthState): Promise<void> {
    const ended = this.dataSource.transaction(async (manager) => {
      await manager.update(SessionEntity, { id: auth.sessionId }, { revokedAt: new Date() });
      await this.audit.record(manager, {
        action: 'auth.logout',
        targetType: 'session',
        targetId: auth.sessionId,
        assessmentId: null,
        summary: {},
      });
    });
    await this.accessChanges.after(ended);
  }
}
