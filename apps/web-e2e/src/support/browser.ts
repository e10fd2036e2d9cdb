import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

// Debian's Chromium, never a downloaded one. Missing in CI is a failure; on a developer's machine
// the browser tests are skipped, saying why.
export function chromiumAvailable(): boolean {
  if (existsSync(chromiumPath)) {
    return true;
  }
  if (process.env['CI'] === 'true') {
    throw new Error(
      `${chromiumPath} is missing; CI must install Chromium (apt-get install chromium)`,
    );
  }
  process.stderr.write(
    `Skipping browser tests: ${chromiumPath} is missing (install Debian's chromium package to run them).\n`,
  );
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
