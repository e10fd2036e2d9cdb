import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import * as Y from 'yjs';

export interface StoredDocument {
  // The snapshot (if any) first, then every log row in id order.
  updates: Uint8Array[];
  logRows: number;
  logBytes: number;
}

export interface NewUpdate {
  documentName: string;
  data: Uint8Array;
}

interface Row {
  part: number;
  id: string;
  data: Uint8Array;
}

interface PackedRow {
  snapshot: Uint8Array | null;
  log: Uint8Array | null;
}

// Two-key advisory locks live apart from the audit chain's one-key lock.
const compactionLockSpace = 7_342_002;

// One statement, so it reads snapshot and log as of one instant: a compaction committing in
// between can neither hide rows nor show them twice. Every log row is read, not only those above
// upto_id: ids are taken at insert and committed out of order, so a row below it may be unmerged.
const loadSql = `
  SELECT 0 AS part, upto_id AS id, data FROM collab_snapshot WHERE document_name = $1
  UNION ALL
  SELECT 1 AS part, id, data FROM collab_update WHERE document_name = $1
  ORDER BY part, id`;

// The same read for loading, with the log packed into one value of length-prefixed updates:
// measured here on PostgreSQL, 100,000 rows came back in 430 ms one row each and in 180 ms packed.
// Subqueries of one statement share its snapshot, so the consistency argument above holds.
const packedLoadSql = `
  SELECT
    (SELECT data FROM collab_snapshot WHERE document_name = $1) AS snapshot,
    (SELECT string_agg(int4send(length(data)) || data, ''::bytea ORDER BY id)
       FROM collab_update WHERE document_name = $1) AS log`;

// Builds a document from stored updates in one Yjs transaction. Not Y.mergeUpdates: measured here
// on yjs 13.6.33, merging 500 typing updates from 5 clients took 160 ms against 22 ms for applying
// them in one transaction, and 5,000 took 168 s against 0.34 s (yjs issue 710).
export function buildDoc(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) {
      Y.applyUpdate(doc, update);
    }
  });
  return doc;
}

// The update log and snapshots in PostgreSQL (or PGlite), in raw SQL: this is the hot path.
@Injectable()
export class UpdateLog {
  constructor(private readonly dataSource: DataSource) {}

  async load(documentName: string): Promise<StoredDocument> {
    const [row] = await this.dataSource.query<PackedRow[]>(packedLoadSql, [documentName]);
    const log = row?.log ? unpack(toBytes(row.log)) : [];
    const snapshot = row?.snapshot ? [toBytes(row.snapshot)] : [];
    return {
      updates: [...snapshot, ...log],
      logRows: log.length,
      logBytes: log.reduce((sum, update) => sum + update.length, 0),
    };
  }

  // One multi-row INSERT: one statement, one commit, however many updates it carries.
  async append(updates: readonly NewUpdate[]): Promise<void> {
    if (updates.length === 0) {
      return;
    }
    const values = updates.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
    const params = updates.flatMap((u) => [u.documentName, toBuffer(u.data)]);
    await this.dataSource.query(
      `INSERT INTO collab_update (document_name, data) VALUES ${values}`,
      params,
    );
  }

  // Folds the log into the snapshot, unless another instance is compacting this document right now
  // (then null). Deletes exactly the rows it merged, in the same transaction as the new snapshot.
  compact(documentName: string): Promise<{ rows: number; bytes: number } | null> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await tryLock(manager, documentName))) {
        return null;
      }
      const rows = await manager.query<Row[]>(loadSql, [documentName]);
      const log = rows.filter((row) => Number(row.part) === 1);
      if (log.length === 0) {
        return { rows: 0, bytes: 0 };
      }
      const doc = buildDoc(rows.map((row) => toBytes(row.data)));
      const snapshot = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      const ids = log.map((row) => String(row.id));
      await manager.query(
        `INSERT INTO collab_snapshot (document_name, data, upto_id, updated_at)
         VALUES ($1, $2, $3, now())
         ON CONFLICT (document_name) DO UPDATE
           SET data = excluded.data, upto_id = excluded.upto_id, updated_at = now()`,
        [documentName, toBuffer(snapshot), ids.reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b))],
      );
      await manager.query('DELETE FROM collab_update WHERE id = ANY($1::bigint[])', [ids]);
      return { rows: log.length, bytes: log.reduce((sum, row) => sum + row.data.length, 0) };
    });
  }
}

async function tryLock(manager: EntityManager, documentName: string): Promise<boolean> {
  const rows = await manager.query<{ locked: boolean }[]>(
    'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
    [compactionLockSpace, documentName],
  );
  return rows[0]?.locked === true;
}

// Splits int4send(length) || data, repeated, back into updates (views, not copies).
function unpack(packed: Uint8Array): Uint8Array[] {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const updates: Uint8Array[] = [];
  for (let at = 0; at + 4 <= packed.length;) {
    const length = view.getInt32(at);
    updates.push(packed.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return updates;
}

function toBytes(data: Uint8Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function toBuffer(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
