// npm run audit:verify [-- --checkpoint FILE]
// Reads the database as the API does (DATABASE_URL, else DATA_DIR), checks the whole audit chain
// and its consistency with the stored checkpoints and, if given, one kept outside the platform.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { loadAppConfig } from './core/config/app-config.js';
import { openDatabase } from './core/database/database-handle.js';
import { loadAuditSigner } from './modules/audit/audit-signer.js';
import { verifyAuditLog, type SignedCheckpoint } from './modules/audit/audit-verifier.js';

function readCheckpoint(path: string): SignedCheckpoint {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<SignedCheckpoint>;
  if (
    typeof raw.seq !== 'number' ||
    typeof raw.head !== 'string' ||
    typeof raw.time !== 'string' ||
    typeof raw.signature !== 'string'
  ) {
    throw new Error(`${path} is not a checkpoint: expected JSON {seq, head, time, signature}`);
  }
  return { seq: raw.seq, head: raw.head, time: raw.time, signature: raw.signature };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { checkpoint: { type: 'string' }, 'public-key': { type: 'string' } },
  });
  const config = loadAppConfig();
  const external = values.checkpoint ? readCheckpoint(values.checkpoint) : undefined;
  const publicKeyPem = values['public-key']
    ? readFileSync(values['public-key'], 'utf8')
    : loadAuditSigner({ keyPem: config.auditSigningKey, dataDir: config.dataDir }).publicKeyPem;
  const handle = await openDatabase(config.database);
  const dataSource = await new DataSource(handle.options).initialize();
  try {
    const result = await verifyAuditLog(dataSource, { publicKeyPem, external });
    if (result.ok) {
      process.stdout.write(`OK ${result.count} events\n`);
      return 0;
    }
    process.stdout.write(`FAIL at seq ${result.firstBadSeq}: ${result.reason}\n`);
    return 1;
  } finally {
    await dataSource.destroy();
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `audit:verify: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(2);
  },
);
