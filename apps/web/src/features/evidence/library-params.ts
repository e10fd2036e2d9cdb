import type { Confidentiality, EvidenceFilter, EvidenceKind } from '../../gql/graphql';
import { isConfidentiality, isEvidenceKind } from './evidence-kinds';

// The library's view as the page keeps it in its address, so that a search can be reloaded and
// shared: `?q=words&kind=LAW&confidentiality=TEAM&archived=1&page=2`.
export interface LibraryParams {
  search: string;
  kind: EvidenceKind | null;
  confidentiality: Confidentiality | null;
  includeArchived: boolean;
  // From 1.
  page: number;
}

export const libraryPageSize = 20;
// The API's limit on search text.
export const searchMaxLength = 200;

export const emptyLibraryParams: LibraryParams = {
  search: '',
  kind: null,
  confidentiality: null,
  includeArchived: false,
  page: 1,
};

export function readLibraryParams(params: URLSearchParams): LibraryParams {
  const kind = params.get('kind');
  const confidentiality = params.get('confidentiality');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    search: (params.get('q') ?? '').slice(0, searchMaxLength),
    kind: isEvidenceKind(kind) ? kind : null,
    confidentiality: isConfidentiality(confidentiality) ? confidentiality : null,
    includeArchived: params.get('archived') === '1',
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

// The view's parameters on top of `base` (others, such as ?lang=, are kept).
export function writeLibraryParams(
  values: LibraryParams,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(base);
  const entries: [string, string][] = [
    ['q', values.search.trim()],
    ['kind', values.kind ?? ''],
    ['confidentiality', values.confidentiality ?? ''],
    ['archived', values.includeArchived ? '1' : ''],
    ['page', values.page > 1 ? String(values.page) : ''],
  ];
  for (const [key, value] of entries) {
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
  }
  return next;
}

// A change of filter starts again from the first page.
export const withFilter = (
  values: LibraryParams,
  change: Partial<LibraryParams>,
): LibraryParams => ({
  ...values,
  ...change,
  page: change.page ?? 1,
});

export function toEvidenceFilter(values: LibraryParams): EvidenceFilter {
  const filter: EvidenceFilter = { includeArchived: values.includeArchived };
  const search = values.search.trim();
  if (search) {
    filter.search = search;
  }
  if (values.kind) {
    filter.kind = values.kind;
  }
  if (values.confidentiality) {
    filter.confidentiality = values.confidentiality;
  }
  return filter;
}

export const toEvidencePage = (page: number, size = libraryPageSize) => ({
  first: size,
  offset: (Math.max(1, page) - 1) * size,
});

export const pageCount = (total: number, size = libraryPageSize): number =>
  Math.max(1, Math.ceil(total / size));
