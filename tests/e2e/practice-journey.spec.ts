/**
 * The practice loop as a new user meets it: from the library, practise three
 * questions of the seed guide (one typed, one dictated, one skipped), reveal,
 * rate, and read the summary; a reload in the middle of typing loses nothing.
 * Every screen is saved at phone and desktop width, light and dark.
 */
import { expect, test } from '@playwright/test';

import { rateAll, reloadApp, shoot } from './support';

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';

/**
 * A stand-in for the Web Speech API (Chromium's needs Google's servers, which
 * these machines cannot reach): on start() it reports an interim phrase, then
 * the final sentence, then ends, like a short real dictation.
 */
function installFakeSpeech() {
  type Handler<E> = ((event: E) => void) | null;
  class FakeRecognition {
    lang = '';
    continuous = false;
    interimResults = false;
    onresult: Handler<unknown> = null;
    onerror: Handler<unknown> = null;
    onend: (() => void) | null = null;
    start() {
      const result = (transcript: string, isFinal: boolean) => Object.assign([{ transcript }], { isFinal });
      setTimeout(() => this.onresult?.({ resultIndex: 0, results: [result('I set up a partner', false)] }), 50);
      setTimeout(
        () =>
          this.onresult?.({
            resultIndex: 0,
            results: [result('I set up a partner scorecard and we cut onboarding from six weeks to four.', true)],
          }),
        400,
      );
    }
    stop() {
      setTimeout(() => this.onend?.(), 10);
    }
    abort() {
      this.stop();
    }
  }
  Object.assign(window, { SpeechRecognition: FakeRecognition, webkitSpeechRecognition: FakeRecognition });
}

test('practise three questions: typed (with a reload mid-answer), dictated, skipped; rate; read the summary', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.addInitScript(installFakeSpeech);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await shoot(page, testInfo, '1-home');

  await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();
  await page.getByRole('link', { name: /Practise this guide/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('3');
  await shoot(page, testInfo, '2-setup');
  await page.getByRole('button', { name: 'Start practice' }).click();

  // Question 1, typed, with a reload in the middle of the answer.
  await expect(page.getByText('Question 1 of 3')).toBeVisible();
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.click();
  await page.keyboard.type('At my previous company our partner pipeline had stalled. ');
  await reloadApp(page);
  await expect(answer).toHaveValue('At my previous company our partner pipeline had stalled. ');
  await expect(page.getByText('Question 1 of 3')).toBeVisible();
  await answer.press('End');
  await page.keyboard.type(
    'I ran a pilot project with two vendors to test their infrastructure, and as a result we signed one and onboarding took 30% less time.',
  );
  await expect(page.getByText(/\b3\d words\b/)).toBeVisible();
  await shoot(page, testInfo, '3-answer');
  await answer.press('Control+Enter');

  // Reveal and rate question 1.
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your answer' })).toContainText(
    'I ran a pilot project with two vendors',
  );
  await expect(page.getByRole('list', { name: 'Key terms used' })).toBeVisible();
  await rateAll(page, '3 Specific');
  await expect(page.getByRole('radio', { name: 'Good' })).toBeChecked();
  await page
    .getByRole('checkbox', { name: /^I covered this/ })
    .first()
    .check();
  await page.getByRole('textbox', { name: 'Note to self' }).fill('Lead with the 30%.');
  await shoot(page, testInfo, '4-reveal');
  await page.getByRole('button', { name: 'Next question' }).click();

  // Question 2, dictated.
  await expect(page.getByText('Question 2 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Dictate' }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue(
    /partner scorecard and we cut onboarding/,
  );
  await page.getByRole('button', { name: /Stop dictation/ }).click();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
  await rateAll(page, '2 Present but generic');
  await expect(page.getByRole('radio', { name: 'Hard' })).toBeChecked();
  await page.getByRole('button', { name: 'Next question' }).click();

  // Question 3, skipped.
  await expect(page.getByText('Question 3 of 3')).toBeVisible();
  // Skipping the last question ends the session without revealing its model answer.
  await page.getByRole('button', { name: 'Skip question' }).click();

  // The summary.
  await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);
  const main = page.getByRole('main');
  await expect(main).toContainText(/Q1How do you assess the technical capabilities.*Score75\/100GradeGood/);
  await expect(main).toContainText(/Q2.*Score50\/100GradeHard/);
  await expect(main).toContainText(/Q3.*ScoreSkipped/);
  await expect(main).toContainText(/Answered2 of 3Skipped1/);
  await expect(page.getByRole('button', { name: /Retry these 2 questions/ })).toBeVisible();
  await shoot(page, testInfo, '5-summary');

  // The home page no longer offers to continue a finished session.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await expect(page.getByText(/Continue your session/i)).toHaveCount(0);
});
