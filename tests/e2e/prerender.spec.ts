/**
 * The library and each guide's page are prerendered into the HTML at build time (scripts/prerender.ts):
 * a first-time visitor reads them before any JavaScript has arrived, the app then renders over them without
 * a shift, and the markup never shows where it does not belong (another address, a query, a returning
 * visitor, whose own page the app renders with their data).
 */
import { expect, type Page, test } from '@playwright/test';

import { startSession, withoutCode } from './support';

// Routed requests must reach Playwright, not the service worker's cache.
test.use({ serviceWorkers: 'block' });

const SEED_SLUG = 'enterprise-partner-development-manager-interview-preparation';
const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';

/** From the next navigation on, the layout shifts the page reports, summed. */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('a first visit shows the library and a guide page from the HTML alone, in the right theme', async ({ page }) => {
  await withoutCode(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
  await expect(page.locator('main').getByText(SEED_TITLE)).toBeVisible();
  await expect(page).toHaveTitle('Interview guides · Rehearse');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/guides/${SEED_SLUG}`);
  await expect(page.locator('main h1')).toHaveText(SEED_TITLE);
  await expect(page.locator('main').getByText('Practise this guide')).toBeVisible();
  await expect(page).toHaveTitle(`${SEED_TITLE} · Rehearse`);
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
});

test('the app renders over the prerendered page without moving it, and then works', async ({ page }) => {
  // A phone: the offline button wraps to a line of its own there, so its arrival would move the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await watchShifts(page);
  await page.goto(`/guides/${SEED_SLUG}`);
  // The app's own render has replaced the markup (the wrapper is gone) and is live.
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.001);

  await page.getByRole('link', { name: 'All guides' }).click();
  await page.getByRole('combobox', { name: 'Search all questions' }).fill('partner');
  await expect(page.getByRole('option').first()).toBeVisible();
});

test('the library’s markup never shows on another page, with a query, or to a returning visitor', async ({ page }) => {
  // A returning visitor: the app has run here before and has their data.
  await startSession(page);
  await withoutCode(page);
  await page.goto('/');
  await expect(page.locator('[data-prerendered]')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Interview guides' })).toHaveCount(0);

  await page.evaluate(() => localStorage.clear());
  for (const address of ['/history', '/?sort=title', `/practice/new`]) {
    await page.goto(address);
    await expect(page.locator('[data-prerendered]'), address).toBeHidden();
    await expect(page.getByText(SEED_TITLE).filter({ visible: true }), address).toHaveCount(0);
  }
  // And with the code, those pages are the app's own.
  await page.unrouteAll();
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
});
