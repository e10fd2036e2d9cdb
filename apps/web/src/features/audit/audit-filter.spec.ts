import { describe, expect, it } from 'vitest';
import {
  auditExportUrl,
  emptyAuditFilter,
  isDateRangeValid,
  readAuditFilter,
  toAuditTrailFilter,
  writeAuditFilter,
} from './audit-filter';

describe('readAuditFilter', () => {
  it('reads every filter from the address', () => {
    const params = new URLSearchParams(
      'action=member.add,member.remove,,member.add&targetType=member&actor=p-1&from=2026-01-05&to=2026-01-31&lang=fr',
    );
    expect(readAuditFilter(params)).toEqual({
      actions: ['member.add', 'member.remove'],
      targetType: 'member',
      actor: 'p-1',
      from: '2026-01-05',
      to: '2026-01-31',
    });
  });

  it('ignores dates that are not calendar days', () => {
    const params = new URLSearchParams('from=yesterday&to=2026-13-45');
    expect(readAuditFilter(params)).toEqual(emptyAuditFilter);
  });
});

describe('writeAuditFilter', () => {
  it('round-trips and keeps unrelated parameters', () => {
    const values = { ...emptyAuditFilter, actions: ['a.b', 'c.d'], actor: ' p-2 ' };
    const params = writeAuditFilter(values, new URLSearchParams('lang=ar&from=2026-01-01'));
    expect(params.get('lang')).toBe('ar');
    expect(params.get('from')).toBeNull();
    expect(readAuditFilter(params)).toEqual({ ...values, actor: 'p-2' });
  });
});

describe('toAuditTrailFilter', () => {
  it('sends only what is set, with whole days in local time', () => {
    expect(toAuditTrailFilter(emptyAuditFilter)).toEqual({});
    const filter = toAuditTrailFilter({
      ...emptyAuditFilter,
      from: '2026-01-05',
      to: '2026-01-05',
    });
    expect(filter.from).toBe(new Date(2026, 0, 5).toISOString());
    expect(filter.to).toBe(new Date(2026, 0, 5, 23, 59, 59, 999).toISOString());
  });
});

describe('isDateRangeValid', () => {
  it('refuses a start after the end', () => {
    expect(isDateRangeValid({ from: '2026-02-01', to: '2026-01-31' })).toBe(false);
    expect(isDateRangeValid({ from: '2026-01-31', to: '2026-01-31' })).toBe(true);
    expect(isDateRangeValid({ from: '', to: '2026-01-31' })).toBe(true);
  });
});

describe('auditExportUrl', () => {
  it('exports the same events as the table shows', () => {
    const url = auditExportUrl('a/1', {
      ...emptyAuditFilter,
      actions: ['member.change-role', 'member.remove'],
      targetType: 'member',
      from: '2026-01-05',
    });
    const [path, query = ''] = url.split('?');
    expect(path).toBe('/api/assessments/a%2F1/audit.csv');
    const params = new URLSearchParams(query);
    expect(params.get('action')).toBe('member.change-role,member.remove');
    expect(params.get('targetType')).toBe('member');
    expect(params.get('from')).toBe(new Date(2026, 0, 5).toISOString());
    expect(params.has('to')).toBe(false);
    expect(params.has('actor')).toBe(false);
  });

  it('has no query without filters', () => {
    expect(auditExportUrl('a1', emptyAuditFilter)).toBe('/api/assessments/a1/audit.csv');
  });
});
