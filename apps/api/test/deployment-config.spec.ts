import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAppConfig } from '../src/core/config/app-config.js';

// No Docker engine runs here, so the compose file and Dockerfile are checked by reading them
// against what the API actually reads.
const repo = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, repo), 'utf8');
const configSource = read('apps/api/src/core/config/app-config.ts');

interface ComposeService {
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

describe('production shape', () => {
  const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService> };

  it('gives the api service only variables the API reads, including DATABASE_URL', () => {
    const api = compose.services['api'];
    expect(api?.build).toEqual({ context: '.', dockerfile: 'infra/Dockerfile' });
    const names = Object.keys(api?.environment ?? {});
    expect(names).toContain('DATABASE_URL');
    for (const name of names) {
      expect(configSource, `${name} is not read by app-config.ts`).toContain(`${name}:`);
    }
    expect(api?.depends_on?.['postgres']?.condition).toBe('service_healthy');
  });

  it('lists every variable of app-config.ts in infra/env.example', () => {
    const example = read('infra/env.example');
    const names = [...configSource.matchAll(/^\s{2}([A-Z_]+): z\./gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
    }
  });

  it('runs the image as a non-root user, from a multi-stage build, with a health check', () => {
    const dockerfile = read('infra/Dockerfile');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThan(1);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    for (const [, source] of dockerfile.matchAll(/^COPY (?:--\S+ )*(\S+) /gm)) {
      if (source && !source.startsWith('/') && source !== '.') {
        expect(() => read(source), `Dockerfile copies missing ${source}`).not.toThrow();
      }
    }
  });

  it('refuses a malformed environment with a message naming the variable', () => {
    expect(() => loadAppConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(loadAppConfig({}).database).toMatchObject({ kind: 'pglite' });
  });
});
