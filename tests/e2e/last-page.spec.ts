/**
 * The page a returning user left is kept (src/lib/page-snapshot.ts) and shown by the HTML's boot script
 * (scripts/prerender-html.ts) the next time that address loads, before the app's code has arrived: a
 * practice session reloaded shows its question and the words typed so far at once, the app then takes
 * over with nothing lost, and an error page is never what a reload opens on.
 */
import { expect, test } from '@playwright/test';

import { startSession, waitForApp, withoutCode } from './support';

// Routed requests must reach Playwright, not the service worker's cache.
test.use({ serviceWorkers: 'block' });

test('a reloaded session shows its question and draft before the code arrives, then the app takes over', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await startSession(page);
  const question = await page.getByRole('heading', { level: 1 }).textContent();
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('What I had typed before the reload');

  await withoutCode(page);
  await page.reload();
  const kept = page.locator('#root > [data-snapshot]');
  await expect(kept).toBeVisible();
  await expect(kept).toHaveAttribute('inert', '');
  await expect(kept.locator('h1')).toHaveText(question!);
  await expect(kept.locator('textarea')).toHaveValue('What I had typed before the reload');
  await expect(page).toHaveTitle('Practice · Rehearse');
  // Its style attributes went through the CSSOM: the CSP refused nothing.
  expect(refused).toEqual([]);

  await page.unrouteAll();
  await page.reload();
  await waitForApp(page);
  await expect(answer).toBeFocused();
  await answer.press('End');
  await answer.pressSequentially(', and after.');
  await expect(answer).toHaveValue('What I had typed before the reload, and after.');
});

test('a page that could not be shown is not what the next load opens on', async ({ page }) => {
  await page.goto('/practice/no-such-session');
  await expect(page.getByRole('heading', { level: 1, name: 'Session not found' })).toBeVisible();
  await withoutCode(page);
  await page.reload();
  await expect(page.locator('[data-snapshot]')).toHaveCount(0);

  // A page that did show is kept for the next load of its address.
  await page.unrouteAll();
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await withoutCode(page);
  await page.reload();
  await expect(page.locator('#root > [data-snapshot] h1')).toHaveText('History');
});
