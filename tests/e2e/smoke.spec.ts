import { expect, test } from '@playwright/test';

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';
const CATEGORIES = ['Technical', 'Behavioral', 'Situational', 'Problem-Solving', 'Additional'];

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

test('a model answer opens on request', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();

  const first = page.getByRole('list', { name: 'Technical questions' }).getByRole('listitem').first();
  const answer = first.getByRole('heading', { level: 4 }).first();
  await expect(answer).toBeHidden();

  await first.getByText('Show model answer').click();
  await expect(answer).toBeVisible();
  await expect(first.getByText('Hide model answer')).toBeVisible();
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
