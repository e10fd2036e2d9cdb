import { expect, it } from 'vitest';
import type { ApiServer } from './support/api-server.js';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { demoAssessmentTitle, openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

const invitee = 'new.researcher@example.org';
const password = 'three unrelated words';

// Without SMTP_URL the API writes the email to its log; the link is the last one there.
async function invitationLink(api: ApiServer): Promise<string> {
  const pattern = /https?:\/\/\S+\/invitations\/accept#token=[\w-]+/g;
  await expect.poll(() => (api.log().match(pattern) ?? []).length).toBeGreaterThan(0);
  const links = api.log().match(pattern) ?? [];
  const link = links.at(-1);
  if (!link) {
    throw new Error('no invitation link in the API log');
  }
  return link;
}

describeWithBrowser('invitations', () => {
  const suite = useApiAndBrowser();

  it('invites someone new, who accepts the link and arrives signed in', async () => {
    const moderator = await openPage(suite.browser);
    await signIn(moderator.page, suite.api.url, 'moderator@demo.local', '/assessments');
    await openDemoAssessment(moderator.page, suite.api.url);
    await moderator.page.getByTestId('tab-members').click();
    await moderator.page.getByTestId('invite-email').fill(invitee);
    await moderator.page.getByTestId('invite-organisation').click();
    await moderator.page.getByRole('option', { name: 'Open Identity Watch' }).click();
    await moderator.page.getByTestId('invite-submit').click();
    const row = moderator.page.getByTestId('invitation-row').filter({ hasText: invitee });
    await row.waitFor();
    expect(await row.getByTestId('invitation-status').textContent()).toBe('Pending');

    const link = await invitationLink(suite.api);
    expect(link.startsWith(`${suite.api.url}/invitations/accept#token=`)).toBe(true);

    const guest = await openPage(suite.browser);
    await guest.page.goto(link);
    await guest.page.getByTestId('invitation-summary').waitFor();
    expect(await guest.page.getByTestId('invitation-assessment').innerText()).toBe(
      demoAssessmentTitle,
    );
    expect(await guest.page.getByTestId('invitation-role').innerText()).toBe('Contributor');
    // The token leaves the address bar once read.
    expect(new URL(guest.page.url()).hash).toBe('');

    await guest.page.getByTestId('accept-display-name').fill('New researcher');
    await guest.page.getByTestId('accept-password').fill('too short');
    await guest.page.getByTestId('accept-confirm').fill('too short');
    await guest.page.getByTestId('accept-submit').click();
    await guest.page.getByText('Use at least 12 characters.').waitFor();
    await guest.page.getByTestId('accept-password').fill(password);
    await guest.page.getByTestId('accept-confirm').fill(`${password}!`);
    await guest.page.getByTestId('accept-submit').click();
    await guest.page.getByText('The two passwords do not match.').waitFor();
    await guest.page.getByTestId('accept-confirm').fill(password);
    await guest.page.getByTestId('accept-submit').click();

    await guest.page.getByTestId('assessment-heading').waitFor();
    expect(await guest.page.getByTestId('assessment-heading').innerText()).toBe(
      demoAssessmentTitle,
    );
    expect(await guest.page.getByTestId('user-menu').innerText()).toContain('New researcher');
    await guest.context.close();

    // The link works once.
    const again = await openPage(suite.browser);
    await again.page.goto(link);
    await again.page.getByTestId('invitation-invalid').waitFor();
    await again.context.close();

    await moderator.page.reload();
    await row.waitFor();
    expect(await row.getByTestId('invitation-status').textContent()).toBe('Accepted');
    expect(await moderator.page.getByTestId('member-label').allInnerTexts()).toContain(
      'New researcher',
    );
    await moderator.context.close();
  });

  it('explains a link without a token', async () => {
    const { context, page } = await openPage(suite.browser);
    await page.goto(`${suite.api.url}/invitations/accept`);
    await page.getByTestId('invitation-missing').waitFor();
    await context.close();
  });
});
