import type { DataSource } from 'typeorm';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { verifyAuditLog, type VerifyResult } from '../../src/modules/audit/audit-verifier.js';
import type { TestApp } from './test-app.js';

// Runs plain SQL against the audit tables as someone with database access would: with the
// append-only triggers switched off for the duration.
export async function tamper(ds: DataSource, sql: string, params: unknown[] = []): Promise<void> {
  await ds.transaction(async (m) => {
    await m.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await m.query('ALTER TABLE audit_checkpoint DISABLE TRIGGER USER');
    await m.query(sql, params);
    await m.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    await m.query('ALTER TABLE audit_checkpoint ENABLE TRIGGER USER');
  });
}

export function verify(
  t: TestApp,
  ds: DataSource,
  external?: Parameters<typeof verifyAuditLog>[1]['external'],
): Promise<VerifyResult> {
  return verifyAuditLog(ds, { publicKeyPem: t.app.get(AuditService).publicKeyPem(), external });
}
