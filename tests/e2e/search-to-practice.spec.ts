/**
 * From a word that appears only in model answers to a practice session: search
 * it from the home page, open every result, tick two questions and practise
 * them. Needs the search engine (model answers in the index) and /practice/new's
 * `questions` param (contract-17). The combobox and the page are saved at 390 px
 * and 1280 px, light and dark.
 */
import { expect, test } from '@playwright/test';

import { PHONE_390_VIEWS, shootViews, waitForApp } from './support';

// In two model answers of the seed guide ("balanced scorecard"), in no question text.
const ANSWER_ONLY_TERM = 'scorecard';

test('a model-answer term found from home, two results practised', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
  await waitForApp(page);
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search all questions' });
  await expect(search).toBeFocused();
  await search.fill(ANSWER_ONLY_TERM);

  const listbox = page.getByRole('listbox', { name: 'Matching questions' });
  const seeAll = listbox.getByRole('option', { name: /^See all \d+ results?/ });
  await expect(seeAll).toBeVisible();
  // Found in answers only: every question hit says so.
  const hits = listbox.getByRole('group').getByRole('option');
  await expect(hits.first()).toContainText('in model answer');
  await shootViews(page, testInfo, 'search-combobox', PHONE_390_VIEWS);

  await page.keyboard.press('Control+Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${ANSWER_ONLY_TERM}$`));
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`results? for “${ANSWER_ONLY_TERM}”`) }),
  ).toBeVisible();

  // Each hit shows where it matched, with the model answer's words around it.
  const checkboxes = page.getByRole('checkbox', { name: /^Select: / });
  await expect(checkboxes).not.toHaveCount(0);
  expect(await checkboxes.count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('p', { hasText: /^Model answer:/ }).first()).toContainText(
    new RegExp(ANSWER_ONLY_TERM, 'i'),
  );
  await expect(
    page
      .locator('mark')
      .filter({ hasText: new RegExp(ANSWER_ONLY_TERM, 'i') })
      .first(),
  ).toBeVisible();

  const first = (await checkboxes.nth(0).getAttribute('aria-label'))!.replace(/^Select: /, '');
  await checkboxes.nth(0).check();
  await checkboxes.nth(1).check();
  await shootViews(page, testInfo, 'search-page', PHONE_390_VIEWS);

  await page.getByRole('button', { name: 'Practise selected (2)' }).click();
  await expect(page).toHaveURL(/\/practice\/new\?/);
  await page.getByRole('button', { name: 'Start practice' }).click();

  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  await expect(page.getByRole('heading', { name: first })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
});
