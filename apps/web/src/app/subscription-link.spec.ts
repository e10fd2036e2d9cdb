import { describe, expect, it } from 'vitest';
import { subscriptionUrl } from './subscription-link';

describe('subscriptionUrl', () => {
  it('uses the same host and path as HTTP, over a secure socket behind HTTPS', () => {
    expect(subscriptionUrl({ protocol: 'https:', host: 'idgov.example.org' })).toBe(
      'wss://idgov.example.org/graphql',
    );
  });

  it('uses a plain socket in development', () => {
    expect(subscriptionUrl({ protocol: 'http:', host: '127.0.0.1:4200' })).toBe(
      'ws://127.0.0.1:4200/graphql',
    );
  });
});
