import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  WEB_DIST_DIR: z.string().min(1).optional(),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  DEMO_PASSWORD: z
    .string()
    .min(12, 'DEMO_PASSWORD needs at least 12 characters')
    .default('example-demo-2026'),
  // Where people reach the web app: the base of links in invitation emails and OIDC redirects.
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Digital ID governance <no-reply@localhost>'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().min(1).default('Government sign-in'),
  // Where the collaboration server runs: in the API process, not at all, or alone (collab + /health).
  COLLAB_MODE: z.enum(['embedded', 'off', 'only']).default('embedded'),
  // Several instances on one database relay collaboration and access changes through Redis.
  REDIS_URL: z.string().url().optional(),
  // Deployments (or test runs) sharing one Redis stay apart by prefix.
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]+$/, 'REDIS_PREFIX takes letters, digits and _ : . -')
    .default('idgov:'),
  // Evidence files live in <FILES_DIR>/evidence/<sha256>; default DATA_DIR. Instances that share
  // one database must share this directory too.
  FILES_DIR: z.string().min(1).optional(),
  // The largest evidence file accepted, in bytes (default 25 MiB).
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 ** 3)
    .default(25 * 1024 * 1024),
  // Time allowed to extract searchable text from one uploaded PDF or DOCX.
  TEXT_EXTRACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
});

export type CollabMode = 'embedded' | 'off' | 'only';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  webDistDir: string;
  seedDemo: boolean;
  // Holds the generated audit signing key, also when the data itself is on a PostgreSQL server.
  dataDir: string;
  auditSigningKey: string | undefined;
  demoPassword: string;
  publicUrl: string;
  mail: { smtpUrl: string | undefined; from: string };
  // Single sign-on is on only when the issuer and its client are all configured.
  oidc: { issuer: string; clientId: string; clientSecret: string; label: string } | null;
  collab: { mode: CollabMode };
  redis: { url: string; prefix: string } | null;
  files: { dir: string; maxUploadBytes: number; extractionTimeoutMs: number };
}

// apps/api/{src,dist}/core/config → apps/web/dist, the same from sources and from the build.
const defaultWebDistDir = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const oidcSettings = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcSettings.some(Boolean) && !oidcSettings.every(Boolean)) {
    throw new ConfigError(
      'Invalid environment:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(e.DATA_DIR) },
    webDistDir: e.WEB_DIST_DIR ? resolve(e.WEB_DIST_DIR) : defaultWebDistDir,
    seedDemo: e.SEED_DEMO === 'true',
    dataDir: resolve(e.DATA_DIR),
    auditSigningKey: e.AUDIT_SIGNING_KEY,
    demoPassword: e.DEMO_PASSWORD,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            label: e.OIDC_LABEL,
          }
        : null,
    collab: { mode: e.COLLAB_MODE },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX } : null,
    files: {
      dir: resolve(e.FILES_DIR ?? e.DATA_DIR),
      maxUploadBytes: e.UPLOAD_MAX_BYTES,
      extractionTimeoutMs: e.TEXT_EXTRACTION_TIMEOUT_MS,
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
