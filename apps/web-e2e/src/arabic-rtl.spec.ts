import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openPage } from './support/session.js';

describeWithBrowser('Arabic interface', () => {
  const suite = useApiAndBrowser();

  it('?lang=ar turns the page right-to-left with Arabic navigation', async () => {
    const { context, page } = await openPage(suite.browser, 'en-GB');
    await page.goto(`${suite.api.url}/framework?lang=ar`);
    await page.getByTestId('element-card').first().waitFor();
    const html = page.locator('html');
    expect(await html.getAttribute('lang')).toBe('ar');
    expect(await html.getAttribute('dir')).toBe('rtl');
    const nav = page.getByRole('navigation', { name: 'التنقل الرئيسي' }).first();
    expect(await nav.getByTestId('nav-framework').innerText()).toBe('الإطار');
    expect(await nav.getByTestId('nav-assessments').innerText()).toBe('التقييمات');
    await context.close();
  });

  it('keeps the choice and switches back from the language menu', async () => {
    const { context, page } = await openPage(suite.browser, 'en-GB');
    await page.goto(`${suite.api.url}/framework?lang=ar`);
    await page.getByTestId('element-card').first().waitFor();
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-en').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The `?lang=ar` no longer wins over the choice on reload.
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
    await context.close();
  });
});
