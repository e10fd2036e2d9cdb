import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

// The demo seed's findings on the legal authority for the ID system (see demo-content.ts).
const elementTitle = 'Legal and regulatory framework';
const subElementTitle = 'Legal authority for the digital legal ID system(s)';
const firstFinding = 'ExampleID rests on primary legislation';
const secondFinding = 'The open-ended purpose clause of article 12';
const phone = { width: 390, height: 844 };
// A moderator, a wall screen and three phones on a shared two-core machine.
const timeout = 150_000;

const contexts: BrowserContext[] = [];

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: phone,
    isMobile: true,
    hasTouch: true,
  });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  return context.newPage();
}

async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).click();
}

async function joinByCode(page: Page, baseUrl: string, typed: string): Promise<void> {
  await page.goto(`${baseUrl}/join`);
  await page.getByTestId('join-code').fill(typed);
  await page.getByTestId('join-find').click();
}

async function vote(page: Page, value: string, comment?: string): Promise<void> {
  if (comment) {
    await page.getByTestId('vote-comment').fill(comment);
  }
  await page.getByTestId(`vote-${value}`).click();
  await expect.poll(() => page.getByTestId('my-vote').getAttribute('data-vote')).toBe(value);
}

const statement = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const tallyCount = (page: Page, vote: string) =>
  page.getByTestId(`tally-${vote}`).getAttribute('data-count');

