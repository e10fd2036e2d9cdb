import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPassword } from './api-server.js';

// A fresh browser profile per test, in English unless a test asks otherwise.
export async function openPage(
  browser: Browser,
  locale = 'en-GB',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  next = '/',
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu').waitFor();
}
