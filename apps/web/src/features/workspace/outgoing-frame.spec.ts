import { encodeAckRequest } from '@idgov/assessment-doc';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { classifyFrame } from './outgoing-frame';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const syncFrame = (write: (encoder: encoding.Encoder) => void) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    write(e);
  });

describe('classifyFrame', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'hello');

  it('tells the update messages the server acknowledges', () => {
    const update = Y.encodeStateAsUpdate(doc);
    expect(classifyFrame(syncFrame((e) => syncProtocol.writeUpdate(e, update)))).toBe('update');
    expect(classifyFrame(syncFrame((e) => syncProtocol.writeSyncStep2(e, doc)))).toBe('step2');
    // Even with nothing in it, a sync step 2 is one of the messages the server counts.
    const upToDate = Y.encodeStateVector(doc);
    expect(classifyFrame(syncFrame((e) => syncProtocol.writeSyncStep2(e, doc, upToDate)))).toBe(
      'step2',
    );
  });

  it('ignores sync step 1, awareness, our own messages and garbage', () => {
    expect(classifyFrame(syncFrame((e) => syncProtocol.writeSyncStep1(e, doc)))).toBe('other');
    expect(classifyFrame(frame((e) => encoding.writeVarUint(e, 1)))).toBe('other');
    expect(classifyFrame(encodeAckRequest())).toBe('other');
    expect(classifyFrame(new Uint8Array([0]))).toBe('other');
    expect(classifyFrame(new Uint8Array([]))).toBe('other');
  });
});
