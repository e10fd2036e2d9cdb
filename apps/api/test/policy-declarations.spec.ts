import { ModulesContainer } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_METADATA } from '../src/core/authz/policy.decorator.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Nest's own metadata keys (@nestjs/graphql graphql.constants).
const resolverTypeKey = 'graphql:resolver_type';
const resolverNameKey = 'graphql:resolver_name';
const rootTypes = new Set(['Query', 'Mutation', 'Subscription']);

// Every root operation declares its policy next to it; the guard refuses one that does not, but
// this names it before anyone ships it.
describe('policy declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  it('finds a policy on every query, mutation and subscription handler', () => {
    const operations: string[] = [];
    const undeclared: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const prototype: unknown = wrapper.metatype?.prototype;
        if (!prototype || typeof prototype !== 'object') {
          continue;
        }
        for (const name of Object.getOwnPropertyNames(prototype)) {
          // The descriptor, not the property: reading a getter on a bare prototype would run it.
          const handler: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
          if (typeof handler !== 'function') {
            continue;
          }
          const type: unknown = Reflect.getMetadata(resolverTypeKey, handler);
          if (typeof type !== 'string' || !rootTypes.has(type)) {
            continue;
          }
          const field = String(Reflect.getMetadata(resolverNameKey, handler) ?? name);
          operations.push(`${type}.${field}`);
          if (!Reflect.getMetadata(POLICY_METADATA, handler)) {
            undeclared.push(`${wrapper.name}.${name} (${type}.${field})`);
          }
        }
      }
    }
    expect(operations.length).toBeGreaterThan(20);
    expect(operations).toContain('Mutation.login');
    expect(undeclared).toEqual([]);
  });
});
