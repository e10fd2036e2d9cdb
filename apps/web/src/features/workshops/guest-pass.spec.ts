import { describe, expect, it } from 'vitest';
import { forgetGuestToken, readGuestToken, saveGuestToken } from './guest-pass';

function memoryStore() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('guest passes', () => {
  it('are kept per workshop', () => {
    const store = memoryStore();
    saveGuestToken('w1', 'token-1', store);
    expect(readGuestToken('w1', store)).toBe('token-1');
    expect(readGuestToken('w2', store)).toBeNull();
  });

  it('can be forgotten when the server no longer accepts them', () => {
    const store = memoryStore();
    saveGuestToken('w1', 'token-1', store);
    forgetGuestToken('w1', store);
    expect(readGuestToken('w1', store)).toBeNull();
  });

  it('last one page when storage is refused', () => {
    saveGuestToken('w1', 'token-1', null);
    expect(readGuestToken('w1', null)).toBeNull();
  });
});
