import { describe, expect, it } from 'vitest';
import { displayJoinCode, isCompleteJoinCode, normaliseJoinCode } from './join-code';

describe('normaliseJoinCode', () => {
  it('forgives lower case, spaces and dashes', () => {
    expect(normaliseJoinCode(' ab c-7x9 ')).toBe('ABC7X9');
  });

  it('drops characters that are never in a code', () => {
    expect(normaliseJoinCode('AB.C/7X9!')).toBe('ABC7X9');
  });
});

describe('isCompleteJoinCode', () => {
  it('needs six characters once normalised', () => {
    expect(isCompleteJoinCode('abc 7x9')).toBe(true);
    expect(isCompleteJoinCode('abc 7x')).toBe(false);
    expect(isCompleteJoinCode('abc 7x9z')).toBe(false);
  });
});

describe('displayJoinCode', () => {
  it('shows a complete code in two groups of three', () => {
    expect(displayJoinCode('abc7x9')).toBe('ABC 7X9');
  });

  it('leaves an incomplete code as typed, cleaned', () => {
    expect(displayJoinCode('ab')).toBe('AB');
  });
});
