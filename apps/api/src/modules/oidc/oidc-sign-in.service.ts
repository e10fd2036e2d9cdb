import { createHash, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as openid from 'openid-client';
import { DataSource, LessThan } from 'typeorm';
import { AuthService, type LoginResult } from '../auth/auth.service.js';
import { IdentityLinker } from './identity-linker.js';
import { OidcClient } from './oidc-client.js';
import { OidcLoginAttemptEntity } from './oidc-login-attempt.entity.js';
import { loginAttemptLifetimeMs } from './oidc-state-cookie.js';
import { safeReturnTo } from './return-to.js';
import { SsoFailure } from './sso-failure.js';

const hash = (value: string): string => createHash('sha256').update(value).digest('hex');

function sameState(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

// Single sign-on in two steps: `begin` sends the person to the provider, `complete` takes them
// back, signed in, to the page they wanted.
@Injectable()
export class OidcSignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly client: OidcClient,
    private readonly identities: IdentityLinker,
    private readonly auth: AuthService,
  ) {}

  get enabled(): boolean {
    return this.client.enabled;
  }

  async begin(returnTo: unknown): Promise<{ state: string; authorizationUrl: URL }> {
    const checks = {
      state: openid.randomState(),
      nonce: openid.randomNonce(),
      codeVerifier: openid.randomPKCECodeVerifier(),
    };
    // Built first: when the provider is down nothing is stored.
    const authorizationUrl = await this.client.authorizationUrl(checks);
    const attempts = this.dataSource.getRepository(OidcLoginAttemptEntity);
    await attempts.delete({ expiresAt: LessThan(new Date()) });
    await attempts.insert({
      stateHash: hash(checks.state),
      codeVerifier: checks.codeVerifier,
      nonce: checks.nonce,
      returnTo: safeReturnTo(returnTo),
      expiresAt: new Date(Date.now() + loginAttemptLifetimeMs),
    });
    return { state: checks.state, authorizationUrl };
  }

  async complete(
    response: URLSearchParams,
    browserState: string | undefined,
  ): Promise<{ session: LoginResult; returnTo: string }> {
    const state = response.get('state');
    if (!state || !browserState || !sameState(state, browserState)) {
      throw new SsoFailure('the state does not match the one this browser started with');
    }
    const attempt = await this.consume(state);
    // openid-client checks the state again, reads an `error` the provider sent, redeems the code
    // and validates the ID token.
    const claims = await this.client.exchange(response, {
      state,
      nonce: attempt.nonce,
      codeVerifier: attempt.codeVerifier,
    });
    const session = await this.dataSource.transaction(async (manager) => {
      const user = await this.identities.resolve(manager, claims);
      return this.auth.startSession(manager, user, 'oidc');
    });
    return { session, returnTo: attempt.returnTo };
  }

  // Single use: of two callbacks with the same state, only the one that deletes the row goes on.
  private async consume(state: string): Promise<OidcLoginAttemptEntity> {
    const attempts = this.dataSource.getRepository(OidcLoginAttemptEntity);
    const attempt = await attempts.findOneBy({ stateHash: hash(state) });
    const deleted = attempt ? await attempts.delete({ stateHash: attempt.stateHash }) : undefined;
    if (!attempt || deleted?.affected !== 1) {
      throw new SsoFailure('the sign-in attempt is unknown or was already used');
    }
    if (attempt.expiresAt.getTime() <= Date.now()) {
      throw new SsoFailure('the sign-in attempt expired');
    }
    return attempt;
  }
}
