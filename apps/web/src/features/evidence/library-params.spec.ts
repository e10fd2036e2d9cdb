import { describe, expect, it } from 'vitest';
import {
  emptyLibraryParams,
  pageCount,
  readLibraryParams,
  toEvidenceFilter,
  toEvidencePage,
  withFilter,
  writeLibraryParams,
} from './library-params';

describe('library parameters', () => {
  it('reads the address, ignoring values it does not know', () => {
    expect(
      readLibraryParams(
        new URLSearchParams('q=identity+act&kind=LAW&confidentiality=NOPE&archived=1&page=3'),
      ),
    ).toEqual({
      search: 'identity act',
      kind: 'LAW',
      confidentiality: null,
      includeArchived: true,
      page: 3,
    });
    expect(readLibraryParams(new URLSearchParams('page=-2&kind=law'))).toEqual(emptyLibraryParams);
  });

  it('writes only what differs from the default and keeps other parameters', () => {
    const written = writeLibraryParams(
      { ...emptyLibraryParams, search: ' consent ', kind: 'INTERVIEW' },
      new URLSearchParams('lang=fr&page=4'),
    );
    expect(written.toString()).toBe('lang=fr&q=consent&kind=INTERVIEW');
  });

  it('goes back to the first page when a filter changes', () => {
    const onPage3 = { ...emptyLibraryParams, page: 3 };
    expect(withFilter(onPage3, { kind: 'REPORT' }).page).toBe(1);
    expect(withFilter(onPage3, { page: 4 }).page).toBe(4);
  });

  it('turns the view into the API filter and page', () => {
    expect(toEvidenceFilter({ ...emptyLibraryParams, search: '  ' })).toEqual({
      includeArchived: false,
    });
    expect(
      toEvidenceFilter({ ...emptyLibraryParams, search: 'act', confidentiality: 'TEAM' }),
    ).toEqual({ includeArchived: false, search: 'act', confidentiality: 'TEAM' });
    expect(toEvidencePage(3)).toEqual({ first: 20, offset: 40 });
    expect(pageCount(0)).toBe(1);
    expect(pageCount(41)).toBe(3);
  });
});
