import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiServer } from './support/api-server.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { openPage, signIn } from './support/session.js';

const newWording = 'Which laws in Zambia protect people from discrimination when they register?';

async function createAssessment(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/assessments`);
  await page.getByTestId('new-assessment').click();
  await page.getByTestId('assessment-title').fill('Browser test assessment');
  await page.getByTestId('assessment-country').click();
  await page.getByTestId('assessment-country').fill('Zambia');
  await page.getByRole('option', { name: 'Zambia' }).click();
  await page.getByTestId('assessment-submit').click();
  await page.getByTestId('assessment-overview').waitFor();
  const match = /\/assessments\/([^/]+)$/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) {
    throw new Error(`not on an assessment page: ${page.url()}`);
  }
  return match[1];
}

async function firstQuestion(page: Page) {
  const question = page.locator('[data-testid^="question-"][data-testid*="."]').first();
  await question.waitFor();
  return question;
}

describe.skipIf(!chromiumAvailable())('customisation', () => {
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

  it('keeps a reworded question across a reload and an API restart', async () => {
    // Creating assessments is for platform administrators (libs/authz).
    const { context, page } = await openPage(browser);
    await signIn(page, api.url, 'admin@demo.local', '/assessments');
    const id = await createAssessment(page, api.url);

    await page.getByTestId('tab-customise').click();
    const question = await firstQuestion(page);
    const testId = await question.getAttribute('data-testid');
    const original = await question.getByTestId('question-wording').innerText();
    await question.getByTestId('reword').click();
    await question.getByTestId('question-text').fill(newWording);
    await question.getByTestId('question-save').click();
    await question.getByTestId('original-wording').waitFor();
    expect(await question.getByTestId('provenance').textContent()).toBe('Reworded');

    await page.reload();
    const reloaded = page.getByTestId(testId ?? '');
    await reloaded.waitFor();
    expect(await reloaded.getByTestId('question-wording').innerText()).toBe(newWording);
    expect(await reloaded.getByTestId('original-wording').innerText()).toContain(original);
    await context.close();

    // Same data directory, new process (and port): the embedded database kept the change.
    await api.stop();
    api = await startApi(api.dataDir);
    const second = await openPage(browser);
    await signIn(second.page, api.url, 'admin@demo.local', `/assessments/${id}/customise`);
    const afterRestart = second.page.getByTestId(testId ?? '');
    await afterRestart.waitFor();
    expect(await afterRestart.getByTestId('question-wording').innerText()).toBe(newWording);
    expect(await afterRestart.getByTestId('provenance').textContent()).toBe('Reworded');
    await second.context.close();
  });
});
