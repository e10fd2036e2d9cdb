import { describe, expect, it } from 'vitest';
import { auditActions, isKnownAuditAction, summaryEntries, withChosen } from './audit-vocabulary';

describe('summaryEntries', () => {
  it('shows each changed field as text', () => {
    expect(summaryEntries('{"from":"CONTRIBUTOR","to":"REVIEWER","lead":null,"n":2}')).toEqual([
      ['from', 'CONTRIBUTOR'],
      ['to', 'REVIEWER'],
      ['lead', '—'],
      ['n', '2'],
    ]);
  });

  it('names the organisations it knows', () => {
    const names = new Map([['o-1', 'Open Identity Watch']]);
    expect(summaryEntries('{"lead":"o-1","role":"o-2"}', names)).toEqual([
      ['lead', 'Open Identity Watch'],
      ['role', 'o-2'],
    ]);
  });

  it('copes with summaries that are not objects', () => {
    expect(summaryEntries('{}')).toEqual([]);
    expect(summaryEntries('"text"')).toEqual([['', 'text']]);
    expect(summaryEntries('[1,2]')).toEqual([['', '[1,2]']]);
    expect(summaryEntries('not json')).toEqual([['', 'not json']]);
    expect(summaryEntries('')).toEqual([]);
  });
});

describe('withChosen', () => {
  it('offers an unknown action already in the address', () => {
    const options = withChosen(auditActions, ['member.add', 'comment.add']);
    expect(options.at(-1)).toBe('comment.add');
    expect(options.filter((o) => o === 'member.add')).toHaveLength(1);
  });
});

describe('isKnownAuditAction', () => {
  it('knows the member actions', () => {
    expect(isKnownAuditAction('member.change-role')).toBe(true);
    expect(isKnownAuditAction('member.fly')).toBe(false);
  });
});
