import { describe, expect, it } from 'vitest';
import { GroupCommitter } from './group-commit.js';
import type { NewUpdate } from './update-log.js';

const bytes = (n: number) => new Uint8Array([n]);

describe('group commit', () => {
  it('stores what arrives together in one batch, the next while one commits, in order', async () => {
    const batches: number[][] = [];
    const applied: number[] = [];
    let release: () => void = () => undefined;
    let first = true;
    const committer = new GroupCommitter<number>(
      async (updates: readonly NewUpdate[]) => {
        batches.push(updates.map((u) => u.data[0] ?? -1));
        if (first) {
          first = false;
          await new Promise<void>((resolve) => {
            release = resolve;
          });
        }
      },
      (writes) => applied.push(...writes.map((w) => w.tag)),
      100,
    );
    const order: number[] = [];
    const write = (n: number) =>
      committer.write({ documentName: 'd', data: bytes(n), tag: n }).then(() => order.push(n));
    const firstBatch = [write(1), write(2)];
    await new Promise((resolve) => setImmediate(resolve));
    const secondBatch = [write(3), write(4), write(5)];
    release();
    await Promise.all([...firstBatch, ...secondBatch]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(applied).toEqual([1, 2, 3, 4, 5]);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('fails every write of a batch that did not commit, and carries on', async () => {
    let fail = true;
    const applied: number[] = [];
    const committer = new GroupCommitter<number>(
      () => (fail ? Promise.reject(new Error('database gone')) : Promise.resolve()),
      (writes) => applied.push(...writes.map((w) => w.tag)),
      100,
    );
    const failed = committer.write({ documentName: 'd', data: bytes(1), tag: 1 });
    await expect(failed).rejects.toThrow('database gone');
    fail = false;
    await committer.write({ documentName: 'd', data: bytes(2), tag: 2 });
    await committer.drain();
    expect(applied).toEqual([2]);
  });

  it('keeps batches within the row cap', async () => {
    const sizes: number[] = [];
    const committer = new GroupCommitter<number>(
      (updates) => {
        sizes.push(updates.length);
        return Promise.resolve();
      },
      () => undefined,
      3,
    );
    await Promise.all(
      Array.from({ length: 7 }, (_, n) =>
        committer.write({ documentName: 'd', data: bytes(n), tag: n }),
      ),
    );
    expect(sizes).toEqual([3, 3, 1]);
  });
});
