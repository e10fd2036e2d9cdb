import type { AuditTrailFilter } from '../../gql/graphql';

// The audit trail's filters as the page keeps them in its address (so that a filtered view can be
// reloaded, shared and exported): `?action=a,b&targetType=&actor=&from=YYYY-MM-DD&to=YYYY-MM-DD`.
export interface AuditFilterValues {
  actions: string[];
  targetType: string;
  actor: string;
  // Calendar days in the viewer's time zone, both included; '' when open.
  from: string;
  to: string;
}

export const emptyAuditFilter: AuditFilterValues = {
  actions: [],
  targetType: '',
  actor: '',
  from: '',
  to: '',
};

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const day = (raw: string | null): string => {
  const value = raw?.trim() ?? '';
  return isoDay.test(value) && !Number.isNaN(new Date(`${value}T00:00:00`).getTime()) ? value : '';
};

export function readAuditFilter(params: URLSearchParams): AuditFilterValues {
  const actions = (params.get('action') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
  return {
    actions: [...new Set(actions)],
    targetType: params.get('targetType')?.trim() ?? '',
    actor: params.get('actor')?.trim() ?? '',
    from: day(params.get('from')),
    to: day(params.get('to')),
  };
}

// The filter's parameters on top of `base` (other parameters, such as ?lang=, are kept).
export function writeAuditFilter(
  values: AuditFilterValues,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(base);
  const entries: [string, string][] = [
    ['action', values.actions.join(',')],
    ['targetType', values.targetType.trim()],
    ['actor', values.actor.trim()],
    ['from', values.from],
    ['to', values.to],
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

export const isDateRangeValid = (values: Pick<AuditFilterValues, 'from' | 'to'>): boolean =>
  !values.from || !values.to || values.from <= values.to;

// A day's first and last instant in the viewer's time zone, as the API's ISO 8601 instants.
const startOfDay = (value: string): string => new Date(`${value}T00:00:00`).toISOString();
const endOfDay = (value: string): string => new Date(`${value}T23:59:59.999`).toISOString();

export function toAuditTrailFilter(values: AuditFilterValues): AuditTrailFilter {
  const filter: AuditTrailFilter = {};
  if (values.actions.length > 0) {
    filter.actions = values.actions;
  }
  if (values.targetType) {
    filter.targetType = values.targetType;
  }
  if (values.actor) {
    filter.actor = values.actor;
  }
  if (values.from) {
    filter.from = startOfDay(values.from);
  }
  if (values.to) {
    filter.to = endOfDay(values.to);
  }
  return filter;
}

// The CSV export of the same events (GET, authenticated by the session cookie).
export function auditExportUrl(assessmentId: string, values: AuditFilterValues): string {
  const filter = toAuditTrailFilter(values);
  const params = new URLSearchParams();
  const entries: [string, string | undefined][] = [
    ['action', filter.actions?.join(',')],
    ['targetType', filter.targetType ?? undefined],
    ['actor', filter.actor ?? undefined],
    ['from', filter.from ?? undefined],
    ['to', filter.to ?? undefined],
  ];
  for (const [key, value] of entries) {
    if (value) {
      params.set(key, value);
    }
  }
  const query = params.toString();
  return `/api/assessments/${encodeURIComponent(assessmentId)}/audit.csv${query ? `?${query}` : ''}`;
}
