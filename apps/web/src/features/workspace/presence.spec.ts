import { describe, expect, it } from 'vitest';
import { presenceColor, presenceName, presentPeople } from './presence';

describe('presenceColor', () => {
  it('gives a person the same six-digit colour every time', () => {
    expect(presenceColor('a:1')).toBe(presenceColor('a:1'));
    expect(presenceColor('a:1')).toMatch(/^#[0-9a-f]{6}$/);
    const colours = new Set(['a:1', 'a:2', 'a:3', 'a:4', 'a:5'].map(presenceColor));
    expect(colours.size).toBeGreaterThan(1);
  });
});

describe('presenceName', () => {
  const cso = { name: 'Open Identity Watch', type: 'CIVIL_SOCIETY' };

  it('uses the name unless the member chose otherwise', () => {
    expect(presenceName('Amina', null)).toBe('Amina');
    expect(presenceName('Amina', { id: 'x:2', attribution: 'NAME', organisation: cso })).toBe(
      'Amina',
    );
  });

  it('follows the attribution choice of a civil-society member', () => {
    expect(
      presenceName('Amina', { id: 'x:2', attribution: 'ORGANISATION', organisation: cso }),
    ).toBe('Open Identity Watch');
    expect(presenceName('Amina', { id: 'x:3', attribution: 'PSEUDONYM', organisation: cso })).toBe(
      'Civil society contributor 3',
    );
    expect(presenceName('Amina', { id: 'x:4', attribution: 'PSEUDONYM', organisation: null })).toBe(
      'Contributor 4',
    );
  });
});

describe('presentPeople', () => {
  const state = (id: string, name: string, color = '#123456') => ({ user: { id, name, color } });

  it('lists you first, then others by name, once per person', () => {
    const states = new Map<number, unknown>([
      [1, state('m:1', 'Zoe')],
      [2, state('m:2', 'Bea')],
      [3, state('m:3', 'Me')],
      [4, state('m:2', 'Bea')],
    ]);
    expect(presentPeople(states, 3).map((p) => [p.name, p.isYou])).toEqual([
      ['Me', true],
      ['Bea', false],
      ['Zoe', false],
    ]);
  });

  it('skips malformed states and replaces unusable colours', () => {
    const states = new Map<number, unknown>([
      [1, null],
      [2, { user: 'x' }],
      [3, { user: { id: 5, name: 'n' } }],
      [4, { user: { id: 'm:4', name: '   ' } }],
      [5, { user: { id: 'm:5', name: 'Ok', color: 'red;background:url(x)' } }],
      [6, { cursor: {} }],
    ]);
    const people = presentPeople(states, 99);
    expect(people).toHaveLength(1);
    expect(people[0]?.color).toBe(presenceColor('m:5'));
  });

  it('shortens very long names', () => {
    const people = presentPeople(new Map([[1, state('m:1', 'x'.repeat(500))]]), 2);
    expect(people[0]?.name).toHaveLength(80);
  });
});
