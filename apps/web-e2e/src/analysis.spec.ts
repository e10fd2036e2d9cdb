import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

// Mantine selects open a listbox; the option is picked by its visible label.
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

// The moderator follows up a derived gap, rates a sub-element, consolidates it and opens the
// matrix.
describeWithBrowser('the analysis section', () => {
  const suite = useApiAndBrowser();

  it('tracks a gap, rates and consolidates a sub-element, and shows the matrix', async () => {
    const { context, page } = await openPage(suite.browser);
    await signIn(page, suite.api.url, 'moderator@demo.local', '/assessments');
    await openDemoAssessment(page, suite.api.url);
    await page.getByTestId('tab-analysis').click();

    const rows = page.getByTestId('gap-row');
    await rows.first().waitFor();
    await page.getByTestId('gap-track').first().click();
    await page.getByTestId('gap-form-description').fill('Ask the registrar for enrolment figures');
    await page.getByTestId('gap-form-due').fill('2020-01-31');
    await page.getByTestId('gap-form-save').click();
    await page.getByTestId('gap-form-description').waitFor({ state: 'detached' });
    await page.getByRole('switch', { name: 'Overdue' }).click();
    await expect.poll(() => page.url()).toContain('overdue=1');
    await expect
      .poll(() => rows.allInnerTexts())
      .toEqual([expect.stringContaining('Ask the registrar for enrolment figures')]);
    await page.getByTestId('gap-resolve').click();
    await expect.poll(() => rows.count()).toBe(0);

    await page.getByTestId('analysis-tab-ratings').click();
    const card = page.getByTestId('rating-card').first();
    await choose(page, card.getByTestId('my-rating-select'), 'Partial');
    await card.getByTestId('my-rating-save').click();
    await expect.poll(() => card.innerText()).toContain('Ratings: 1');
    await choose(page, card.getByTestId('consolidated-select'), 'Not met');
    await card.getByTestId('consolidated-rationale').fill('Law in force, practice lags');
    await card.getByTestId('consolidated-save').click();
    // Badges are shown in capitals; the text is what counts.
    const badge = card.getByTestId('consolidated-rating');
    await expect.poll(async () => (await badge.innerText()).toLowerCase()).toBe('not met');
    await page.screenshot({ path: '/tmp/h2-ratings.png' });

    await page.getByTestId('analysis-tab-matrix').click();
    const element = page.getByTestId('matrix-element').first();
    await element.getByRole('button').click();
    await expect.poll(() => page.getByTestId('matrix-sub-element').count()).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        (await page.getByTestId('matrix-sub-element').first().innerText()).toLowerCase(),
      )
      .toContain('consolidated: not met');
    await page.screenshot({ path: '/tmp/h2-matrix.png' });
    await context.close();
  });
});
