import type {
  AnalysisRating,
  DivergenceReason,
  GapFilter,
  GapKind,
  GapStatus,
  StakeholderGroup,
} from '../../gql/graphql';

export const ratingScale: readonly AnalysisRating[] = [
  'MEETS_TARGET',
  'PARTIAL',
  'NOT_MET',
  'UNKNOWN',
  'NOT_APPLICABLE',
];
export const stakeholderGroups: readonly StakeholderGroup[] = [
  'GOVERNMENT',
  'CIVIL_SOCIETY',
  'UNDP',
  'OTHER',
];
export const gapKinds: readonly GapKind[] = [
  'NO_ANSWER',
  'NO_EVIDENCE',
  'RATING_UNKNOWN',
  'TRACKED',
];
export const gapStatuses: readonly GapStatus[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];
export const findingColumns = ['strengths', 'weaknesses', 'informationGaps', 'risks'] as const;
export type FindingColumn = (typeof findingColumns)[number];

export const analysisTabs = ['gaps', 'matrix', 'ratings'] as const;
export type AnalysisTab = (typeof analysisTabs)[number];

// Colours carry meaning only together with text: each rating also has its label.
export const ratingColour: Record<AnalysisRating, string> = {
  MEETS_TARGET: 'teal',
  PARTIAL: 'yellow',
  NOT_MET: 'red',
  UNKNOWN: 'gray',
  NOT_APPLICABLE: 'dark',
};

export interface GroupBar {
  rating: AnalysisRating;
  count: number;
  // Share of the group's ratings, 0–100, rounded.
  percent: number;
}

// One group's counts as bar segments, in scale order, leaving out ratings nobody chose.
export function groupBars(group: {
  total: number;
  counts: readonly { rating: AnalysisRating; count: number }[];
}): GroupBar[] {
  return ratingScale.flatMap((rating) => {
    const count = group.counts.find((c) => c.rating === rating)?.count ?? 0;
    return count > 0
      ? [{ rating, count, percent: Math.round((count * 100) / Math.max(group.total, 1)) }]
      : [];
  });
}

// The translation and values that describe why ratings diverge, or null when they do not.
export function divergenceMessage(
  divergence: { reason: DivergenceReason; groups: readonly StakeholderGroup[] } | null,
): { key: `analysis.divergence.${DivergenceReason}`; groups: StakeholderGroup[] } | null {
  if (!divergence) {
    return null;
  }
  return { key: `analysis.divergence.${divergence.reason}`, groups: [...divergence.groups] };
}

export interface GapParams {
  tab: AnalysisTab;
  element: string | null;
  kind: GapKind | null;
  status: GapStatus | null;
  mine: boolean;
  overdue: boolean;
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | null =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;

// The page's state lives in the address, so a filtered view can be shared and survives reloads.
export function readGapParams(search: URLSearchParams): GapParams {
  return {
    tab: oneOf(analysisTabs, search.get('tab')) ?? 'gaps',
    element: search.get('element') || null,
    kind: oneOf(gapKinds, search.get('kind')),
    status: oneOf(gapStatuses, search.get('status')),
    mine: search.get('mine') === '1',
    overdue: search.get('overdue') === '1',
  };
}

export function writeGapParams(params: GapParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.tab !== 'gaps') {
    out.set('tab', params.tab);
  }
  const optional: [string, string | null][] = [
    ['element', params.element],
    ['kind', params.kind],
    ['status', params.status],
    ['mine', params.mine ? '1' : null],
    ['overdue', params.overdue ? '1' : null],
  ];
  optional.forEach(([k, v]) => v && out.set(k, v));
  return out;
}

export function toGapFilter(params: GapParams): GapFilter {
  return {
    elementKey: params.element,
    kind: params.kind,
    status: params.status,
    ownedByMe: params.mine || null,
    overdue: params.overdue || null,
  };
}

export type GapAction = 'track' | 'edit' | 'acknowledge' | 'resolve' | 'reopen';

// What a gap manager may do with a row: track a derived gap not yet followed up; edit, move on
// or reopen a tracked one as its status allows.
export function gapActions(gap: {
  kind: GapKind;
  status: GapStatus | null;
  trackedGapId: string | null;
}): GapAction[] {
  if (gap.kind !== 'TRACKED') {
    return gap.trackedGapId ? [] : ['track'];
  }
  switch (gap.status) {
    case 'OPEN':
      return ['edit', 'acknowledge', 'resolve'];
    case 'ACKNOWLEDGED':
      return ['edit', 'resolve', 'reopen'];
    case 'RESOLVED':
      return ['reopen'];
    case null:
      return [];
  }
}

export interface StructureIndex {
  element: Map<string, string>;
  subElement: Map<string, string>;
  question: Map<string, string>;
}

// The customised element tree, as AnalysisContextQuery (and the other structure queries) return it.
export interface StructureElement {
  key: string;
  title: string;
  subElements: readonly {
    key: string;
    title: string;
    details: readonly { questions: readonly { key: string; text: string }[] }[];
  }[];
}

// Titles and question texts by key, for labelling rows that carry only keys.
export function indexStructure(elements: readonly StructureElement[]): StructureIndex {
  const index: StructureIndex = { element: new Map(), subElement: new Map(), question: new Map() };
  for (const e of elements) {
    index.element.set(e.key, e.title);
    for (const s of e.subElements) {
      index.subElement.set(s.key, s.title);
      s.details.forEach((d) => d.questions.forEach((q) => index.question.set(q.key, q.text)));
    }
  }
  return index;
}
