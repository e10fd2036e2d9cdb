// The cold-load corpus: a deterministic stream of small text edits from 20 client ids (after one
// schema-stamp update), one update per edit, like a long editing session stored update by update. Generated once per
// (count, clients) and cached in the temp directory.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

// Small, seedable PRNG (mulberry32): the same corpus on every machine.
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus({ count, clients = 20, textName, seed = 2026 }) {
  const rand = prng(seed);
  const doc = new Y.Doc();
  const text = doc.getText(textName);
  const updates = [];
  doc.on('update', (u) => updates.push(u));
  // First the schema stamp our server expects (meta.schemaVersion), so loading the corpus is a pure
  // read there: without it the server would migrate, write, and compact the log it is timed on.
  doc.clientID = 999;
  doc.getMap('meta').set('schemaVersion', 1);
  // Each author types in bursts at their own cursor, which moves with the text others insert or
  // delete before it: keystrokes, backspaces, now and then a jump to another place, like 20
  // people drafting different paragraphs of one answer.
  const cursors = new Array(clients).fill(-1);
  const shift = (from, by) => {
    for (let k = 0; k < clients; k += 1) {
      if (cursors[k] > from) {
        cursors[k] += by;
      }
    }
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz     ';
  let c = 0;
  let burst = 0;
  for (let i = 1; i < count; i += 1) {
    if (burst === 0) {
      c = Math.floor(rand() * clients);
      burst = 5 + Math.floor(rand() * 40);
      // Switching clientID on one doc stands in for 20 replicas without syncing 20 docs.
      doc.clientID = 1_000_000 + c;
    }
    burst -= 1;
    if (cursors[c] < 0 || rand() < 0.01) {
      cursors[c] = Math.floor(rand() * (text.length + 1));
    }
    const pos = cursors[c];
    if (rand() < 0.85 || pos === 0) {
      text.insert(pos, letters[Math.floor(rand() * letters.length)]);
      shift(pos - 1, 1);
    } else {
      text.delete(pos - 1, 1);
      shift(pos - 1, -1);
    }
  }
  return { updates, stateVector: Y.decodeStateVector(Y.encodeStateVector(doc)), doc };
}

export function writeCorpus(updates) {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, updates.length);
  for (const u of updates) {
    encoding.writeVarUint8Array(e, u);
  }
  return encoding.toUint8Array(e);
}

export function readCorpus(bytes) {
  const d = decoding.createDecoder(bytes);
  const n = decoding.readVarUint(d);
  const updates = new Array(n);
  for (let i = 0; i < n; i += 1) {
    updates[i] = decoding.readVarUint8Array(d);
  }
  return updates;
}

// Returns the cached corpus (file, updates, final state vector) and the same document compacted
// into one update (snapshotFile, snapshot): what a server that compacts its log stores instead.
export function corpus(opts) {
  const c = logCorpus(opts);
  const snapshot = Y.encodeStateAsUpdate(c.doc);
  const snapshotFile = c.file.replace(/\.bin$/, '-snapshot.bin');
  if (!existsSync(snapshotFile)) {
    writeFileSync(snapshotFile, writeCorpus([snapshot]));
  }
  return { ...c, snapshot, snapshotFile };
}

function logCorpus(opts) {
  const tag = `${opts.count}-${opts.clients ?? 20}-${opts.textName.replace(/[^a-z0-9.-]/gi, '_')}`;
  const file = join(tmpdir(), `idgov-collab-corpus-${tag}-v3.bin`);
  if (existsSync(file)) {
    const updates = readCorpus(readFileSync(file));
    const doc = new Y.Doc();
    Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)));
    return { file, updates, stateVector: Y.decodeStateVector(Y.encodeStateVector(doc)), doc };
  }
  const generated = generateCorpus(opts);
  writeFileSync(file, writeCorpus(generated.updates));
  return { file, ...generated };
}
