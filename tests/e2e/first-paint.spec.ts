import { expect, type Page, test } from '@playwright/test';

import { rateAll } from './support';

// Routed requests must reach Playwright, not the service worker's cache.
test.use({ serviceWorkers: 'block' });

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';

/**
 * From the next navigation on, notes, at the moment an element matching `trigger` first enters the
 * page, whether `expected` (a selector, or text in <main>) is already there. Read it with `hadOnFirst`.
 */
async function watchFirst(page: Page, trigger: string, expected: { selector: string } | { text: string }) {
  await page.addInitScript(
    ({ trigger, expected }) => {
      new MutationObserver((_records, observer) => {
        if (!document.querySelector(trigger)) return;
        (window as unknown as { __hadOnFirst?: boolean }).__hadOnFirst =
          'selector' in expected
            ? document.querySelector(expected.selector) !== null
            : (document.querySelector('main')?.textContent ?? '').includes(expected.text);
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    },
    { trigger, expected },
  );
}

const hadOnFirst = (page: Page) => page.evaluate(() => (window as unknown as { __hadOnFirst?: boolean }).__hadOnFirst);

/** One of the app's chunks (by the name Vite gives it) arriving 0.7 s late, as on a slow network. */
async function delayChunk(page: Page, name: string) {
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
}

test('a returning user’s continue banner is in the home page’s first paint, not pushed in above the guides after it', async ({
  page,
}) => {
  // A session in progress, as a returning user has.
  await page.goto('/practice/new');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();

  await watchFirst(page, 'main a[href^="/guides/"]', { selector: '#continue-session' });
  // The store's code arriving late: the page must wait for it, not render without it.
  await delayChunk(page, 'store');

  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Continue your session' })).toBeVisible();
  expect(await hadOnFirst(page)).toBe(true);
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

  await watchFirst(page, '#guide-title', { text: 'You have rated answers to' });
  // The database code arriving late, so the stored attempts are read well after the guide's data is in.
  // (Not the store's chunk: the guide page's own code imports the store, so it would wait for that anyway.)
  await delayChunk(page, 'db');

  await page.goto('/guides/enterprise-partner-development-manager-interview-preparation');
  await expect(page.getByText(/You have rated answers to/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('guide-with-progress.png') });
  expect(await hadOnFirst(page)).toBe(true);
});