describeWithBrowser('a validation workshop', () => {
  const suite = useApiAndBrowser();

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
  });

  it(
    'runs from the agenda to an outcome with a wall screen and three phones following live',
    async () => {
      const { url } = suite.api;
      const moderator = await openPage(suite.browser);
      contexts.push(moderator.context);
      const desk = moderator.page;
      await signIn(desk, url, 'moderator@demo.local', '/assessments');
      await openDemoAssessment(desk, url);

      // Prepare: a workshop with two findings picked from the element document.
      await desk.getByTestId('tab-workshops').click();
      await desk.getByTestId('workshop-new-title').fill('Validation of the legal framework');
      await desk.getByTestId('workshop-create').click();
      await desk.getByTestId('workshop-title').waitFor();
      await pick(desk, 'workshop-pick-element', new RegExp(elementTitle));
      await pick(desk, 'workshop-pick-sub-element', subElementTitle);
      for (const [count, finding] of [firstFinding, secondFinding].entries()) {
        await pick(desk, 'workshop-pick-finding', new RegExp(finding));
        await desk.getByTestId('workshop-add-item').click();
        await expect.poll(() => desk.getByTestId('agenda-item').count()).toBe(count + 1);
      }
      await desk.getByTestId('workshop-open').click();
      const shownCode = await desk.getByTestId('workshop-join-code').innerText();
      const code = shownCode.replace(/\s/g, '');
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);

      // The wall screen, signed in as the demo's "Workshop screen" account.
      const screen = await openPage(suite.browser);
      contexts.push(screen.context);
      const wall = screen.page;
      await signIn(wall, url, 'observer@demo.local', '/assessments');
      const workshopPath = new URL(desk.url()).pathname;
      await wall.goto(`${url}${workshopPath}/present`);
      await expect.poll(() => statement(wall, 'presenter-statement')).toContain(firstFinding);
      expect((await wall.getByTestId('presenter-code').innerText()).replace(/\s/g, '')).toBe(code);
      expect(await wall.getByTestId('presenter-address').innerText()).toBe(
        `${new URL(url).host}/join`,
      );

      // Three phones: a member signed in, and two guests; codes typed loosely.
      const member = await phonePage(suite.browser);
      await signIn(member, url, 'cso@demo.local', '/');
      await joinByCode(member, url, code.toLowerCase());
      await member.getByTestId('join-as-member').waitFor();
      const guests: Page[] = [];
      for (const name of ['Guest one', 'Guest two']) {
        const guest = await phonePage(suite.browser);
        await joinByCode(guest, url, `${code.slice(0, 3)} ${code.slice(3)}`);
        await guest.getByTestId('join-name').fill(name);
        await guest.getByTestId('join-as-guest').click();
        guests.push(guest);
      }
      const [guestOne, guestTwo] = guests;
      if (!guestOne || !guestTwo) {
        throw new Error('two guests expected');
      }
      const phones = [member, guestOne, guestTwo];
      for (const p of phones) {
        await expect.poll(() => statement(p, 'participant-statement')).toContain(firstFinding);
      }

      await vote(member, 'AGREE');
      await vote(guestOne, 'AGREE');
      await vote(guestTwo, 'DISAGREE', 'Article 12 was narrowed in 2024.');

      // The wall shows the split live, in words and numbers.
      await expect.poll(() => tallyCount(wall, 'AGREE')).toBe('2');
      await expect.poll(() => tallyCount(wall, 'DISAGREE')).toBe('1');
      expect(await tallyCount(wall, 'AGREE_WITH_CHANGES')).toBe('0');
      expect(await wall.getByTestId('tally-total').innerText()).toBe('Votes: 3');
      expect(await wall.getByTestId('tally-AGREE').innerText()).toContain('Agree: 2 (67%)');
      await expect
        .poll(() => desk.getByTestId('vote-comments').innerText())
        .toContain('Article 12 was narrowed in 2024.');

      // The moderator moves on: the wall and every phone follow.
      await desk.getByTestId('run-next').click();
      for (const p of phones) {
        await expect.poll(() => statement(p, 'participant-statement')).toContain(secondFinding);
        expect(await p.getByTestId('participant-position').innerText()).toBe('Item 2 of 2');
        expect(await p.getByTestId('my-vote').getAttribute('data-vote')).toBe('');
      }
      await expect.poll(() => statement(wall, 'presenter-statement')).toContain(secondFinding);
      await expect.poll(() => tallyCount(wall, 'AGREE')).toBe('0');

      // A guest's vote survives a reload of the phone (the pass is kept for this tab).
      await vote(guestOne, 'AGREE_WITH_CHANGES');
      await guestOne.reload();
      await expect
        .poll(() => guestOne.getByTestId('my-vote').getAttribute('data-vote'))
        .toBe('AGREE_WITH_CHANGES');
      await expect.poll(() => tallyCount(wall, 'AGREE_WITH_CHANGES')).toBe('1');

      // The outcome is recorded on the item.
      await desk.getByTestId('outcome-note').fill('Validated with one request for changes.');
      await desk.getByTestId('outcome-submit').click();
      await expect
        .poll(() => desk.getByTestId('outcome-recorded').innerText())
        .toBe('Recorded: Validated');

      // Written back: the element's workspace and the matrix show the decision by the finding.
      const assessmentPath = workshopPath.replace(/\/workshops\/.*$/, '');
      await desk.goto(`${url}${assessmentPath}/elements/legal-and-regulatory-framework`);
      const badge = desk.locator(
        '[data-testid="finding"][data-kind="WEAKNESS"] [data-testid="validation-badge"]',
      );
      await expect.poll(() => badge.count()).toBe(1);
      expect(await badge.textContent()).toBe('Validated in a workshop');
      expect(await desk.getByTestId('validation-badge').count()).toBe(1);
      await desk.goto(`${url}${assessmentPath}/analysis`);
      await desk.getByTestId('analysis-tab-matrix').click();
      await desk
        .getByTestId('matrix-element')
        .filter({ hasText: elementTitle })
        .getByRole('button')
        .click();
      await expect
        .poll(() => desk.getByTestId('analysis-matrix').getByTestId('validation-badge').count())
        .toBe(1);
      expect(
        await desk.getByTestId('analysis-matrix').getByTestId('validation-badge').textContent(),
      ).toBe('Validated in a workshop');
    },
    timeout,
  );
});
