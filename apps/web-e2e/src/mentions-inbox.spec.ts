import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

const elementKey = 'legal-and-regulatory-framework';
const subElementKey = 'legal-authority-for-digital-legal-id';
const questionKey = 'legal-authority-enacted-law.q1';
// The reviewer as the moderator sees them (members are shown by name unless they chose otherwise).
const reviewerLabel = 'Independent reviewer';
const questionBody = 'Reviewer, can you confirm the 2019 decree was repealed by the ID Act?';
const hiddenBody = 'An aside that a moderator will hide.';

// Starts a thread from the open drawer, mentioning the reviewer.
async function postMentioningReviewer(page: Page, body: string): Promise<void> {
  await page.getByTestId('thread-new-mentions').click();
  await page.getByRole('option', { name: reviewerLabel }).click();
  await page.getByTestId('thread-new-body').fill(body);
  await page.getByTestId('thread-new-send').click();
  await page.getByTestId('thread').filter({ hasText: body }).waitFor();
}

describeWithBrowser('mentions inbox', () => {
  const suite = useApiAndBrowser();

  it('the mentioned member finds the threads, counted in the navigation, and opens one', async () => {
    const moderator = await openPage(suite.browser);
    const m = moderator.page;
    await signIn(m, suite.api.url, 'moderator@demo.local', '/assessments');
    const id = await openDemoAssessment(m, suite.api.url);
    await m.goto(`${suite.api.url}/assessments/${id}/elements/${elementKey}`);
    await m.getByTestId(`comments-question-${questionKey}`).click();
    await postMentioningReviewer(m, questionBody);
    await m.keyboard.press('Escape');
    await m.getByTestId('threads-drawer').getByTestId('thread').waitFor({ state: 'detached' });
    // A second, later thread, hidden by the moderator: the inbox shows why, never its text.
    await m.getByTestId(`comments-subElement-${subElementKey}`).click();
    await postMentioningReviewer(m, hiddenBody);
    await m.getByTestId('comment-hide').click();
    await m.getByTestId('comment-hide-reason').fill('Off topic');
    await m.getByTestId('comment-hide-confirm').click();
    await m.getByTestId('comment-hidden').waitFor();
    await moderator.context.close();

    const reviewer = await openPage(suite.browser);
    const r = reviewer.page;
    await signIn(r, suite.api.url, 'reviewer@demo.local', '/assessments');
    await openDemoAssessment(r, suite.api.url);
    const tab = r.getByTestId('tab-mentions');
    await expect.poll(() => tab.getByTestId('mentions-badge').textContent()).toBe('2');
    expect(await tab.textContent()).toContain('2 open threads');
    await tab.click();
    await r.getByTestId('mentions-page').waitFor();

    const entries = r.getByTestId('mention');
    await expect.poll(() => entries.count()).toBe(2);
    // Latest mention first: the hidden one was posted second.
    const hidden = entries.nth(0);
    expect(await hidden.getByTestId('mention-place').textContent()).toContain(
      'Legal authority for the digital legal ID system(s)',
    );
    expect(await hidden.getByTestId('mention-hidden').textContent()).toBe(
      'Hidden by a moderator: Off topic',
    );
    expect(await hidden.getByTestId('mention-excerpt').count()).toBe(0);
    expect(await r.getByTestId('mentions-page').textContent()).not.toContain(hiddenBody);

    const open = entries.nth(1);
    expect(await open.getByTestId('mention-place').textContent()).toContain(
      'Legal and regulatory framework',
    );
    expect(await open.getByTestId('mention-question').textContent()).toContain(
      'validly enacted law',
    );
    expect(await open.getByTestId('mention-excerpt').textContent()).toBe(questionBody);
    expect(await open.getByTestId('mention-author').textContent()).toBe(
      'UNDP country office moderator',
    );
    expect(await open.getByTestId('mention-state').textContent()).toBe('Open');
    const threadId = await open.getAttribute('data-thread-id');
    expect(threadId).toBeTruthy();

    await open.getByTestId('mention-open').click();
    const drawer = r.getByTestId('threads-drawer');
    const focused = drawer.locator('[data-testid="thread"][data-focused="true"]');
    await focused.waitFor();
    expect(await focused.getByTestId('comment-body').textContent()).toBe(questionBody);
    const address = new URL(r.url());
    expect(address.pathname).toBe(`/assessments/${id}/elements/${elementKey}`);
    expect(address.searchParams.get('thread')).toBe(threadId);

    // Closing the drawer forgets the link, so a reload shows the workspace as usual.
    await r.keyboard.press('Escape');
    await expect.poll(() => new URL(r.url()).searchParams.has('thread')).toBe(false);
    await reviewer.context.close();
  }, 120_000);

  it('says so when no one has mentioned you', async () => {
    const ministry = await openPage(suite.browser);
    const p = ministry.page;
    await signIn(p, suite.api.url, 'ministry@demo.local', '/assessments');
    const id = await openDemoAssessment(p, suite.api.url);
    await p.goto(`${suite.api.url}/assessments/${id}/mentions`);
    expect(await p.getByTestId('mentions-empty').textContent()).toContain(
      'No one has mentioned you yet.',
    );
    expect(await p.getByTestId('tab-mentions').getByTestId('mentions-badge').count()).toBe(0);
    await ministry.context.close();
  });
});
