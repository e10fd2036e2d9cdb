import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UpdateValidator } from './update-validator.js';

const validUpdate = () => {
  const doc = new Y.Doc();
  doc.getText('rationale:q1').insert(0, 'valid');
  return Y.encodeStateAsUpdate(doc);
};

// A worker that hangs on an update starting with 0xee and allocates without end on 0xdd, like
// hostile input can make Yjs do (yjs issues 479 and 687).
const misbehaving = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (batch) => {
  for (const update of batch.updates) {
    if (update[0] === 0xee) { for (;;) {} }
    if (update[0] === 0xdd) { const hoard = []; for (;;) { hoard.push(new Array(1e6).fill(1)); } }
  }
  parentPort.postMessage({ id: batch.id, oks: batch.updates.map(() => true) });
});
`;

describe('update validation in worker threads', () => {
  let validator: UpdateValidator | null = null;
  afterEach(async () => {
    await validator?.close();
  });

  it('accepts real updates and refuses garbage', async () => {
    validator = new UpdateValidator(2, 2_000);
    expect(await validator.validate(validUpdate())).toBe('valid');
    expect(await validator.validate(new Uint8Array(Buffer.from('garbagedoc', 'base64')))).toBe(
      'invalid',
    );
    expect(await validator.validate(new Uint8Array([0, 2, 255, 255, 255, 255, 255]))).toBe(
      'invalid',
    );
    const truncated = validUpdate();
    expect(await validator.validate(truncated.slice(0, truncated.length - 3))).toBe('invalid');
  });

  it('cuts off a worker that loops or hoards memory, and carries on with a new one', async () => {
    validator = new UpdateValidator(1, 300, misbehaving);
    const results = await Promise.all([
      validator.validate(new Uint8Array([0xee])),
      validator.validate(new Uint8Array([1])),
      validator.validate(new Uint8Array([0xdd])),
      validator.validate(new Uint8Array([2])),
    ]);
    expect(results[0]).toBe('timeout');
    expect(results[1]).toBe('valid');
    expect(['invalid', 'timeout']).toContain(results[2]);
    expect(results[3]).toBe('valid');
  });
});
