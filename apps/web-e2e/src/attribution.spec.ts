import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiServer } from './support/api-server.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

async function memberLabels(page: Page): Promise<string[]> {
  await page.getByTestId('members-table').waitFor();
  return page.getByTestId('member-label').allInnerTexts();
}

describe.skipIf(!chromiumAvailable())('how a civil-society member appears', () => {
  let api: ApiServer;
  let browser: Browser;

  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
  });

  it('lets the CSO member switch from a pseudonym to their organisation', async () => {
    // A government member first sees a pseudonym, without organisation or email.
    const ministry = await openPage(browser);
    await signIn(ministry.page, api.url, 'ministry@demo.local', '/assessments');
    await openDemoAssessment(ministry.page, api.url);
    await ministry.page.getByTestId('tab-members').click();
    const before = await memberLabels(ministry.page);
    expect(before.some((l) => /^Civil society contributor \d+$/.test(l))).toBe(true);
    expect(before).not.toContain('Civil-society researcher');
    // Email addresses: their own only.
    const table = await ministry.page.getByTestId('members-table').innerText();
    expect(table).toContain('ministry@demo.local');
    expect(table).not.toContain('cso@demo.local');
    // Not civil society: no choice offered.
    expect(await ministry.page.getByTestId('attribution-form').count()).toBe(0);

    const cso = await openPage(browser);
    await signIn(cso.page, api.url, 'cso@demo.local', '/assessments');
    await openDemoAssessment(cso.page, api.url);
    await cso.page.getByTestId('tab-members').click();
    const form = cso.page.getByTestId('attribution-form');
    await form.waitFor();
    expect(await cso.page.getByTestId('attribution-PSEUDONYM').isChecked()).toBe(true);
    const save = cso.page.getByTestId('attribution-save');
    expect(await save.isDisabled()).toBe(true);
    await cso.page.getByTestId('attribution-ORGANISATION').check();
    await save.click();
    await expect.poll(() => save.isDisabled()).toBe(true);
    await cso.page.reload();
    await cso.page.getByTestId('attribution-form').waitFor();
    expect(await cso.page.getByTestId('attribution-ORGANISATION').isChecked()).toBe(true);
    await cso.context.close();

    await ministry.page.reload();
    const after = await memberLabels(ministry.page);
    expect(after).toContain('Open Identity Watch');
    expect(after.some((l) => /^Civil society contributor \d+$/.test(l))).toBe(false);
    await ministry.context.close();
  });
});
