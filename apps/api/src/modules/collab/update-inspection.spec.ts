import { migrateDoc, rootNames } from '@idgov/assessment-doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectUpdate } from './update-inspection.js';

// The server's document (stamped, with some content) and a client replica of it.
function setup() {
  const server = new Y.Doc();
  migrateDoc(server);
  server.getText('rationale:q1').insert(0, 'Server text.');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

function change(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const keep = (u: Uint8Array) => updates.push(u);
  doc.on('update', keep);
  doc.transact(() => edit(doc));
  doc.off('update', keep);
  return Y.mergeUpdates(updates);
}

const inspect = (server: Y.Doc, update: Uint8Array) =>
  inspectUpdate(server, Y.decodeUpdate(update));

describe('inspecting a client update', () => {
  it.each<[string, (doc: Y.Doc) => void]>([
    ['overwrites a meta key', (doc) => doc.getMap(rootNames.meta).set('schemaVersion', 7)],
    ['adds a meta key', (doc) => doc.getMap(rootNames.meta).set('other', 'x')],
    ['deletes a meta key', (doc) => doc.getMap(rootNames.meta).delete('schemaVersion')],
    [
      'nests a type in meta',
      (doc) => {
        const nested = new Y.Array<string>();
        doc.getMap(rootNames.meta).set('list', nested);
        nested.push(['a', 'b']);
      },
    ],
    [
      'edits text and meta together',
      (doc) => {
        doc.getText('rationale:q1').insert(0, 'Hello ');
        doc.getMap(rootNames.meta).set('schemaVersion', 2);
      },
    ],
  ])('finds that it %s', (_, edit) => {
    const { server, client } = setup();
    expect(inspect(server, change(client, edit)).writesMeta).toBe(true);
  });

  it('lets everything else through, also edits that build on the server state', () => {
    const { server, client } = setup();
    const update = change(client, (doc) => {
      doc.getText('rationale:q1').insert(6, ' more');
      doc.getText('rationale:q1').delete(0, 2);
      doc.getMap('rating').set('q1', 'PARTIAL');
      doc.getArray('findings:s1').push([new Y.Map([['kind', 'RISK']])]);
    });
    expect(inspect(server, update)).toEqual({ writesMeta: false, redundant: false });
  });

  it('recognises an update that adds nothing: a replay, or the delete set of a reconnect', () => {
    const { server, client } = setup();
    const update = change(client, (doc) => {
      doc.getText('rationale:q1').insert(0, 'New. ');
      doc.getText('rationale:q1').delete(6, 3);
    });
    expect(inspect(server, update).redundant).toBe(false);
    Y.applyUpdate(server, update);
    expect(inspect(server, update).redundant).toBe(true);
    // A reconnecting client's sync step 2 against the server's state vector.
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(inspect(server, step2)).toEqual({ writesMeta: false, redundant: true });
  });
});
