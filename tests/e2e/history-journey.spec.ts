/**
 * After practising, as a new user meets it (issue 4): two sessions of the seed
 * guide answer the same first question in different words; History lists
 * both newest first and replays one; the question page compares the two
 * answers word by word; Progress draws its charts; the next day the home page
 * says what is due; and "Your data" exports (JSON and Markdown), clears
 * everything and imports it back. Every screen is saved at phone and desktop
 * width, light and dark.
 */
import { readFile } from 'node:fs/promises';

import { expect, test, type Page } from '@playwright/test';

import { rateAll, reloadApp, shoot } from './support';

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';
/** The seed guide's first question (guide order is the default): both sessions start with it. */
const FIRST_QUESTION = /^How do you assess the technical capabilities/;

const FIRST_ANSWER = 'At Acme I ran a pilot with two vendors and we signed one partner within a quarter.';
const SECOND_ANSWER = 'At Acme I ran a quick pilot with two vendors and we signed one reseller within a quarter.';

const DAY_MS = 24 * 60 * 60 * 1000;

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** One two-question session of the seed guide, both questions answered and every part rated at `level`. */
async function practiseSession(page: Page, answers: [string, string], level: string, grade: string) {
  await nav(page, 'Practise').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('2');
  await page.getByRole('button', { name: 'Start practice' }).click();

  for (const [index, text] of answers.entries()) {
    await expect(page.getByText(`Question ${index + 1} of 2`)).toBeVisible();
    await page.getByRole('textbox', { name: 'Your answer' }).fill(text);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
    await rateAll(page, level);
    await expect(page.getByRole('radio', { name: grade })).toBeChecked();
    // On the last question the same button says "Finish".
    await page.getByRole('button', { name: index === 0 ? 'Next question' : 'Finish', exact: true }).click();
  }
  await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);
}

