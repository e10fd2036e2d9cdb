import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openPage } from './support/session.js';

describeWithBrowser('sign-in with a wrong password', () => {
  const suite = useApiAndBrowser();

  it('says the credentials are wrong and stays on the sign-in page', async () => {
    const { context, page } = await openPage(suite.browser);
    // A protected page sends the visitor to sign in first.
    await page.goto(`${suite.api.url}/assessments`);
    await page.getByTestId('sign-in-form').waitFor();
    await page.getByTestId('sign-in-email').fill('moderator@demo.local');
    await page.getByTestId('sign-in-password').fill('not-the-password');
    await page.getByTestId('sign-in-submit').click();
    const error = page.getByTestId('sign-in-error');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.innerText()).toMatch(/incorrect/i);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/assessments');
    expect(await page.getByTestId('user-menu').count()).toBe(0);
    await context.close();
  });
});
