import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '@idgov/framework';

export interface CheckpointStatement {
  seq: number;
  head: string;
  time: string;
}

export interface AuditSigner {
  publicKeyPem: string;
  sign(statement: CheckpointStatement): string;
}

export const signingKeyFile = 'audit-signing-key.pem';

// The key comes from AUDIT_SIGNING_KEY (PEM) in production; otherwise one is generated once into
// DATA_DIR, readable by the platform's user only.
export function loadAuditSigner(options: { keyPem?: string; dataDir: string }): AuditSigner {
  const privateKey = options.keyPem
    ? createPrivateKey(options.keyPem.replace(/\\n/g, '\n'))
    : loadOrCreateKey(options.dataDir);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 private key');
  }
  const publicKeyPem = createPublicKey(privateKey)
    .export({ type: 'spki', format: 'pem' })
    .toString();
  return {
    publicKeyPem,
    sign: (statement) =>
      sign(null, Buffer.from(canonicalJson(statement)), privateKey).toString('base64'),
  };
}

function loadOrCreateKey(dataDir: string): KeyObject {
  const path = join(dataDir, signingKeyFile);
  if (existsSync(path)) {
    return createPrivateKey(readFileSync(path, 'utf8'));
  }
  mkdirSync(dataDir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
    flag: 'wx',
  });
  return privateKey;
}

export function verifyCheckpointSignature(
  statement: CheckpointStatement,
  signature: string,
  publicKeyPem: string,
): boolean {
  try {
    return verify(
      null,
      Buffer.from(canonicalJson(statement)),
      createPublicKey(publicKeyPem),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}
