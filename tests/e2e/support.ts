/** Helpers the end-to-end journeys share. */
import { expect, type Page, type TestInfo } from '@playwright/test';

const VIEWS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** Saves the current screen at desktop and phone width, light and dark, then puts the page back as it was. */
export async function shoot(page: Page, testInfo: TestInfo, screen: string) {
  const original = page.viewportSize()!;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of VIEWS) {
      await page.setViewportSize({ width: view.width, height: view.height });
      await page.screenshot({ path: testInfo.outputPath(`${screen}-${view.name}-${scheme}.png`), fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(original);
}

/** Rates all four rubric parts at one level, as a person does: by clicking the visible label of the hidden radio. */
export async function rateAll(page: Page, level: string) {
  for (const part of ['context', 'approach', 'example', 'outcome']) {
    const radio = page.getByRole('radiogroup', { name: `Rate your ${part}` }).getByRole('radio', { name: level });
    await radio.locator('xpath=ancestor::label').click();
    await expect(radio).toBeChecked();
  }
}

/** An answer that mentions every part of the rubric, for journeys that just need one. */
export const SAMPLE_ANSWER = 'An answer with context, an approach and a result.';

/** Starts a practice session from the setup's defaults, as a person does, and waits for the answer box. */
export async function startSession(page: Page) {
  await page.goto('/practice/new');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
}

/** Types `SAMPLE_ANSWER` into the answer box and presses Submit. */
export async function answerAndSubmit(page: Page) {
  await page.getByRole('textbox', { name: 'Your answer' }).fill(SAMPLE_ANSWER);
  await page.getByRole('button', { name: 'Submit answer' }).click();
}
