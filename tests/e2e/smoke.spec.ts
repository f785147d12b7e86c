import { expect, type Page, test } from '@playwright/test';

import { waitForApp } from './support';

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';
const CATEGORIES = ['Technical', 'Behavioral', 'Situational', 'Problem-Solving', 'Additional'];

/** The library home, loaded: its keyboard shortcuts are listening. */
async function openLibrary(page: Page) {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Interview guides' }).waitFor();
  await waitForApp(page);
}

test('the library links to the seed guide, which lists its 20 questions by category', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });

  await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();

  await expect(page).toHaveURL(/\/guides\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`${SEED_TITLE} · Rehearse`);

  for (const category of CATEGORIES) {
    await expect(page.getByRole('heading', { level: 2, name: category, exact: true })).toHaveCount(1);
  }

  // Each category's questions are an ordered list named "<Category> questions".
  // Only items with a question heading count: answers can contain lists too.
  const questions = page
    .getByRole('list', { name: / questions$/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(questions).toHaveCount(20);

  await page.screenshot({ path: testInfo.outputPath('guide.png'), fullPage: true });
});

test('a question has its own page, with the model answer behind a reveal', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();

  const first = page.getByRole('list', { name: 'Technical questions' }).getByRole('listitem').first();
  const questionText = (await first.getByRole('heading', { level: 3 }).textContent())!.trim();
  await first.getByRole('link').click();

  await expect(page).toHaveURL(/\/questions\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: questionText })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Practise just this' })).toHaveAttribute(
    'href',
    /^\/practice\/new\?question=/,
  );

  const answer = page.getByRole('region', { name: 'Model answer' });
  await expect(answer.getByRole('heading', { level: 3 })).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  // The seed guide's answers are split into parts, each under its label.
  await expect(answer.getByRole('heading', { level: 3, name: 'Context', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide model answer' })).toHaveAttribute('aria-expanded', 'true');
});

test('search finds a question across the bank and opens it from the keyboard', async ({ page }) => {
  await openLibrary(page);

  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search all questions' });
  await expect(search).toBeFocused();
  await search.fill('partner');
  const options = page.getByRole('listbox', { name: 'Matching questions' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const chosen = (await options.nth(1).locator('span').first().textContent())!.trim();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/questions\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: chosen })).toBeVisible();
});

test('the shortcuts dialog opens with "?" and closes with Escape', async ({ page }) => {
  await openLibrary(page);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Submit answer')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an unknown guide shows "not found" inside the app shell', async ({ page }) => {
  const response = await page.goto('/guides/no-such-guide');
  // vite preview serves index.html for every path, as a static host would.
  expect(response?.status()).toBe(200);

  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Rehearse' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse all guides' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
});
