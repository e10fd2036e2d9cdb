import { setImmediate as nextTurn } from 'node:timers/promises';
import { migrateDoc } from '@idgov/assessment-doc';
import * as Y from 'yjs';
import type { CollabRoom } from './collab-room.js';
import { buildDoc, type UpdateLog } from './update-log.js';

// Loads a room's document: snapshot and log in one read, applied in one transaction, then brought
// to the current schema version. The version stamp (or a migration) is a change of the server's
// own and is stored before the room opens, so no one ever sees a state that is not stored. Any
// failure leaves the room unopened: the caller closes its connections and forgets it, and nothing
// is ever written from an empty stand-in.
const maxPrimedRows = 64;

export async function loadRoom(
  room: CollabRoom,
  log: UpdateLog,
  store: (update: Uint8Array) => Promise<void>,
): Promise<void> {
  const stored = await log.load(room.name);
  // A snapshot and a short tail are sent ahead as they are; a long log (a crash before any
  // compaction) would cost the clients more to apply one by one than waiting for the build.
  const primed = stored.updates.length > 0 && stored.updates.length <= maxPrimedRows;
  if (primed) {
    room.prime(stored.updates);
    await nextTurn(); // lets the sockets take the bytes before the build holds the event loop
  }
  const doc = buildDoc(stored.updates);
  const primedVector = primed ? Y.encodeStateVector(doc) : null;
  const made: Uint8Array[] = [];
  try {
    const capture = (update: Uint8Array): void => {
      made.push(update);
    };
    doc.on('update', capture);
    migrateDoc(doc);
    doc.off('update', capture);
    for (const update of made) {
      await store(update);
    }
  } catch (error) {
    doc.destroy();
    throw error;
  }
  room.open(doc, { rows: stored.logRows + made.length, bytes: stored.logBytes }, primedVector);
}
