import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

describeWithBrowser('an observer', () => {
  const suite = useApiAndBrowser();

  it('reads members and assignments without any management control', async () => {
    const { context, page } = await openPage(suite.browser);
    await signIn(page, suite.api.url, 'observer@demo.local', '/assessments');
    const id = await openDemoAssessment(page, suite.api.url);
    expect(await page.getByTestId('tab-members').count()).toBe(1);
    expect(await page.getByTestId('tab-audit').count()).toBe(0);

    await page.getByTestId('tab-members').click();
    await page.getByTestId('members-table').waitFor();
    expect(await page.getByTestId('member-row').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId('member-role-text').count()).toBeGreaterThanOrEqual(5);
    for (const control of [
      'member-role',
      'remove-member',
      'invite-form',
      'invitations-table',
      'attribution-form',
    ]) {
      expect(await page.getByTestId(control).count(), control).toBe(0);
    }

    await page.getByTestId('tab-assignments').click();
    await page.getByTestId('assignments-table').waitFor();
    expect(await page.getByTestId('assignment-edit').count()).toBe(0);
    const you = page.getByTestId('assignment-legal-and-regulatory-framework');
    expect(await you.getByTestId('assignment-you').innerText()).toBe('Read');

    // The address of the audit trail leads nowhere for them.
    await page.goto(`${suite.api.url}/assessments/${id}/audit`);
    await page.getByTestId('audit-forbidden').waitFor();
    expect(await page.getByTestId('audit-table').count()).toBe(0);
    await context.close();
  });
});
