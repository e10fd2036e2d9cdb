import type { AppErrorCode, AppErrorInfo } from '../../shared/errors/app-errors';
import { knownErrorCodes } from '../../shared/errors/app-errors';

export const evidenceFilesPath = (assessmentId: string, evidenceId: string): string =>
  `/api/assessments/${encodeURIComponent(assessmentId)}/evidence/${encodeURIComponent(evidenceId)}/files`;

// Types the API keeps (it decides by content; this only narrows the file chooser).
export const acceptedFileTypes =
  '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp';

const isKnownCode = (value: unknown): value is AppErrorCode =>
  typeof value === 'string' && (knownErrorCodes as readonly string[]).includes(value);

// The API answers a refused upload with JSON { code, field, message } and the code's status;
// a proxy in the way may answer with a bare status.
export function uploadErrorOf(status: number, body: string): AppErrorInfo {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = null;
  }
  const record =
    typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const message = typeof record['message'] === 'string' ? record['message'] : '';
  const field = typeof record['field'] === 'string' ? record['field'] : null;
  if (isKnownCode(record['code'])) {
    return { code: record['code'], field, message };
  }
  if (status === 0) {
    return { code: 'NETWORK', field: null, message };
  }
  if (status === 413) {
    return { code: 'FILE_TOO_LARGE', field: 'file', message };
  }
  if (status === 401) {
    return { code: 'UNAUTHENTICATED', field: null, message };
  }
  return { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', field: null, message };
}

// A refused or failed upload, with the coded error the interface translates.
export class UploadError extends Error {
  constructor(readonly info: AppErrorInfo) {
    super(info.message || info.code);
    this.name = 'UploadError';
  }
}

export interface UploadHandle {
  done: Promise<void>;
  cancel: () => void;
}

// Sends one file as multipart (field "file") with the session cookie; XMLHttpRequest because
// fetch reports no upload progress. `onProgress` gets a fraction from 0 to 1.
export function uploadEvidenceFile(
  path: string,
  file: File,
  onProgress: (fraction: number) => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<void>((resolve, reject) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve();
      } else {
        reject(new UploadError(uploadErrorOf(xhr.status, xhr.responseText)));
      }
    };
    xhr.onerror = () => reject(new UploadError(uploadErrorOf(xhr.status, xhr.responseText)));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
  });
  const form = new FormData();
  form.append('file', file, file.name);
  xhr.open('POST', path);
  xhr.withCredentials = true;
  xhr.send(form);
  return { done, cancel: () => xhr.abort() };
}
