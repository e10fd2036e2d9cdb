import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DataSourceOptions } from 'typeorm';
import { entities } from '../../database/entities.js';
import { migrations } from '../../database/migrations/index.js';
import { lockDataDir } from './data-dir-lock.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  kind: DatabaseKind;
  options: DataSourceOptions;
  close(): Promise<void>;
}

const common = {
  type: 'postgres',
  entities,
  migrations,
  synchronize: false,
  migrationsRun: false,
  migrationsTransactionMode: 'each',
  // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; uuid-ossp is missing from PGlite.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
} as const;

export function postgresHandle(url: string): DatabaseHandle {
  return {
    kind: 'postgres',
    options: { ...common, url, poolSize: 10, extra: { connectionTimeoutMillis: 10_000 } },
    close: () => Promise.resolve(),
  };
}

// TypeORM talks to PGlite through PGlite's own node-postgres adapter with a single connection, so
// each transaction really is isolated (typeorm-pglite shares one session between transactions).
export function pgliteHandle(
  pglite: PGlite,
  onClose: () => void = () => undefined,
): DatabaseHandle {
  return {
    kind: 'pglite',
    options: {
      ...common,
      poolSize: 1,
      // With one connection, a query outside the running transaction would wait forever; a
      // timeout turns that programming error into an exception.
      extra: { ...createPgConfig(pglite), connectionTimeoutMillis: 10_000 },
    },
    close: async () => {
      await pglite.close();
      onClose();
    },
  };
}

export async function openPgliteDir(dataDir: string): Promise<DatabaseHandle> {
  const release = lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir: `${dataDir}/pgdata` });
    return pgliteHandle(pglite, release);
  } catch (error) {
    release();
    throw error;
  }
}

export async function openDatabase(
  config: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string },
): Promise<DatabaseHandle> {
  return config.kind === 'postgres' ? postgresHandle(config.url) : openPgliteDir(config.dataDir);
}
