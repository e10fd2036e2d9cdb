import { beforeAll, expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openPage } from './support/session.js';

interface FrameworkAnswer {
  data: {
    framework: { version: string; elements: { key: string; subElements: { key: string }[] }[] };
  };
}

describeWithBrowser('framework explorer', () => {
  const suite = useApiAndBrowser();
  let expected: FrameworkAnswer['data']['framework'];

  beforeAll(async () => {
    const response = await fetch(`${suite.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ framework { version elements { key subElements { key } } } }',
      }),
    });
    expected = ((await response.json()) as FrameworkAnswer).data.framework;
  });

  it('shows the eight elements with the framework version, signed out', async () => {
    const { context, page } = await openPage(suite.browser);
    await page.goto(`${suite.api.url}/framework`);
    const cards = page.getByTestId('element-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(8);
    expect(await page.getByTestId('framework-version').innerText()).toContain(expected.version);
    await context.close();
  });

  it("opens an element's page with its sub-elements", async () => {
    const element = expected.elements[1];
    if (!element) {
      throw new Error('the framework has fewer than two elements');
    }
    const { context, page } = await openPage(suite.browser);
    await page.goto(`${suite.api.url}/framework`);
    await page.getByTestId('element-card').nth(1).getByRole('link').click();
    await page.getByTestId('element-title').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/framework/${element.key}`);
    const subElements = page.getByTestId('sub-element');
    expect(await subElements.count()).toBe(element.subElements.length);
    // A detail topic opens to show its anchor questions.
    await page.locator('section').first().getByRole('button').first().click();
    await page.getByTestId('detail-content').first().waitFor();
    await context.close();
  });
});
