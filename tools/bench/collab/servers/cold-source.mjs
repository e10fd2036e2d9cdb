// Where the peers' persistence hooks fetch the stored updates for the cold-load test: rows of a
// PostgreSQL table when a server is configured (COLD_KIND picks the 100,000-row log or the
// one-row snapshot), else the corpus file. Each load reports how long fetching and applying took,
// so the client-side figure can be split.
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { readCorpus } from '../corpus.mjs';

export async function openColdSource(spec, kind = 'log') {
  if (!spec) {
    return null;
  }
  if (spec.startsWith('pg:')) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: spec.slice(3), max: 2 });
    return async () =>
      (
        await pool.query('SELECT data FROM bench_collab_update WHERE kind = $1 ORDER BY seq', [
          kind,
        ])
      ).rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
  }
  const path = spec.replace(/^file:/, '');
  return async () => readCorpus(readFileSync(path));
}

// Applies stored updates the way y-leveldb's getYDoc does: all in one transaction, so observers
// and the update broadcast run once, not 100,000 times.
export async function loadInto(ydoc, fetchUpdates) {
  const t0 = performance.now();
  const updates = await fetchUpdates();
  const t1 = performance.now();
  Y.transact(ydoc, () => {
    for (const u of updates) {
      Y.applyUpdate(ydoc, u);
    }
  });
  const t2 = performance.now();
  process.send?.({ event: 'load', fetchMs: t1 - t0, applyMs: t2 - t1, updates: updates.length });
}
