import type { Readable } from 'node:stream';

export const FILE_STORAGE = Symbol('FILE_STORAGE');

// Where evidence files are kept, under the sha-256 of their content. An upload is first written to
// a local staging file (it must be sniffed and read before anything is kept) and stored under its
// key only once every check has passed, so a refused or aborted upload leaves nothing behind.
//
// LocalFileStorage keeps files on disk. An S3-compatible implementation would keep staging local
// and, in `store`, upload the staged file as object `evidence/<key>` (PutObject, If-None-Match: *
// to learn whether it was new) and delete the staged copy; `read` streams GetObject, `remove`
// calls DeleteObject. It would be chosen in EvidenceModule from configuration (S3_* variables).
export interface FileStorage {
  // A fresh local path for an upload to be written to; nothing is there yet.
  stagingPath(): Promise<string>;
  // Keeps the staged file under the key, consuming it. `created` is false when the same content
  // was already stored (the staged copy is then simply dropped).
  store(stagedPath: string, key: string): Promise<{ created: boolean }>;
  // Rejects when there is no such file.
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
  // Clears staged uploads abandoned by a process that died mid-upload.
  sweepStaging(): Promise<void>;
}
