// Reads the database as the API does (DATABASE_URL, else DATA_DIR), checks the whole audit chain
// and its consistency with the stored checkpoints and, if given, one kept outside the platform.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../../core/config/app-config.js';
import { openDatabase } from '../../core/database/database-handle.js';
import { loadAuditSigner } from './audit-signer.js';
import { verifyAuditLog, type SignedCheckpoint } from './audit-verifier.js';

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

export interface CliOutput {
  write(line: string): void;
}

// The body of `npm run audit:verify`: 0 when the chain (and the given checkpoint) holds, 1 with
// the first bad sequence number when not. Reads the database as the API does.
export async function runAuditVerify(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  out: CliOutput,
): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { checkpoint: { type: 'string' }, 'public-key': { type: 'string' } },
  });
  const config = loadAppConfig(env);
  const external = values.checkpoint ? readCheckpoint(values.checkpoint) : undefined;
  const publicKeyPem = values['public-key']
    ? readFileSync(values['public-key'], 'utf8')
    : loadAuditSigner({ keyPem: config.auditSigningKey, dataDir: config.dataDir }).publicKeyPem;
  const handle = await openDatabase(config.database);
  const dataSource = await new DataSource(handle.options).initialize();
  try {
    const result = await verifyAuditLog(dataSource, { publicKeyPem, external });
    if (result.ok) {
      out.write(`OK ${result.count} events\n`);
      return 0;
    }
    out.write(`FAIL at seq ${result.firstBadSeq}: ${result.reason}\n`);
    return 1;
  } finally {
    await dataSource.destroy();
    await handle.close();
  }
}
