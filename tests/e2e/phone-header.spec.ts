/**
 * The header on phones: one row (the six sections open from a Menu button), opaque, and never over what
 * the user scrolled to. Layout can only be measured in a browser, hence an e2e check.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

import { waitForApp } from './support';

const SEED_SLUG = 'enterprise-partner-development-manager-interview-preparation';
const SECTIONS = ['Library', 'Practise', 'Stories', 'History', 'Progress', 'Your data'];
/** One row of controls (44 px targets) and the border: two rows would be about twice that. */
const ONE_ROW_PX = 64;

async function bottomOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.y + box.height;
}

/** The element's top edge in the viewport, once scrolling has settled. */
async function topOf(page: Page, locator: Locator): Promise<number> {
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.y;
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the header is one row, and every section is reachable from its menu', async ({ page }) => {
      await page.goto('/');
      const header = page.getByRole('banner');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Measured on the app's own header, not the prerendered one it replaces (support.ts).
      await waitForApp(page);
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(ONE_ROW_PX);
      // Opaque: nothing under it shows through or is blurred.
      expect(await header.evaluate((el) => getComputedStyle(el).backdropFilter)).toBe('none');
      expect(await header.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toMatch(/rgba\(.*, 0\.\d+\)$/);

      const nav = page.getByRole('navigation', { name: 'Main' });
      const menu = nav.getByRole('button', { name: 'Menu' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      for (const name of SECTIONS) {
        await menu.click();
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        const link = nav.getByRole('link', { name, exact: true });
        await expect(link).toBeVisible();
        await link.click();
        await expect(link).toBeHidden();
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        expect((await header.boundingBox())!.height).toBeLessThanOrEqual(ONE_ROW_PX);
      }
      await expect(page).toHaveURL(/\/data$/);

      // Escape closes it and gives focus back to the button.
      await menu.click();
      await page.keyboard.press('Escape');
      await expect(nav.getByRole('link', { name: 'Library', exact: true })).toBeHidden();
      await expect(menu).toBeFocused();
    });

    test('what the user scrolls to stops below the header', async ({ page }) => {
      await page.goto(`/guides/${SEED_SLUG}`);
      const header = page.getByRole('banner');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeVisible();
      await waitForApp(page);

      // An in-page link: the guide's jump-to-category links.
      const jump = page.getByRole('navigation', { name: 'Question categories' }).getByRole('link').last();
      const target = page.locator(decodeURIComponent((await jump.getAttribute('href'))!.replace(/^[^#]*/, '')));
      await jump.click();
      expect(await topOf(page, target)).toBeGreaterThanOrEqual(await bottomOf(header));

      // Back up to the page's heading, from the bottom of the page.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      expect(await topOf(page, heading)).toBeGreaterThanOrEqual(await bottomOf(header));
    });
  });
}
