import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

// The ministry leads this element in the demo seed: the reviewer may suggest but not edit.
const elementKey = 'legal-and-regulatory-framework';
const questionKey = 'legal-authority-enacted-law.q1';

describeWithBrowser('suggest, adjudicate and comment', () => {
  const suite = useApiAndBrowser();

  it('a reviewer suggests a rating and comments; the moderator accepts; the reviewer sees why', async () => {
    const reviewer = await openPage(suite.browser);
    await signIn(reviewer.page, suite.api.url, 'reviewer@demo.local', '/assessments');
    const id = await openDemoAssessment(reviewer.page, suite.api.url);
    const workspace = `${suite.api.url}/assessments/${id}/elements/${elementKey}`;
    const r = reviewer.page;
    await r.goto(workspace);
    const question = r.getByTestId(`question-discussion-${questionKey}`);
    await question.getByTestId('suggest-rating-open').click();
    await r.getByTestId('suggest-rating').click();
    await r.getByRole('option', { name: 'Information gap' }).click();
    await r.getByTestId('suggest-reason').fill('The 2021 audit was never published.');
    await r.getByTestId('suggest-send').click();
    await r.getByTestId('suggest-form').waitFor({ state: 'detached' });

    await question.getByTestId(`comments-question-${questionKey}`).click();
    await r.getByTestId('thread-new-body').fill('Is the decree of 2019 still in force?');
    await r.getByTestId('thread-new-send').click();
    await r.getByTestId('thread').waitFor();
    await r.keyboard.press('Escape');

    const moderator = await openPage(suite.browser);
    const m = moderator.page;
    await signIn(m, suite.api.url, 'moderator@demo.local', '/assessments');
    await m.goto(workspace);
    await m.getByTestId('suggestions-open').click();
    const pending = m.getByTestId('suggestion').filter({ hasText: 'The 2021 audit' });
    await pending.getByTestId('suggestion-reason').fill('Agreed: no public audit.');
    await pending.getByTestId('suggestion-accept').click();
    // Decided, it leaves the pending list.
    await pending.waitFor({ state: 'detached' });
    await m.keyboard.press('Escape');
    await m.getByTestId(`comments-question-${questionKey}`).click();
    await m.getByTestId('comment-hide').first().click();
    await m.getByTestId('comment-hide-reason').fill('Duplicate');
    await m.getByTestId('comment-hide-confirm').click();
    await m.getByTestId('comment-hidden').waitFor();

    await r.reload();
    await r.getByTestId('suggestions-open').click();
    await r.getByTestId('suggestions-drawer').getByText('Mine', { exact: true }).click();
    const mine = r.getByTestId('suggestion').filter({ hasText: 'The 2021 audit' });
    expect(await mine.getAttribute('data-status')).toBe('ACCEPTED');
    expect(await mine.getByTestId('suggestion-decision').innerText()).toContain(
      'Agreed: no public audit.',
    );
    await r.keyboard.press('Escape');
    await r.getByTestId(`comments-question-${questionKey}`).click();
    expect(await r.getByTestId('comment-hidden').innerText()).toContain('Duplicate');
    expect(await r.getByTestId('comment-body').count()).toBe(0);
    await reviewer.context.close();
    await moderator.context.close();
  }, 120_000);
});
