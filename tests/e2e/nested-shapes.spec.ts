/**
 * Real guides nest their model answers in many shapes (issue 13). On a build of
 * the app over tests/fixtures/shapes/ (one guide, one question per shape), a
 * user practises one question of each shape and the reveal shows every nested
 * Context / Approach / Example / Outcome in its own card under the scenario or
 * point it came from, the checklists built from nested Best Practice and
 * Pitfall labels, a technical question with the parts that do not apply
 * switched off and a fair grade, and a question without a model answer that
 * says so.
 */
import { fileURLToPath } from 'node:url';

import { expect, type Locator, type Page, test } from '@playwright/test';

import { shoot, useBuildOf } from './support';

const FIXTURES = fileURLToPath(new URL('../fixtures/shapes/', import.meta.url));

test.describe.configure({ mode: 'serial' });

const origin = useBuildOf(FIXTURES, 'shapes');

/** Opens the question from its guide, practises just it, types an answer and submits it. */
async function practise(page: Page, question: string, answer: string) {
  await page.goto(`${origin()}/guides/nested-shapes`);
  await page.getByRole('link', { name: question }).click();
  await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
  await page.getByRole('link', { name: 'Practise just this' }).click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  const box = page.getByRole('textbox', { name: 'Your answer' });
  await box.fill(answer);
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
}

/** A rubric part's card on the reveal. */
const card = (page: Page, part: string): Locator => page.getByRole('region', { name: part, exact: true });

/** The sub-headings (wrapper titles) inside a card. */
const subHeadings = (region: Locator) => region.getByRole('heading', { level: 4 });

async function rate(page: Page, part: string, level: string) {
  const radio = page.getByRole('radiogroup', { name: `Rate your ${part}` }).getByRole('radio', { name: level });
  await radio.locator('xpath=ancestor::label').click();
  await expect(radio).toBeChecked();
}