test('history, replay, attempt diff, progress, due reviews, and export / clear / import', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  // The clock flows normally; it is installed so the test can come back "tomorrow" for due reviews.
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  // A new user has nothing due.
  await expect(page.getByRole('heading', { name: /due today/ })).toHaveCount(0);

  // Session 1: rated "3 Specific" (Good). Session 2: rated "0 Missing" (Again), same first question reworded.
  await practiseSession(page, [FIRST_ANSWER, 'I hold a weekly call with each new partner.'], '3 Specific', 'Good');
  await expect(page.getByRole('main')).toContainText(/Score75\/100GradeGood/);
  await practiseSession(page, [SECOND_ANSWER, 'I send partners a monthly scorecard.'], '0 Missing', 'Again');
  await expect(page.getByRole('main')).toContainText(/Score0\/100GradeAgain/);

  // History: both sessions, newest (the "Again" one, average 0%) first.
  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByText('2 sessions', { exact: true })).toBeVisible();
  const rows = page.getByRole('list', { name: 'Sessions' }).getByRole('article');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(/Answered2 of 2Average0%/);
  await expect(rows.nth(1)).toContainText(/Answered2 of 2Average75%/);
  await shoot(page, testInfo, '1-history');

  // The older session's replay: the answer, the ratings, the model answer.
  await rows.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Session of / })).toBeVisible();
  const replayQuestions = page.getByRole('list', { name: 'Questions' }).locator(':scope > li');
  await expect(replayQuestions).toHaveCount(2);
  const firstReplay = replayQuestions.first();
  await expect(firstReplay.getByRole('heading', { level: 2 })).toHaveText(FIRST_QUESTION);
  await expect(firstReplay.getByRole('region', { name: 'Your answer' })).toContainText(FIRST_ANSWER);
  const ratings = firstReplay.getByRole('region', { name: 'Your ratings' });
  await expect(ratings).toContainText('ContextSpecific3/4');
  await expect(ratings).toContainText('OutcomeSpecific3/4');
  await expect(firstReplay.getByRole('region', { name: 'Model answer' })).not.toBeEmpty();
  await expect(page.getByRole('main')).toContainText(/Average score75%/);
  await shoot(page, testInfo, '2-replay');

  // The question answered twice: both attempts and a word diff between them.
  await firstReplay.getByRole('heading', { level: 2 }).getByRole('link').click();
  const attemptsSection = page.getByRole('region', { name: 'Your attempts' });
  await expect(attemptsSection).toContainText('2 attempts · last score 0% · best 75%');
  await expect(attemptsSection.getByRole('list', { name: 'Previous attempts' }).getByRole('listitem')).toHaveCount(2);
  const diff = page.getByRole('group', { name: 'Changes from attempt 1 to attempt 2' });
  await expect(diff.locator('ins')).toContainText(['quick', 'reseller']);
  await expect(diff.locator('del')).toContainText(['partner']);
  await expect(attemptsSection).toContainText('2 words added, 1 word removed, 16 unchanged.');
  const questionUrl = page.url();
  await shoot(page, testInfo, '3-diff');

  // Progress: charts and real totals.
  await nav(page, 'Progress').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByText('4 answers to 2 questions, 4 of them fully rated.')).toBeVisible();
  await expect(page.getByRole('img').first()).toBeVisible();
  expect(await page.getByRole('img').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('img', { name: /average score by category/i })).toBeVisible();
  await shoot(page, testInfo, '4-progress');

  // Due dates are in whole days: nothing answered today is due today...
  await nav(page, 'Library').click();
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /due today/ })).toHaveCount(0);
  // ...but tomorrow the two questions graded "Again" are (the "Good" ones would wait longer).
  await page.clock.setSystemTime(Date.now() + DAY_MS + 60_000);
  await reloadApp(page);
  await expect(page.getByRole('heading', { name: '2 due today' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review due' })).toBeVisible();

  // Your data: export JSON and Markdown.
  await nav(page, 'Your data').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^rehearse-export-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonPath = testInfo.outputPath(json.suggestedFilename());
  await json.saveAs(jsonPath);
  expect(await readFile(jsonPath, 'utf8')).toContain(SECOND_ANSWER);

  const mdDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export answers as Markdown' }).click();
  const md = await mdDownload;
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const mdPath = testInfo.outputPath(md.suggestedFilename());
  await md.saveAs(mdPath);
  const markdown = await readFile(mdPath, 'utf8');
  expect(markdown).toMatch(/How do you assess the technical capabilities/);
  expect(markdown).toContain(FIRST_ANSWER);

  // Clear all data: the dialog, then the typed word.
  await page.getByRole('button', { name: 'Clear all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  await expect(dialog).toContainText('This deletes 2 sessions, 4 attempts, 2 review schedules');
  const deleteButton = dialog.getByRole('button', { name: 'Delete everything' });
  await expect(deleteButton).toBeDisabled();
  await dialog.getByRole('textbox', { name: /type delete to confirm/ }).fill('delete');
  await deleteButton.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('All practice data was deleted from this browser.')).toBeVisible();

  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();

  // Import the exported file: preview first, then confirm.
  await nav(page, 'Your data').click();
  await page.getByLabel('Choose an export file').setInputFiles(jsonPath);
  await expect(page.getByText('Adds 2 sessions, 4 attempts and 2 review schedules.')).toBeVisible();
  await shoot(page, testInfo, '5-data-preview');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import complete: 8 added, 0 updated.')).toBeVisible();

  await nav(page, 'History').click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(/Average0%/);
  await expect(rows.nth(1)).toContainText(/Average75%/);

  await page.goto(questionUrl);
  await expect(page.getByRole('region', { name: 'Your attempts' })).toContainText(
    '2 attempts · last score 0% · best 75%',
  );
  await expect(page.getByRole('group', { name: 'Changes from attempt 1 to attempt 2' }).locator('ins')).toContainText([
    'quick',
    'reseller',
  ]);
});
