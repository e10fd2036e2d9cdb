import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

// The demo seed makes the ministry lead this element, so its focal point edits it.
const elementKey = 'legal-and-regulatory-framework';
const questionKey = 'legal-authority-enacted-law.q1';

const answer = (page: Page) => page.getByTestId(`answer-${questionKey}`);
const saveStatus = (page: Page) => page.getByTestId('save-status').getAttribute('data-status');

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await answer(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  await expect.poll(() => saveStatus(page)).toBe('saved');
}

async function openVersions(page: Page): Promise<void> {
  await page.getByTestId('versions-open').click();
  await page.getByRole('dialog', { name: 'Versions of this element' }).waitFor();
}

async function closeVersions(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Versions of this element' }).waitFor({ state: 'hidden' });
}

describeWithBrowser('named versions of an element', () => {
  const suite = useApiAndBrowser();

  it('saves a version, shows what changed since, and restores it', async () => {
    const { context, page } = await openPage(suite.browser);
    await signIn(page, suite.api.url, 'ministry@demo.local', '/assessments');
    const assessmentId = await openDemoAssessment(page, suite.api.url);
    await page.goto(`${suite.api.url}/assessments/${assessmentId}/elements/${elementKey}`);
    await answer(page).waitFor();
    await expect.poll(() => saveStatus(page)).toBe('saved');

    await typeAtEnd(page, 'Enacted by the Identity Act 2019.');
    const saved = await answer(page).innerText();
    await openVersions(page);
    await page.getByTestId('version-name').fill('Before the review');
    await page.getByTestId('version-save').click();
    const item = page.getByTestId('version-item').filter({ hasText: 'Before the review' });
    await item.waitFor();
    expect(await item.getByTestId('version-byline').innerText()).toMatch(/^you, /);
    await closeVersions(page);

    await typeAtEnd(page, ' Amended in 2023.');
    await openVersions(page);
    await item.getByTestId('version-compare-button').click();
    const diff = page.getByTestId('version-compare').getByTestId('diff-ANSWER');
    await expect
      .poll(async () => (await diff.locator('ins').allInnerTexts()).join(' '))
      .toContain('Amended in 2023.');
    expect(await diff.locator('del').count()).toBe(0);
    expect(await diff.innerText()).toContain('Identity Act 2019.');

    await item.getByTestId('version-restore').click();
    await page.getByTestId('confirm-button').click();
    await expect
      .poll(() => page.getByTestId('version-compare').innerText())
      .toContain('The current text reads exactly as this version.');
    await closeVersions(page);
    await expect.poll(() => answer(page).innerText()).toBe(saved);
    expect(await answer(page).innerText()).not.toContain('Amended in 2023.');
    await expect.poll(() => saveStatus(page)).toBe('saved');

    await context.close();
  }, 120_000);
});
