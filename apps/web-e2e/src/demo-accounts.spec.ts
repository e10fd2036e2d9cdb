import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { demoAssessmentTitle, openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

const team = [
  'moderator@demo.local',
  'ministry@demo.local',
  'cso@demo.local',
  'reviewer@demo.local',
  'observer@demo.local',
];

// The README promises these accounts: each signs in through the web app and finds its work.
describeWithBrowser('the demo accounts', () => {
  const suite = useApiAndBrowser();

  it('sign the team in to the demo assessment, and out again', async () => {
    for (const email of team) {
      const { context, page } = await openPage(suite.browser);
      await signIn(page, suite.api.url, email, '/assessments');
      await openDemoAssessment(page, suite.api.url);
      await page.getByTestId('user-menu').click();
      await page.getByTestId('sign-out').click();
      // The assessment needs a session: signed out, the page asks to sign in again.
      await page.getByTestId('sign-in-email').waitFor();
      await page.goto(`${suite.api.url}/assessments`);
      await page.getByTestId('sign-in-email').waitFor();
      await context.close();
    }
  });

  it('show the admin both assessments, and the team only theirs', async () => {
    const { context, page } = await openPage(suite.browser);
    await signIn(page, suite.api.url, 'admin@demo.local', '/assessments');
    await page.getByRole('link', { name: demoAssessmentTitle, exact: true }).waitFor();
    expect(await page.getByRole('link', { name: /Republic of Sample/ }).count()).toBe(1);
    await context.close();

    const member = await openPage(suite.browser);
    await signIn(member.page, suite.api.url, 'reviewer@demo.local', '/assessments');
    await member.page.getByRole('link', { name: demoAssessmentTitle, exact: true }).waitFor();
    expect(await member.page.getByRole('link', { name: /Republic of Sample/ }).count()).toBe(0);
    await member.context.close();
  });
});
