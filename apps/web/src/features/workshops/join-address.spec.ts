import { describe, expect, it } from 'vitest';
import { joinAddress } from './join-address';

describe('joinAddress', () => {
  it('shows the join page without the scheme, short enough to read off a wall', () => {
    expect(joinAddress('https://idgov.example.org')).toBe('idgov.example.org/join');
    expect(joinAddress('http://127.0.0.1:3000')).toBe('127.0.0.1:3000/join');
  });
});
