/**
 * The practice loop with the keyboard only: no clicks from the library to the
 * summary. Focus moves with Tab, controls act on Enter/Space, ratings with
 * arrow keys and digits, answers submit with Ctrl+Enter, and Alt+N moves on.
 */
import { expect, test, type Page } from '@playwright/test';

import { waitForApp } from './support';

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';

/** The accessible name of the focused element, as a screen reader would announce it (roughly). */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelledBy = el.getAttribute('aria-labelledby');
    const fromIds = labelledBy
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? fromIds ?? label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's name matches, as a keyboard user scanning the page would. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name} (last focused: "${await focusedName(page)}")`);
}

test('the whole loop works from the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await waitForApp(page);

  await tabTo(page, new RegExp(SEED_TITLE));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();

  await tabTo(page, /Practise this guide/i);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();

  await tabTo(page, /^Questions/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await expect(page.getByRole('spinbutton', { name: 'Questions' })).toHaveValue('2');
  await tabTo(page, /Start practice/);
  await page.keyboard.press('Enter');

  // Question 1: type at once (focus is already in the answer box) and submit with Ctrl+Enter.
  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeFocused();
  await page.keyboard.type('When I led partnerships at Acme, I ran a two-week pilot and we cut onboarding by 30%.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();

  // Rate each part: Tab into the group, then arrow keys and digits.
  for (const part of ['context', 'approach', 'example', 'outcome']) {
    await tabTo(page, new RegExp(`^Rate your ${part}|^[0-4] `));
    const group = page.getByRole('radiogroup', { name: `Rate your ${part}` });
    await page.keyboard.press('4');
    await expect(group.getByRole('radio', { name: /^4 / })).toBeChecked();
    await page.keyboard.press('ArrowLeft');
    await expect(group.getByRole('radio', { name: /^3 / })).toBeChecked();
  }
  await expect(page.getByRole('radio', { name: 'Good' })).toBeChecked();
  await page.keyboard.press('Alt+KeyN');

  // Question 2: focus is in the new answer box; skip it with the keyboard, which ends the session.
  await expect(page.getByText('Question 2 of 2')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeFocused();
  await tabTo(page, /Skip question/);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);
  await expect(page.getByRole('main')).toContainText(/Score75\/100GradeGood/);
  await expect(page.getByRole('main')).toContainText(/Answered1 of 2Skipped1/);
});
