import { Inject, Injectable, Logger } from '@nestjs/common';
import * as openid from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { needsUserInfo, readClaims, type OidcClaims } from './oidc-claims.js';
import { describeFailure, SsoFailure } from './sso-failure.js';

export const oidcCallbackPath = '/api/auth/oidc/callback';
const scope = 'openid email profile';
const timeoutSeconds = 10;

export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

type OidcSettings = NonNullable<AppConfig['oidc']>;

// Plain HTTP to a provider is accepted only on this machine (a provider started for tests or
// development); anywhere else tokens would cross the network in the clear.
function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

// The relying-party side of OpenID Connect, over openid-client. The provider is discovered on
// first use rather than at start-up, so that the platform starts, and password sign-in works,
// while the provider is unreachable.
@Injectable()
export class OidcClient {
  private readonly logger = new Logger('SingleSignOn');
  private configuration: Promise<openid.Configuration> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}${oidcCallbackPath}`;
  }

  async authorizationUrl(checks: OidcChecks): Promise<URL> {
    const configuration = await this.discover();
    return openid.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await openid.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  // Validates the authorisation response (state, issuer), redeems the code with the PKCE
  // verifier, and validates the ID token (signature, issuer, audience, expiry, nonce).
  async exchange(response: URLSearchParams, checks: OidcChecks): Promise<OidcClaims> {
    const configuration = await this.discover();
    const currentUrl = new URL(this.redirectUri);
    currentUrl.search = response.toString();
    const tokens = await openid.authorizationCodeGrant(configuration, currentUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) {
      throw new SsoFailure('the provider returned no ID token');
    }
    let claims: Record<string, unknown> = { ...idToken };
    if (needsUserInfo(claims) && configuration.serverMetadata().userinfo_endpoint) {
      const userInfo = await openid.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      // The ID token is signed and checked; it wins wherever both answer.
      claims = { ...userInfo, ...claims };
    }
    return readClaims(claims);
  }

  // Kept once discovered; a failure is not kept, so the next sign-in tries again.
  private discover(): Promise<openid.Configuration> {
    const settings = this.settings();
    this.configuration ??= this.load(settings).catch((error: unknown) => {
      this.configuration = undefined;
      const reason = describeFailure(error);
      this.logger.error(`identity provider ${settings.issuer} could not be discovered: ${reason}`);
      throw new SsoFailure(`the identity provider could not be reached (${reason})`);
    });
    return this.configuration;
  }

  private load(settings: OidcSettings): Promise<openid.Configuration> {
    const issuer = new URL(settings.issuer);
    return openid.discovery(
      issuer,
      settings.clientId,
      settings.clientSecret,
      openid.ClientSecretBasic(settings.clientSecret),
      {
        timeout: timeoutSeconds,
        execute: isLoopbackHttp(issuer) ? [openid.allowInsecureRequests] : [],
      },
    );
  }

  private settings(): OidcSettings {
    if (!this.config.oidc) {
      throw new SsoFailure('single sign-on is not configured');
    }
    return this.config.oidc;
  }
}
