import { collabMessageType } from '@idgov/assessment-doc';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { awarenessOf, syncStep2, syncUpdate } from './collab-clients.js';
import { Awareness } from 'y-protocols/awareness';

// A seeded generator, so that a failing corpus can be replayed.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusEntry {
  kind: string;
  message: Uint8Array;
}

// Real messages to mutate: updates of several shapes, a sync step 2 and an awareness update.
function seeds(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  doc.getText('rationale:detail-1.q1').insert(0, 'Seed text for the corpus. ');
  doc.getText('rationale:detail-1.q1').delete(2, 5);
  doc.getMap('rating').set('detail-1.q1', 'PARTIAL');
  doc.getArray('findings:sub-element-1').push([new Y.Map([['kind', 'RISK']])]);
  doc.getXmlFragment('answer:detail-1.q1').insert(0, [new Y.XmlElement('paragraph')]);
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name: 'fuzz', color: '#123456' }, cursor: null });
  return [
    ...updates.map(syncUpdate),
    syncStep2(Y.encodeStateAsUpdate(doc)),
    awarenessOf(awareness),
  ];
}

function varUints(values: number[], tail: Uint8Array = new Uint8Array()): Uint8Array {
  const encoder = encoding.createEncoder();
  values.forEach((v) => encoding.writeVarUint(encoder, v));
  encoding.writeUint8Array(encoder, tail);
  return encoding.toUint8Array(encoder);
}

// Random bytes, truncated and bit-flipped real messages, huge varUints, real framing around
// garbage (including yjs issue 479's "garbagedoc"), unknown types, bad state vectors.
export function malformedCorpus(size: number, seed = 479): CorpusEntry[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const base = seeds();
  const pick = () => base[int(base.length)] ?? new Uint8Array([0]);
  const garbage = new Uint8Array(Buffer.from('garbagedoc', 'base64'));
  const huge = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
  const makers: Array<[string, () => Uint8Array]> = [
    ['random bytes', () => bytes(1 + int(int(4) === 0 ? 4096 : 64))],
    ['truncated', () => pick().slice(0, 1 + int(Math.max(1, pick().length - 1)))],
    [
      'bit flips',
      () => {
        const copy = pick().slice();
        for (let i = 0, n = 1 + int(3); i < n; i += 1) {
          const at = int(copy.length);
          copy[at] = (copy[at] ?? 0) ^ (1 << int(8));
        }
        return copy;
      },
    ],
    [
      'huge varUint',
      () => Uint8Array.from([...[0, 2, 1].slice(0, int(4)), ...huge, ...bytes(int(8))]),
    ],
    ['huge length', () => varUints([0, 2, 2 ** 40 + int(1000)], bytes(int(32)))],
    ['update of random bytes', () => syncUpdate(bytes(int(200)))],
    ['sync step 2 of random bytes', () => syncStep2(bytes(int(200)))],
    ['garbagedoc', () => syncUpdate(garbage)],
    [
      'awareness of random bytes',
      () => varUints([collabMessageType.awareness], varUints([int(64)], bytes(int(64)))),
    ],
    ['bad state vector', () => varUints([0, 0], varUints([int(64)], bytes(int(64))))],
    ['unknown type', () => varUints([4 + int(200)], bytes(int(16)))],
  ];
  return Array.from({ length: size }, () => {
    const [kind, make] = makers[int(makers.length)] ?? makers[0]!;
    return { kind, message: make() };
  });
}
