import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { binaryFrame } from './collab-messages.js';

type Frame = (data: Buffer, options: Record<string, unknown>) => Buffer[];
// ws frames what it sends with Sender.frame; @types/ws does not declare it.
const { Sender } = createRequire(import.meta.url)('ws') as { Sender: { frame: Frame } };
const wsFrame = Sender.frame.bind(Sender);

describe('binaryFrame', () => {
  it.each([0, 1, 125, 126, 65_535, 65_536, 200_000])(
    'frames %i bytes exactly as ws does for a server',
    (length) => {
      const message = Uint8Array.from({ length }, (_, i) => (i * 31) % 256);
      const expected = Buffer.concat(
        wsFrame(Buffer.from(message), {
          fin: true,
          opcode: 0x02,
          mask: false,
          readOnly: true,
          rsv1: false,
        }),
      );
      expect(binaryFrame(message).equals(expected)).toBe(true);
    },
  );
});