test('Scenario 1 / Scenario 2: each card shows every scenario’s part under its title, and the checklists', async ({
  page,
}, testInfo) => {
  await practise(
    page,
    'Tell me about a time you turned around an unhappy customer.',
    'At a hospital client we were three weeks late. I reran the plan around night shifts and we went live early.',
  );

  const scenario1 = 'Scenario 1: Rescuing a delayed hospital rollout';
  const scenario2 = 'Scenario 2: Winning back a churned retailer';
  for (const part of ['Context', 'Approach', 'Outcome']) {
    await expect(subHeadings(card(page, part))).toHaveText([scenario1, scenario2]);
  }
  await expect(card(page, 'Context')).toContainText('A hospital group was three weeks behind');
  await expect(card(page, 'Context')).toContainText('A retailer had left after repeated billing errors.');
  await expect(card(page, 'Outcome')).toContainText('Went live two days early and renewed for three years.');
  await expect(card(page, 'Outcome')).not.toContainText('This model answer has no outcome part');
  // The scenarios themselves are the examples.
  await expect(card(page, 'Example')).toContainText('Rescuing a delayed hospital rollout.');

  // Checklists from the nested singular labels, under their scenario.
  const practices = page.getByRole('region', { name: 'Best practices' });
  await expect(practices.getByRole('checkbox', { name: /Agree one shared tracker/ })).toHaveAccessibleDescription(
    scenario1,
  );
  const pitfalls = page.getByRole('region', { name: 'Pitfalls' });
  await expect(pitfalls.getByRole('checkbox', { name: /Promising dates before the engineers/ })).toBeVisible();

  // A behavioural question keeps all four parts.
  await expect(page.getByRole('checkbox', { name: /doesn't apply to this question/, checked: true })).toHaveCount(0);

  // The answer as the guide wrote it, one click away.
  const asWritten = page.getByRole('button', { name: 'Model answer as written' });
  await expect(asWritten).toHaveAttribute('aria-expanded', 'false');
  await asWritten.click();
  await expect(asWritten).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Model answer as written' })).toContainText(
    'Scenario 1: Rescuing a delayed hospital rollout.',
  );
  await shoot(page, testInfo, 'scenarios');
});

test('point items, a Detailed Answer and an Approach that holds Context and Outcome reach their cards', async ({
  page,
}) => {
  await practise(page, 'Explain the difference between batch and stream processing.', 'Batch waits, streams do not.');
  await expect(subHeadings(card(page, 'Context'))).toHaveText(['Batch processing', 'Stream processing']);
  await expect(card(page, 'Example')).toContainText("A nightly payroll run over the day's timesheets.");
  await expect(card(page, 'Outcome')).toContainText('Answers within seconds of the event.');
  await expect(page.getByRole('region', { name: 'Pitfalls' })).toContainText('Stale numbers between runs.');
  await expect(page.getByRole('region', { name: 'Best practices' })).toContainText('Make every handler idempotent');

  await practise(page, 'Describe a time you had to learn a new tool quickly.', 'I paired with the vendor daily.');
  await expect(card(page, 'Example')).toContainText('I moved forty dashboards to the new tool in two weeks');
  await expect(card(page, 'Example')).toContainText('I wrote a one-page cheat sheet');
  const pitfalls = page.getByRole('region', { name: 'Pitfalls' });
  await expect(pitfalls.getByRole('checkbox')).toHaveCount(2);
  await expect(pitfalls).toContainText('Hide the gaps from stakeholders until launch day.');

  await practise(page, 'How would you handle two critical projects due on the same day?', 'I would rank the risks.');
  await expect(card(page, 'Context')).toContainText('Two launches for two directors landed on the same Friday.');
  await expect(card(page, 'Approach')).toContainText('I mapped both plans on one board');
  await expect(card(page, 'Approach')).not.toContainText('Two launches');
  await expect(card(page, 'Outcome')).toContainText('Both shipped');
  await expect(card(page, 'Outcome')).toContainText('Fewer escalations the next quarter.');
});

test('a technical question starts with Context and Outcome not applying, and an honest rating gets a fair grade', async ({
  page,
}, testInfo) => {
  await practise(
    page,
    'Explain closures in JavaScript.',
    'A closure is a function that keeps the variables of the scope it was made in, like a counter factory.',
  );
  const contextOff = page.getByRole('checkbox', { name: "Context doesn't apply to this question" });
  const outcomeOff = page.getByRole('checkbox', { name: "Outcome doesn't apply to this question" });
  await expect(contextOff).toBeChecked();
  await expect(outcomeOff).toBeChecked();
  await expect(page.getByRole('checkbox', { name: "Approach doesn't apply to this question" })).not.toBeChecked();
  await expect(card(page, 'Context')).toContainText('A technical question: the model answer has no context part.');
  // The nested italic example is the model's example.
  await expect(card(page, 'Example')).toContainText('A counter factory whose inner function keeps incrementing');

  await rate(page, 'approach', '3 Specific');
  await rate(page, 'example', '3 Specific');
  await expect(page.getByText(/Score 75\/100/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Good' })).toBeChecked();
  await shoot(page, testInfo, 'technical');

  // Switching a part back on makes it count: the grade waits for its rating.
  await contextOff.uncheck();
  await expect(page.getByRole('radiogroup', { name: 'Rate your context' })).toBeVisible();
  await rate(page, 'context', '0 Missing');
  await expect(page.getByRole('radio', { name: 'Again' })).toBeChecked();
});

test('a question without a model answer says so, and can still be rated', async ({ page }, testInfo) => {
  await practise(
    page,
    'How do you keep your skills current?',
    'I read release notes every Friday and build a small demo.',
  );
  await expect(page.getByText('This guide has no model answer for this question.')).toBeVisible();
  await expect(page.getByText(/Question from/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Model answer as written' })).toHaveCount(0);
  for (const part of ['context', 'approach', 'example', 'outcome']) await rate(page, part, '2 Present but generic');
  await expect(page.getByText(/Score 50\/100/)).toBeVisible();
  await shoot(page, testInfo, 'no-model-answer');
});
