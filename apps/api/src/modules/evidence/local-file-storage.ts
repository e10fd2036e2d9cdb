import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileStorage } from './file-storage.js';

const keyPattern = /^[0-9a-f]{64}$/;
// Staged uploads older than this were abandoned by a process that died mid-upload.
const abandonedAfterMs = 60 * 60 * 1000;

// Files on local disk: <root>/<sha256>, staged in <root>/.staging on the same file system so that
// keeping one is an atomic rename.
export class LocalFileStorage implements FileStorage {
  private readonly staging: string;

  constructor(private readonly root: string) {
    this.staging = join(root, '.staging');
  }

  async stagingPath(): Promise<string> {
    await mkdir(this.staging, { recursive: true });
    return join(this.staging, `${randomUUID()}.part`);
  }

  async store(stagedPath: string, key: string): Promise<{ created: boolean }> {
    const target = this.pathOf(key);
    if (await exists(target)) {
      await rm(stagedPath, { force: true });
      return { created: false };
    }
    // On disk before it is named: a crash leaves either no file or the whole file.
    const handle = await open(stagedPath, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(stagedPath, target);
    return { created: true };
  }

  async read(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  // Clears what crashed uploads left in staging; recent files may belong to uploads in progress
  // (on this or another instance sharing the directory).
  async sweepStaging(now = Date.now()): Promise<void> {
    const names = await readdir(this.staging).catch(() => []);
    for (const name of names) {
      const path = join(this.staging, name);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > abandonedAfterMs) {
        await rm(path, { force: true });
      }
    }
  }

  private pathOf(key: string): string {
    if (!keyPattern.test(key)) {
      throw new Error(`not a file key: ${key}`);
    }
    return join(this.root, key);
  }
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );
