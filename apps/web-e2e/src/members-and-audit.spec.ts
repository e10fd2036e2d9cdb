import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

describeWithBrowser('members and the audit trail (moderator)', () => {
  const suite = useApiAndBrowser();

  it('changes a member’s role, finds it in the audit trail and exports it as CSV', async () => {
    const { context, page } = await openPage(suite.browser);
    await signIn(page, suite.api.url, 'moderator@demo.local', '/assessments');
    const id = await openDemoAssessment(page, suite.api.url);

    await page.getByTestId('tab-members').click();
    const ministry = page
      .getByTestId('member-row')
      .filter({ hasText: 'Ministry of Interior focal point' });
    const role = ministry.getByTestId('member-role');
    expect(await role.inputValue()).toBe('Contributor');
    // Moderators are appointed by platform administrators: not offered to a moderator.
    await role.click();
    expect(await page.getByRole('option', { name: 'Moderator' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Reviewer' }).click();
    await expect.poll(() => role.inputValue()).toBe('Reviewer');
    // Their own membership and the email column (moderators see addresses).
    const self = page
      .getByTestId('member-row')
      .filter({ hasText: 'UNDP country office moderator' });
    expect(await self.getByTestId('member-role').count()).toBe(0);
    expect(await ministry.innerText()).toContain('ministry@demo.local');

    await page.reload();
    await expect.poll(() => ministry.getByTestId('member-role').inputValue()).toBe('Reviewer');

    await page.getByTestId('tab-audit').click();
    const change = page.locator('[data-testid="audit-row"][data-action="member.change-role"]');
    await change.first().waitFor();
    const text = await change.first().innerText();
    expect(text).toContain('Role changed');
    expect(text).toContain('UNDP country office moderator');
    expect(text).toContain('from: CONTRIBUTOR');
    expect(text).toContain('to: REVIEWER');

    // Filter by action: kept in the address, applied to the table and to the export.
    await page.getByTestId('audit-filter-actions').click();
    await page.getByRole('option', { name: 'Role changed' }).click();
    await page.keyboard.press('Tab');
    await page.getByTestId('audit-filter-apply').click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('action'))
      .toBe('member.change-role');
    await expect
      .poll(() =>
        page.locator('[data-testid="audit-row"]:not([data-action="member.change-role"])').count(),
      )
      .toBe(0);
    const href = await page.getByTestId('audit-export').getAttribute('href');
    expect(href).toBe(`/api/assessments/${id}/audit.csv?action=member.change-role`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export').click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^seq,occurredAt,actor,actorName,action,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('member.change-role');
    expect(lines[1]).toContain('UNDP country office moderator');

    // The filtered view survives a reload.
    await page.reload();
    await change.first().waitFor();
    expect(await page.getByTestId('audit-row').count()).toBe(1);
    await context.close();
  });

  it('assigns a contributing organisation to an element', async () => {
    const { context, page } = await openPage(suite.browser);
    await signIn(page, suite.api.url, 'moderator@demo.local', '/assessments');
    await openDemoAssessment(page, suite.api.url);
    await page.getByTestId('tab-assignments').click();

    const row = page.getByTestId('assignment-capable-institutions');
    expect(await row.getByTestId('assignment-lead').innerText()).toContain('Ministry of Interior');
    await row.getByTestId('assignment-edit').click();
    await page.getByTestId('assignment-contributing-select').click();
    await page.getByRole('option', { name: 'Open Identity Watch' }).click();
    await page.keyboard.press('Tab');
    await page.getByTestId('assignment-save').click();
    await page.getByTestId('assignment-form').waitFor({ state: 'detached' });
    await expect
      .poll(() => row.getByTestId('assignment-contributing').innerText())
      .toContain('Open Identity Watch');
    await context.close();
  });
});
