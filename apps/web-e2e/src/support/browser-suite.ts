import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { startApi, type ApiServer } from './api-server.js';
import { chromiumAvailable, launchBrowser } from './browser.js';

export interface ApiAndBrowserOptions {
  // Passed to startApi: reuse an existing data directory instead of a fresh temporary one.
  dataDir?: string;
}

export interface ApiAndBrowser {
  readonly api: ApiServer;
  readonly browser: Browser;
}

// Every browser spec is skipped the same way when Chromium is missing (see chromiumAvailable).
export function describeWithBrowser(name: string, body: () => void): void {
  describe.skipIf(!chromiumAvailable())(name, body);
}

// Registers the hooks that start one API and one browser for the enclosing describe block and
// stop them afterwards. Call it at the top of the block, before any hook that needs them: beforeAll
// hooks run in the order they are registered. The getters throw rather than hand back undefined,
// so a use at describe time (before beforeAll has run) fails with a message saying so.
export function useApiAndBrowser(options: ApiAndBrowserOptions = {}): ApiAndBrowser {
  let api: ApiServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    api = await startApi(options.dataDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    // The browser first, so no page is still talking to the API while it stops.
    await browser?.close();
    await api?.dispose();
  });

  return {
    get api(): ApiServer {
      if (!api) {
        throw new Error('useApiAndBrowser: the API is not started yet (use it in a test or hook)');
      }
      return api;
    },
    get browser(): Browser {
      if (!browser) {
        throw new Error(
          'useApiAndBrowser: the browser is not launched yet (use it in a test or hook)',
        );
      }
      return browser;
    },
  };
}
