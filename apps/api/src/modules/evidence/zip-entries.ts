import { open } from 'node:fs/promises';

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
// The end record is 22 bytes, followed by a comment of at most 65535.
const endSearchBytes = 22 + 0xffff;
const maxDirectoryBytes = 16 * 1024 * 1024;

// The names in a zip file's central directory (what Word, Excel and mammoth read), or null when
// the file is not a well-formed zip that small (zip64 archives are not expected here).
export async function zipEntryNames(path: string): Promise<string[] | null> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, endSearchBytes);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === endOfCentralDirectory) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    const count = tail.readUInt16LE(end + 10);
    const length = tail.readUInt32LE(end + 12);
    const offset = tail.readUInt32LE(end + 16);
    if (length > maxDirectoryBytes || offset + length > size) {
      return null;
    }
    const directory = Buffer.alloc(length);
    await handle.read(directory, 0, length, offset);
    return readNames(directory, count);
  } finally {
    await handle.close();
  }
}

function readNames(directory: Buffer, count: number): string[] | null {
  const names: string[] = [];
  let at = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== centralDirectoryEntry) {
      return null;
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const next =
      at + 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    if (next > directory.length) {
      return null;
    }
    names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at = next;
  }
  return names;
}
