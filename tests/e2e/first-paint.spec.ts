import { expect, test } from '@playwright/test';

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
