import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError, badInput } from '../../core/errors/app-error.js';

export interface ReceivedUpload {
  path: string;
  size: number;
  sha256: string;
  // What the uploader called it and said it was: checked against the content, never trusted.
  fileName: string;
  declaredType: string;
}

const fieldName = 'file';
// Room for the multipart boundary and part headers around the file itself.
const envelopeBytes = 64 * 1024;

export const tooLarge = (maxBytes: number): AppError =>
  new AppError(
    'FILE_TOO_LARGE',
    `Files may be at most ${(maxBytes / 1024 / 1024).toFixed(1)} MiB`,
    fieldName,
  );

// Streams the one file of a multipart/form-data request (field "file") to `path`, hashing it on
// the way. Past `maxBytes` it stops at once; on any failure nothing is left at `path`, and the rest
// of the body is read and dropped so the client gets the answer.
export function receiveUpload(
  req: Request,
  maxBytes: number,
  path: string,
): Promise<ReceivedUpload> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(
      badInput(fieldName, 'Send the file as multipart/form-data, in a field named "file"'),
    );
  }
  if (Number(req.headers['content-length'] ?? 0) > maxBytes + envelopeBytes) {
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    let sink: WriteStream | null = null;
    let written: Promise<ReceivedUpload> | null = null;
    const parser = busboy({
      headers: req.headers,
      // Browsers send file names as UTF-8.
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 21, fieldSize: 4096 },
    });
    const fail = (error: AppError): void => {
      if (settled) {
        return;
      }
      settled = true;
      req.unpipe(parser);
      req.resume();
      // The file may still be opening or being written: remove it only once it is closed.
      // (Destroying the sink tears the pipeline down; destroying busboy's file stream from its
      // own 'limit' event would leave the pipeline pending for ever.)
      const closed = sink && !sink.closed ? once(sink, 'close') : Promise.resolve();
      sink?.destroy();
      void closed
        .catch(() => undefined)
        .then(() => rm(path, { force: true }))
        .finally(() => reject(error));
    };
    parser.on('file', (name, stream, info) => {
      if (name !== fieldName || written) {
        stream.resume();
        return;
      }
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      sink = createWriteStream(path, { flags: 'wx' });
      const writing = pipeline(stream, meter, sink).then((): ReceivedUpload => ({
        path,
        size,
        sha256: hash.digest('hex'),
        fileName: info.filename ?? '',
        declaredType: info.mimeType,
      }));
      writing.catch(() => undefined);
      written = writing;
    });
    parser.on('filesLimit', () => fail(badInput(fieldName, 'Send one file per request')));
    parser.on('partsLimit', () => fail(badInput(fieldName, 'The form has too many fields')));
    parser.on('fieldsLimit', () => fail(badInput(fieldName, 'The form has too many fields')));
    parser.on('error', () =>
      fail(badInput(fieldName, 'The upload is not valid multipart/form-data')),
    );
    parser.on('close', () => {
      if (!written) {
        fail(badInput(fieldName, 'Send the file in a form field named "file"'));
        return;
      }
      written.then(
        (upload) => {
          if (!settled) {
            settled = true;
            resolve(upload);
          }
        },
        () => fail(badInput(fieldName, 'The upload could not be read')),
      );
    });
    req.on('close', () => {
      if (!req.complete) {
        fail(badInput(fieldName, 'The upload was interrupted'));
      }
    });
    req.pipe(parser);
  });
}
