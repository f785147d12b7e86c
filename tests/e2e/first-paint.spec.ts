import { expect, test } from '@playwright/test';

import { rateAll } from './support';

// Routed requests must reach Playwright, not the service worker's cache.
test.use({ serviceWorkers: 'block' });

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';

test('a returning user’s continue banner is in the home page’s first paint, not pushed in above the guides after it', async ({
  page,
}) => {
  // A session in progress, as a returning user has.
  await page.goto('/practice/new');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();

  // Note, at the moment the first guide card enters the page, whether the banner is already there.
  await page.addInitScript(() => {
    const w = window as unknown as { __firstGuide?: { banner: boolean } };
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('main a[href^="/guides/"]')) return;
      w.__firstGuide = { banner: document.getElementById('continue-session') !== null };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  // The store's code arriving late (a slow network): the page must wait for it, not render without it.
  await page.route(/\/assets\/store-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Continue your session' })).toBeVisible();
  const first = await page.evaluate(() => (window as unknown as { __firstGuide?: { banner: boolean } }).__firstGuide);
  expect(first).toEqual({ banner: true });
});

test('a guide page shows the user’s progress in its first paint, not pushed in after it', async ({ page }) => {
  // One answer rated, as a returning user has.
  await page.goto('/practice/new');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('textbox', { name: 'Your answer' }).fill('An answer with context, an approach and a result.');
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await rateAll(page, '3 Specific');
  await page.getByRole('button', { name: /Next question/ }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();

  await page.addInitScript(() => {
    const w = window as unknown as { __firstTitle?: { progress: boolean } };
    new MutationObserver((_records, observer) => {
      if (!document.getElementById('guide-title')) return;
      w.__firstTitle = {
        progress: /You have rated answers to/.test(document.querySelector('main')?.textContent ?? ''),
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  // The database code arriving late, so the stored attempts are read well after the guide's data is in.
  await page.route(/\/assets\/db-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });

  await page.goto('/guides/enterprise-partner-development-manager-interview-preparation');
  await expect(page.getByText(/You have rated answers to/)).toBeVisible();
  const first = await page.evaluate(() => (window as unknown as { __firstTitle?: { progress: boolean } }).__firstTitle);
  expect(first).toEqual({ progress: true });
});
