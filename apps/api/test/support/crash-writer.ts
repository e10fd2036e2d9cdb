import { decodeCollabServerMessage, encodeAckRequest } from '@idgov/assessment-doc';
import * as Y from 'yjs';
import { RawClient, syncUpdate } from './collab-clients.js';

// One client of the crash test: appends numbered markers to a text of its own, one update message
// each, as fast as the server acknowledges, and remembers which ones the server said were saved.
// "saved" n covers this connection's first n update messages, so those markers are acknowledged.
export class CrashWriter {
  readonly acknowledged: string[] = [];
  private readonly sent: string[] = [];
  private stopped = false;

  private constructor(
    private readonly client: RawClient,
    private readonly root: string,
    private readonly label: string,
  ) {}

  static async start(url: string, root: string, label: string): Promise<CrashWriter> {
    const client = await RawClient.open(url);
    const writer = new CrashWriter(client, root, label);
    client.send(encodeAckRequest());
    writer.run();
    return writer;
  }

  get closed(): Promise<unknown> {
    return this.client.closed;
  }

  // Keeps at most a few updates in flight, as a typing client would.
  private run(): void {
    const doc = new Y.Doc();
    const text = doc.getText(this.root);
    let seen = 0;
    const pump = () => {
      for (; seen < this.client.messages.length; seen += 1) {
        const decoded = decodeCollabServerMessage(this.client.messages[seen] ?? new Uint8Array());
        if (decoded?.type === 'saved') {
          this.acknowledged.splice(
            0,
            this.acknowledged.length,
            ...this.sent.slice(0, decoded.count),
          );
        }
      }
      while (!this.stopped && this.client.open && this.sent.length - this.acknowledged.length < 4) {
        const marker = `<${this.label}.${this.sent.length}>`;
        let update: Uint8Array | null = null;
        doc.once('update', (u: Uint8Array) => {
          update = u;
        });
        text.insert(text.length, marker);
        this.sent.push(marker);
        this.client.send(syncUpdate(update ?? new Uint8Array()));
      }
      if (this.client.open && !this.stopped) {
        setTimeout(pump, 2);
      }
    };
    pump();
  }

  stop(): void {
    this.stopped = true;
    this.client.close();
  }
}
