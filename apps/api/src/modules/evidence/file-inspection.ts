import { extname } from 'node:path';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../../core/errors/app-error.js';
import type { ReceivedUpload } from './upload-receiver.js';
import { zipEntryNames } from './zip-entries.js';

interface AcceptedType {
  label: string;
  mediaType: string;
  extensions: readonly string[];
  // Declared types that mean the same (older browsers and operating systems).
  aliases?: readonly string[];
  // Office documents are zips: the part that makes them what they claim to be.
  requiredPart?: string;
}

// Accepted by content, whatever the name says (file-type's ext → what we keep).
const accepted: Readonly<Record<string, AcceptedType>> = {
  pdf: {
    label: 'PDF',
    mediaType: 'application/pdf',
    extensions: ['pdf'],
    aliases: ['application/x-pdf'],
  },
  docx: {
    label: 'DOCX',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    aliases: ['application/msword'],
    requiredPart: 'word/document.xml',
  },
  xlsx: {
    label: 'XLSX',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    aliases: ['application/vnd.ms-excel'],
    requiredPart: 'xl/workbook.xml',
  },
  png: { label: 'PNG', mediaType: 'image/png', extensions: ['png'] },
  jpg: {
    label: 'JPEG',
    mediaType: 'image/jpeg',
    extensions: ['jpg', 'jpeg', 'jpe'],
    aliases: ['image/jpg', 'image/pjpeg'],
  },
  webp: { label: 'WebP', mediaType: 'image/webp', extensions: ['webp'] },
};

// Declared types that say nothing (busboy reports text/plain for a part without a type).
const undeclared = new Set(['', 'application/octet-stream', 'text/plain']);

export interface InspectedFile {
  mediaType: string;
  // The uploader's name, made to end with the extension of the real type.
  fileName: string;
}

const refused = (what: string): AppError =>
  new AppError(
    'FILE_TYPE_REFUSED',
    `${what} are not accepted; upload a PDF, DOCX, XLSX, PNG, JPEG or WebP file`,
    'file',
  );

const invalid = (message: string): AppError => new AppError('FILE_INVALID', message, 'file');

// Decides what a staged upload really is from its bytes: refuses empty files, types not on the
// list, Office files with macros or without their main part, and uploads whose name or declared
// type says something else than the content.
export async function inspectFile(upload: ReceivedUpload): Promise<InspectedFile> {
  if (upload.size === 0) {
    throw invalid('The file is empty');
  }
  const sniffed = await fileTypeFromFile(upload.path);
  const type = sniffed ? accepted[sniffed.ext] : undefined;
  if (!sniffed || !type) {
    throw refused(sniffed ? `Files of type ${sniffed.mime}` : 'Files of unrecognised content');
  }
  if (type.requiredPart) {
    const names = await zipEntryNames(upload.path);
    if (names?.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) {
      throw refused('Office files with macros');
    }
    if (!names?.includes(type.requiredPart)) {
      throw invalid(`The file is not a valid ${type.label} document`);
    }
  }
  const declared = upload.declaredType.toLowerCase();
  if (
    !undeclared.has(declared) &&
    declared !== type.mediaType &&
    !type.aliases?.includes(declared)
  ) {
    throw invalid(`The file was sent as ${declared} but its content is a ${type.label} file`);
  }
  return { mediaType: type.mediaType, fileName: nameFor(upload.fileName, type) };
}

function nameFor(given: string, type: AcceptedType): string {
  // Control characters, path separators and quotes have no place in a download name.
  const clean = [...given]
    .filter((c) => c >= ' ' && c !== '\u007f' && !'/\\"'.includes(c))
    .join('')
    .trim()
    .slice(0, 200);
  const ext = extname(clean).slice(1).toLowerCase();
  if (ext && type.extensions.includes(ext)) {
    return clean;
  }
  // Something like an extension ("v1.2" is not one) that names another type is a lie.
  if (/^[a-z][a-z0-9]{0,4}$/.test(ext)) {
    throw invalid(`The file is named .${ext} but its content is a ${type.label} file`);
  }
  return `${clean || 'file'}.${type.extensions[0] ?? 'bin'}`;
}
