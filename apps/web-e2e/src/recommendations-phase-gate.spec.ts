import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

// The moderator writes a recommendation against a seeded finding, reads it on the roadmap, and
// walks the demo assessment from Prepare to Completed, passing each unmet check with a reason.
describeWithBrowser('recommendations and phase gates', () => {
  const suite = useApiAndBrowser();

  it('adds a recommendation, shows it on the roadmap and walks the phases to Completed', async () => {
    const { context, page } = await openPage(suite.browser);
    await signIn(page, suite.api.url, 'moderator@demo.local', '/assessments');
    const id = await openDemoAssessment(page, suite.api.url);

    await page.goto(`${suite.api.url}/assessments/${id}/recommendations`);
    await page.getByTestId('recommendation-add-open').click();
    await page.getByTestId('recommendation-element').click();
    await page.getByRole('option', { name: /Legal and regulatory framework/ }).click();
    await page.getByTestId('recommendation-findings').click();
    await page.getByRole('option', { name: /open-ended purpose clause/ }).click();
    await page.keyboard.press('Escape');
    await page
      .getByTestId('recommendation-title')
      .fill('Close the open purpose clause of article 12');
    await page.getByLabel('Another institution').check();
    await page.getByTestId('recommendation-institution-name').fill('Parliament');
    await page.getByTestId('recommendation-submit').click();
    const card = page.getByTestId('recommendation-card').first();
    await card.waitFor();
    expect(await card.innerText()).toContain('Responsible: Parliament');
    expect(await card.innerText()).toContain('Linked findings: 1');

    await page.getByTestId('recommendations-tab-roadmap').click();
    const group = page.getByTestId('roadmap-group').first();
    await group.waitFor();
    expect(await group.innerText()).toContain('Close the open purpose clause');

    await page.goto(`${suite.api.url}/assessments/${id}`);
    await page.getByTestId('phase-checklist').waitFor();
    const started = page.getByTestId('phase-check-assessment.subElementsStarted');
    expect(await started.getAttribute('data-met')).toBe('false');
    await page.getByTestId('phase-to-ANALYSE').click();
    await page.getByTestId('phase-override-reason').fill('Desk research continues during analysis');
    await page.getByTestId('confirm-button').click();
    await page.getByTestId('phase-to-ENGAGE').waitFor();
    expect(await page.getByTestId('phase-badge').first().innerText()).toMatch(/analyse/i);

    // On to the end of the method: each gate still unmet on the demo is passed with a reason.
    await page.getByTestId('phase-check-analysis.consolidatedRatings').waitFor();
    await page.getByTestId('phase-to-ENGAGE').click();
    await page
      .getByTestId('phase-override-reason')
      .fill('Ratings are consolidated in the workshop');
    await page.getByTestId('confirm-button').click();
    await page.getByTestId('phase-to-COMPLETED').waitFor();
    expect(await page.getByTestId('phase-badge').first().innerText()).toMatch(/engage/i);
    await page.getByTestId('phase-check-workshops.closedWithOutcomes').waitFor();
    await page.getByTestId('phase-to-COMPLETED').click();
    await page.getByTestId('phase-override-reason').fill('Validated in a meeting held offline');
    await page.getByTestId('confirm-button').click();
    await page.waitForFunction(() =>
      /completed/i.test(document.querySelector('[data-testid="phase-badge"]')?.textContent ?? ''),
    );
    await page.reload();
    expect(await page.getByTestId('phase-badge').first().innerText()).toMatch(/completed/i);
    expect(await page.getByTestId('phase-to-ANALYSE').count()).toBe(0);
    await context.close();
  });
});
