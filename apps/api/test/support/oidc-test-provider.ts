import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

// The person the provider vouches for on its next sign-in, with the claims it releases.
export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  signInAs(account: TestAccount): void;
  // The next interaction ends as if the person had cancelled at the provider.
  refuseNext(): void;
  close(): Promise<void>;
}

interface Script {
  accounts: Map<string, TestAccount>;
  current?: TestAccount;
  refuse: boolean;
}

const clientId = 'idgov-test';

// A real OpenID provider (oidc-provider, in-memory storage) on a port of this machine, with one
// confidential client whose redirect URI is the API's callback. Its interaction step signs in
// the chosen account and grants the requested scopes at once, standing for the provider's own
// login and consent pages.
export async function startTestIdentityProvider(
  redirectUri: string,
  port = 0,
): Promise<TestIdentityProvider> {
  const clientSecret = randomBytes(24).toString('base64url');
  const script: Script = { accounts: new Map(), refuse: false };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, configuration(redirectUri, clientSecret, script));
  const callback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) {
      void callback(req, res);
      return;
    }
    interact(provider, script, req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(error instanceof Error ? error.message : 'interaction failed');
    });
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(account) {
      script.accounts.set(account.sub, account);
      script.current = account;
    },
    refuseNext() {
      script.refuse = true;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function interact(
  provider: Provider,
  script: Script,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (script.refuse) {
    script.refuse = false;
    await provider.interactionFinished(req, res, { error: 'access_denied' });
    return;
  }
  if (details.prompt.name === 'login') {
    if (!script.current) {
      throw new Error('signInAs() was not called');
    }
    await provider.interactionFinished(req, res, { login: { accountId: script.current.sub } });
    return;
  }
  const grant = new provider.Grant({ accountId: details.session?.accountId, clientId });
  grant.addOIDCScope('openid email profile');
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

function configuration(redirectUri: string, clientSecret: string, script: Script): Configuration {
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  return {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: {
      keys: [{ ...signingKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }],
    },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    // Scope claims stay out of the ID token (the provider's default for the code flow), so the
    // API's UserInfo request is exercised too.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => {
      const account = script.accounts.get(id);
      return account ? { accountId: id, claims: () => ({ ...account }) } : undefined;
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
  };
}
