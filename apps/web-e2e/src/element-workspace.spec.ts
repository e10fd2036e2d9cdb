import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

// The demo seed makes the ministry lead this element; moderators edit every element; the
// observer only reads.
const elementKey = 'legal-and-regulatory-framework';
const firstQuestion = 'legal-authority-enacted-law.q1';
const secondQuestion = 'legal-authority-enacted-law.q2';

interface Person {
  context: BrowserContext;
  page: Page;
}

const answer = (page: Page, questionKey = firstQuestion) =>
  page.getByTestId(`answer-${questionKey}`);
const saveStatus = (page: Page) => page.getByTestId('save-status').getAttribute('data-status');
const saveLabel = (page: Page) => page.getByTestId('save-status').textContent();
// Shown once the browser has written the unsaved changes to disk.
const savedOnDevice = 'Offline — saved on this device';
const draftDatabases = (page: Page) =>
  page.evaluate(async () =>
    (await indexedDB.databases()).flatMap((d) => (d.name?.startsWith('idgov:') ? [d.name] : [])),
  );
const presentNames = (page: Page) => page.getByTestId('present-person').allInnerTexts();
// Three browsers and a collaboration server on a shared two-core machine.
const timeout = 120_000;

async function typeAtEnd(page: Page, questionKey: string, text: string): Promise<void> {
  await answer(page, questionKey).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

describeWithBrowser('the element workspace', () => {
  const suite = useApiAndBrowser();
  let assessmentId = '';

  async function openWorkspace(email: string, context?: BrowserContext): Promise<Person> {
    const opened = context
      ? { context, page: await context.newPage() }
      : await openPage(suite.browser);
    const { page } = opened;
    if (!context) {
      await signIn(page, suite.api.url, email, '/assessments');
      assessmentId = await openDemoAssessment(page, suite.api.url);
    }
    await page.goto(`${suite.api.url}/assessments/${assessmentId}/elements/${elementKey}`);
    await page.getByTestId('element-workspace').waitFor();
    await answer(page).waitFor();
    return opened;
  }

  it(
    'lets two editors write the same answer live while an observer watches',
    async () => {
      const ministry = await openWorkspace('ministry@demo.local');
      const moderator = await openWorkspace('moderator@demo.local');
      const observer = await openWorkspace('observer@demo.local');
      await expect.poll(() => saveStatus(ministry.page)).toBe('saved');
      await expect.poll(() => saveStatus(moderator.page)).toBe('saved');

      await typeAtEnd(ministry.page, firstQuestion, 'Enacted by the Identity Act 2019.');
      await expect.poll(() => answer(moderator.page).innerText()).toContain('Identity Act 2019');
      await typeAtEnd(moderator.page, firstQuestion, ' Amended in 2023.');
      await expect.poll(() => answer(ministry.page).innerText()).toContain('Amended in 2023.');
      expect(await answer(ministry.page).innerText()).toContain('Identity Act 2019');
      await expect.poll(() => answer(observer.page).innerText()).toContain('Amended in 2023.');

      // Both are saved on the server once the acknowledgements are in.
      await expect.poll(() => saveStatus(ministry.page)).toBe('saved');
      await expect.poll(() => saveStatus(moderator.page)).toBe('saved');

      // Presence: the editors see each other (and the moderator's caret), the observer is counted.
      await expect
        .poll(() => presentNames(ministry.page))
        .toEqual(['Ministry of Interior focal point (you)', 'UNDP country office moderator']);
      await expect
        .poll(() => ministry.page.locator('.collab-caret__label').allInnerTexts())
        .toContain('UNDP country office moderator');
      await expect.poll(() => ministry.page.getByTestId('viewer-count').innerText()).toContain('1');

      // The observer reads live but cannot write.
      await observer.page.getByTestId('workspace-read-only').waitFor();
      expect(await answer(observer.page).getAttribute('contenteditable')).toBe('false');
      expect(await observer.page.getByTestId('finding-add').count()).toBe(0);
      expect(await saveStatus(observer.page)).not.toBe('denied');

      // What was written is on the server: a fresh page (no local copy) shows it.
      await observer.page.reload();
      await expect.poll(() => answer(observer.page).innerText()).toContain('Amended in 2023.');

      for (const person of [ministry, moderator, observer]) {
        await person.context.close();
      }
    },
    timeout,
  );

  it(
    'keeps an edit made offline and saves it once back online',
    async () => {
      const ministry = await openWorkspace('ministry@demo.local');
      const moderator = await openWorkspace('moderator@demo.local');
      await expect.poll(() => saveStatus(ministry.page)).toBe('saved');

      await ministry.context.setOffline(true);
      await expect.poll(() => saveStatus(ministry.page)).toBe('offline');
      await typeAtEnd(ministry.page, secondQuestion, 'Drafted while offline.');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await answer(moderator.page, secondQuestion).innerText()).not.toContain('offline');

      // Leaving inside the app asks first; staying keeps the page.
      await ministry.page.getByTestId('tab-members').click();
      await ministry.page.getByTestId('confirm-button').waitFor();
      await ministry.page.getByRole('button', { name: 'Cancel' }).click();
      await ministry.page.getByTestId('element-workspace').waitFor();

      await ministry.context.setOffline(false);
      await expect.poll(() => saveStatus(ministry.page), { timeout: 30_000 }).toBe('saved');
      await expect
        .poll(() => answer(moderator.page, secondQuestion).innerText())
        .toContain('Drafted while offline.');

      await ministry.context.close();
      await moderator.context.close();
    },
    timeout,
  );

  it(
    'keeps an offline draft in the browser across closing the page',
    async () => {
      const ministry = await openWorkspace('ministry@demo.local');
      const moderator = await openWorkspace('moderator@demo.local');
      await expect.poll(() => saveStatus(ministry.page)).toBe('saved');

      await ministry.context.setOffline(true);
      await expect.poll(() => saveStatus(ministry.page)).toBe('offline');
      await typeAtEnd(ministry.page, firstQuestion, ' Kept in this browser.');
      await expect.poll(() => saveLabel(ministry.page)).toBe(savedOnDevice);

      // Closing the tab with changes the server has not saved warns first.
      const warning = new Promise<Dialog>((resolve) => ministry.page.once('dialog', resolve));
      const closed = new Promise<void>((resolve) => ministry.page.once('close', () => resolve()));
      await ministry.page.close({ runBeforeUnload: true });
      const dialog = await warning;
      expect(dialog.type()).toBe('beforeunload');
      await dialog.accept();
      // Only once the page is gone may the context change: a closing page refuses it.
      await closed;

      // The server never saw the draft, so when it reaches the moderator it came from IndexedDB.
      await ministry.context.setOffline(false);
      const again = await openWorkspace('ministry@demo.local', ministry.context);
      await expect.poll(() => answer(again.page).innerText()).toContain('Kept in this browser.');
      await expect.poll(() => saveStatus(again.page), { timeout: 30_000 }).toBe('saved');
      await expect
        .poll(() => answer(moderator.page).innerText())
        .toContain('Kept in this browser.');

      // Everything is saved, so signing out asks nothing, and leaves no draft in the browser.
      expect(await draftDatabases(again.page)).toHaveLength(1);
      await again.page.getByTestId('user-menu').click();
      await again.page.getByTestId('sign-out').click();
      await again.page.getByTestId('sign-in-email').waitFor();
      expect(await draftDatabases(again.page)).toEqual([]);

      await ministry.context.close();
      await moderator.context.close();
    },
    timeout,
  );

  it(
    'asks before signing out deletes drafts the server never saved',
    async () => {
      const ministry = await openWorkspace('ministry@demo.local');
      await expect.poll(() => saveStatus(ministry.page)).toBe('saved');
      await ministry.context.setOffline(true);
      await expect.poll(() => saveStatus(ministry.page)).toBe('offline');
      await typeAtEnd(ministry.page, secondQuestion, ' Never sent.');
      await expect.poll(() => saveLabel(ministry.page)).toBe(savedOnDevice);
      ministry.page.once('dialog', (dialog) => void dialog.accept());
      const closed = new Promise<void>((resolve) => ministry.page.once('close', () => resolve()));
      await ministry.page.close({ runBeforeUnload: true });
      await closed;
      await ministry.context.setOffline(false);

      // Later, from another page: the draft is still only in this browser.
      const page = await ministry.context.newPage();
      await page.goto(`${suite.api.url}/assessments`);
      const signOut = async () => {
        await page.getByTestId('user-menu').click();
        await page.getByTestId('sign-out').click();
        await page.getByTestId('confirm-button').waitFor();
      };
      await signOut();
      await page.getByRole('button', { name: 'Cancel' }).click();
      expect(await draftDatabases(page)).toHaveLength(1);
      await page.getByTestId('user-menu').waitFor();

      await signOut();
      await page.getByTestId('confirm-button').click();
      await page.getByTestId('sign-in-email').waitFor();
      expect(await draftDatabases(page)).toEqual([]);
      await ministry.context.close();
    },
    timeout,
  );
});
