import { describe, expect, it } from 'vitest';
import { evidenceFilesPath, uploadErrorOf } from './evidence-upload';
import { calendarDay, formatBytes } from './evidence-format';

describe('uploadErrorOf', () => {
  it('keeps the coded errors of the API', () => {
    for (const code of ['FILE_TOO_LARGE', 'FILE_TYPE_REFUSED', 'FILE_INVALID'] as const) {
      expect(uploadErrorOf(422, JSON.stringify({ code, field: 'file', message: 'no' }))).toEqual({
        code,
        field: 'file',
        message: 'no',
      });
    }
  });

  it('reads a bare status from something in the way', () => {
    expect(uploadErrorOf(413, '<html>Too large</html>').code).toBe('FILE_TOO_LARGE');
    expect(uploadErrorOf(502, '').code).toBe('INTERNAL_SERVER_ERROR');
    expect(uploadErrorOf(0, '').code).toBe('NETWORK');
    expect(uploadErrorOf(400, '{"code":"SOMETHING_NEW"}').code).toBe('UNKNOWN');
  });
});

describe('files', () => {
  it('addresses the upload of an item', () => {
    expect(evidenceFilesPath('a 1', 'e/2')).toBe('/api/assessments/a%201/evidence/e%2F2/files');
  });

  it('writes sizes in the interface language', () => {
    expect(formatBytes(820, 'en')).toBe('820 bytes');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
  });

  it('reads a source date as a calendar day where the viewer is', () => {
    expect(new Date(calendarDay('2019-06-14')).getDate()).toBe(14);
  });
});
