/**
 * Two tabs of one browser, as a user who practises in both at once: nothing
 * either tab saves is lost, and each tab sees the other's sessions without a
 * reload. Drafts survive a reload, closing the tab, and another tab writing
 * its own drafts meanwhile.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';

import { gotoApp, rateAll, reloadApp } from './support';

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** Opens the setup in a fresh page of `page`'s browser context and starts a session of `count` questions. */
async function startSession(page: Page, count: number) {
  await page.goto('/practice/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Questions' }).fill(String(count));
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText(`Question 1 of ${count}`)).toBeVisible();
  await expect(page).toHaveURL(/\/practice\/[^/]+$/);
  return page.url();
}

/** Two tabs of `context`, each in a session of two questions of its own. */
async function twoTabsPractising(context: BrowserContext) {
  const a = await context.newPage();
  const b = await context.newPage();
  const urlA = await startSession(a, 2);
  const urlB = await startSession(b, 2);
  return { a, b, urlA, urlB };
}

async function answer(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Your answer' }).fill(text);
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
}

async function expectBothSessions(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByText('2 sessions', { exact: true })).toBeVisible();
  const rows = page.getByRole('list', { name: 'Sessions' }).getByRole('article');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(/Answered2 of 2/);
  await expect(rows.nth(1)).toContainText(/Answered2 of 2/);
}

/** Closes the tab the way a user does (unload handlers run) and waits until it is gone. */
async function closeTab(page: Page) {
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
}

test('two tabs practising at once: both sessions are in History in both tabs, live and after a reload', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const { a, b } = await twoTabsPractising(context);

  // Interleaved, step by step, so both sessions are in progress at the same time.
  await answer(a, 'Tab A: I ran a pilot with two vendors and signed one within a quarter.');
  await answer(b, 'Tab B: I set up a partner scorecard and cut onboarding to four weeks.');
  await rateAll(a, '3 Specific');
  await rateAll(b, '2 Present but generic');
  await a.getByRole('button', { name: 'Next question', exact: true }).click();
  await b.getByRole('button', { name: 'Next question', exact: true }).click();
  await expect(a.getByText('Question 2 of 2')).toBeVisible();
  await expect(b.getByText('Question 2 of 2')).toBeVisible();
  await answer(b, 'Tab B: a weekly call with each new partner.');
  await answer(a, 'Tab A: a monthly scorecard for every partner.');
  await rateAll(b, '3 Specific');
  await rateAll(a, '2 Present but generic');
  await a.getByRole('button', { name: 'Finish', exact: true }).click();
  await b.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(a).toHaveURL(/\/summary$/);
  await expect(b).toHaveURL(/\/summary$/);

  // Without a reload: each tab learnt of the other's session while practising.
  for (const page of [a, b]) {
    await nav(page, 'History').click();
    await expectBothSessions(page);
  }
  // And it is all on disk.
  for (const page of [a, b]) {
    await reloadApp(page);
    await expectBothSessions(page);
  }
});

test('a draft survives a reload and closing the tab', async ({ context }) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  const url = await startSession(page, 2);
  const box = page.getByRole('textbox', { name: 'Your answer' });
  await box.click();
  await page.keyboard.type('Before the reload. ');
  await reloadApp(page);
  await expect(box).toHaveValue('Before the reload. ');

  await box.press('End');
  // Closed at once, before the typing pause that would save it: the unload handlers must.
  await page.keyboard.type('Before closing the tab.');
  await closeTab(page);

  const again = await context.newPage();
  await gotoApp(again, url);
  await expect(again.getByRole('textbox', { name: 'Your answer' })).toHaveValue(
    'Before the reload. Before closing the tab.',
  );
});

test('drafts typed in two tabs both survive, whichever closes first and whatever the other writes after', async ({
  context,
}) => {
  test.setTimeout(90_000);
  const { a, b, urlA, urlB } = await twoTabsPractising(context);

  await a.getByRole('textbox', { name: 'Your answer' }).fill('Draft in tab A.');
  await expect(a.getByText('Draft saved')).toBeVisible();
  await b.getByRole('textbox', { name: 'Your answer' }).fill('Draft in tab B.');
  await expect(b.getByText('Draft saved')).toBeVisible();
  await closeTab(a);

  // B keeps writing its own draft after A is gone.
  const boxB = b.getByRole('textbox', { name: 'Your answer' });
  await boxB.press('End');
  await b.keyboard.type(' And more.');
  await expect(b.getByText('Draft saved')).toBeVisible();
  await closeTab(b);

  for (const [url, text] of [
    [urlA, 'Draft in tab A.'],
    [urlB, 'Draft in tab B. And more.'],
  ] as const) {
    const page = await context.newPage();
    await gotoApp(page, url);
    await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue(text);
    await page.close();
  }
});
