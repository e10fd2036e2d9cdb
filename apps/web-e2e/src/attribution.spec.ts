import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

async function memberLabels(page: Page): Promise<string[]> {
  await page.getByTestId('members-table').waitFor();
  return page.getByTestId('member-label').allInnerTexts();
}

describeWithBrowser('how a civil-society member appears', () => {
  const suite = useApiAndBrowser();

  it('lets the CSO member switch from a pseudonym to their organisation', async () => {
    // A government member first sees a pseudonym, without organisation or email.
    const ministry = await openPage(suite.browser);
    await signIn(ministry.page, suite.api.url, 'ministry@demo.local', '/assessments');
    await openDemoAssessment(ministry.page, suite.api.url);
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

    const cso = await openPage(suite.browser);
    await signIn(cso.page, suite.api.url, 'cso@demo.local', '/assessments');
    await openDemoAssessment(cso.page, suite.api.url);
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
