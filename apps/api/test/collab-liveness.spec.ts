import { decodeCollabServerMessage, documentName, encodeAckRequest } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTeam, type Team } from './factories/team.factory.js';
import { RawClient, savedIn, syncUpdate, textUpdate } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

const keepAlive = Buffer.from([1, 1, 0]).toString('hex');

describe.each(testEngines())(
  'keeping connections alive, and dropping slow ones, on %s',
  (engine) => {
    let t: CollabTestApp;
    let team: Team;
    let name: string;
    beforeAll(async () => {
      t = await startCollabTestApp(engine, {
        keepAliveMs: 300,
        maxBufferedBytes: 256 * 1024,
        bytesPerSecond: 1e9,
        byteBurst: 1e9,
      });
      team = await createTeam(t);
      name = documentName(team.assessment.id, team.assignedElement);
    });
    afterAll(() => t.close());

    const open = async (session: string) =>
      RawClient.open(`${t.collabUrl}/${name}?token=${await t.ticket(name, session)}`);

    // The stock client gives up on a connection after 30 s without a message; a viewer's own
    // heartbeats are not rebroadcast, so the server sends an empty awareness update when quiet.
    it('sends an idle viewer an empty awareness update', async () => {
      const viewer = await open(team.observer.token);
      const message = await viewer.next(
        (m) => Buffer.from(m).toString('hex') === keepAlive,
        'a keep-alive',
      );
      expect(message).toEqual(new Uint8Array([1, 1, 0]));
      viewer.close();
    });

    it('drops a client that stops reading instead of buffering for it', async () => {
      const stalled = await open(team.observer.token);
      stalled.stall();
      const writer = await open(team.ministry.token);
      writer.send(encodeAckRequest());
      const own = new Y.Doc();
      // The writer learns from the presence counts when the server has let the reader go (the
      // reader itself notices only once it reads again).
      const readerGone = () =>
        writer.messages.some((m) => {
          const decoded = decodeCollabServerMessage(m);
          return decoded?.type === 'presence' && decoded.presence.viewers === 0;
        });
      // Updates of 1 MiB, relayed to the stalled reader until its backlog passes the cap (after the
      // kernel's socket buffers on both ends, several MiB on the loopback, have filled).
      for (let i = 1; i <= 40 && !readerGone(); i += 1) {
        writer.send(syncUpdate(textUpdate('rationale:detail-1.q1', 'x'.repeat(1024 * 1024), own)));
        await writer.next((m) => savedIn(m) === i, `update ${i} saved`);
      }
      await writer.next(
        (m) => decodeCollabServerMessage(m)?.type === 'presence' && readerGone(),
        'the reader dropped',
      );
      stalled.resume();
      // Terminated without a close frame: the client sees an abnormal closure and resyncs later.
      expect((await stalled.closed).code).toBe(1006);
      expect(writer.open).toBe(true);
      writer.close();
    });
  },
);
