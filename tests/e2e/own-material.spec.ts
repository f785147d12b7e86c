/**
 * Bring your own interview (issue 15), as a user meets it: add three guides of
 * different shapes (a file chosen, a file dropped on the library, markdown
 * pasted), practise one, replace it with a newer version (the practised
 * question keeps its attempt), delete one and undo, write questions of one's
 * own and practise them, keep STAR stories and tell one in practice, then
 * export everything, clear it, and import it back.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { expect, type Page, test, type TestInfo } from '@playwright/test';

import { rateAll, shoot } from './support';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

const HARBOUR = 'Harbour Pilot Interview Guide';
const NESTED = 'Nested Shapes Test Guide';
const TIDE = 'Tide Planner Interview Guide';
const PASSAGE = 'How do you plan a passage into an unfamiliar harbour?';
const MY_FIRST = 'How do you decide which ferry route to cut in winter?';
const MY_SECOND = 'Tell me about a time you calmed an angry passenger.';
const PILOT_STORY = 'Bringing the tanker in at neap tide';
const OTHER_STORY = 'Winning back a lost customer';

/** A guide's card in the library. */
const card = (page: Page, title: string) =>
  page.getByRole('list', { name: 'Guides' }).getByRole('article').filter({ hasText: title });

/** Saves the screen (phone and desktop, light and dark) and checks that at phone width it never scrolls sideways. */
async function capture(page: Page, testInfo: TestInfo, screen: string) {
  await shoot(page, testInfo, screen);
  const original = page.viewportSize()!;
  await page.setViewportSize({ width: 375, height: 812 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${screen} scrolls sideways on a phone`).toBe(0);
  await page.setViewportSize(original);
}

/** Goes to the library and waits for its guides. */
async function library(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Guides' })).toBeVisible();
}

/** Chooses "Guide order" on the practice setup, by its visible label. */
async function guideOrder(page: Page) {
  const radio = page.getByRole('radio', { name: /^Guide order/ });
  await radio.locator('xpath=ancestor::label').click();
  await expect(radio).toBeChecked();
}

/** Types an answer into the answer box and submits it; waits for the reveal. */
async function answer(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Your answer' }).fill(text);
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
}

test('bring your own interview: add, practise, replace, delete, write, tell stories, export and import', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 900 });

  await test.step('add a guide from a file', async () => {
    await library(page);
    await page.getByRole('link', { name: 'Add guides' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add guides' })).toBeVisible();
    await page.getByLabel('Choose guide files').setInputFiles(fixture('guide-import/harbour-pilot.md'));
    await expect(page.getByRole('heading', { name: 'What was found' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: HARBOUR })).toBeChecked();
    await expect(page.getByText('harbour-pilot.md', { exact: true })).toBeVisible();
    await capture(page, testInfo, '1-import-preview');
    await page.getByRole('button', { name: 'Add 1 guide' }).click();
    await expect(page.getByText('Added 1 guide')).toBeVisible();
    await expect(page.getByRole('link', { name: HARBOUR })).toBeVisible();
  });

  await test.step('drop a file on the library', async () => {
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await expect(card(page, HARBOUR)).toBeVisible();
    const text = await readFile(fixture('shapes/nested-shapes.md'), 'utf8');
    const dataTransfer = await page.evaluateHandle((markdown) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([markdown], 'nested-shapes.md', { type: 'text/markdown' }));
      return transfer;
    }, text);
    // Anywhere on the library: here, on its list of guides.
    const target = page.getByRole('list', { name: 'Guides' });
    for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
    await expect(page).toHaveURL(/\/add-guides$/);
    await expect(page.getByRole('heading', { name: 'What was found' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: NESTED })).toBeChecked();
    await page.getByRole('button', { name: 'Add 1 guide' }).click();
    await expect(page.getByText('Added 1 guide')).toBeVisible();
  });

  await test.step('paste a guide with a name', async () => {
    await page.getByRole('button', { name: 'Add more' }).click();
    await page.getByText('Paste markdown instead').click();
    await page.getByRole('textbox', { name: 'Guide name' }).fill('Tide Planner');
    await page
      .getByRole('textbox', { name: 'Guide markdown' })
      .fill(await readFile(fixture('guide-import/tide-planner.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Read pasted guide' }).click();
    await expect(page.getByRole('checkbox', { name: TIDE })).toBeChecked();
    await page.getByRole('button', { name: 'Add 1 guide' }).click();
    await expect(page.getByText('Added 1 guide')).toBeVisible();

    await library(page);
    for (const title of [HARBOUR, NESTED, TIDE]) {
      await expect(card(page, title).getByText('Yours', { exact: true })).toBeVisible();
    }
    await capture(page, testInfo, '2-library-own-guides');
  });

  await test.step('practise the first question of the harbour guide', async () => {
    await card(page, HARBOUR).getByRole('link', { name: HARBOUR }).click();
    await page.getByRole('link', { name: 'Practise this guide' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();
    await page.getByRole('spinbutton', { name: 'Questions' }).fill('1');
    await guideOrder(page);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(page.getByText('Question 1 of 1')).toBeVisible();
    await expect(page.getByRole('heading', { name: PASSAGE })).toBeVisible();
    await answer(page, 'I check the charts and the tide tables, agree the plan with the master, and berth on time.');
    await rateAll(page, '3 Specific');
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);
  });

  await test.step('replace the harbour guide with a newer version', async () => {
    await page.goto('/guides/harbour-pilot');
    await expect(page.getByRole('heading', { level: 1, name: HARBOUR })).toBeVisible();
    await page.getByRole('link', { name: 'Replace with a newer version' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Replace “${HARBOUR}”` })).toBeVisible();
    await page.getByLabel('Choose the new file').setInputFiles(fixture('guide-import/harbour-pilot-v2.md'));
    await expect(page.getByRole('heading', { name: 'What was found' })).toBeVisible();
    await expect(page.getByText('1 new · 1 changed · 1 removed · 3 unchanged')).toBeVisible();
    await capture(page, testInfo, '3-replace-preview');
    await page.getByRole('button', { name: 'Replace the guide' }).click();
    await expect(page.getByText('Guide replaced')).toBeVisible();

    await page.goto('/guides/harbour-pilot');
    await expect(page.getByRole('link', { name: 'How do you handle a vessel with a language barrier' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'What does squat mean' })).toHaveCount(0);
    await expect(page.getByText(/You have rated answers to\s*1 of 5\s*questions/)).toBeVisible();
    await page.getByRole('link', { name: PASSAGE }).click();
    const attempts = page.getByRole('region', { name: 'Your attempts' });
    await expect(attempts.getByRole('list', { name: 'Previous attempts' }).getByRole('listitem')).toHaveCount(1);
  });

  await test.step('delete the tide guide and undo', async () => {
    await page.goto('/guides/tide-planner');
    await expect(page.getByRole('heading', { level: 1, name: TIDE })).toBeVisible();
    await page.getByRole('button', { name: 'Delete guide' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${TIDE}”?` });
    await dialog.getByRole('button', { name: 'Delete guide' }).click();
    await expect(page.getByText(`“${TIDE}” deleted.`)).toBeVisible();
    await expect(card(page, TIDE)).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText(`“${TIDE}” restored.`)).toBeVisible();
    await expect(card(page, TIDE)).toBeVisible();
  });

  await test.step('write two questions and practise them', async () => {
    for (const question of [MY_FIRST, MY_SECOND]) {
      await page.goto('/write');
      await expect(page.getByRole('heading', { level: 1, name: 'Write your own question' })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Guide' })).toHaveValue('my-questions');
      await page.getByRole('textbox', { name: 'Question' }).fill(question);
      await page.getByRole('textbox', { name: 'Outcome' }).fill('Fewer complaints and a route that paid for itself.');
      await page.getByRole('button', { name: 'Save question' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'My questions' })).toBeVisible();
      await expect(page.getByRole('link', { name: question })).toBeVisible();
    }

    await page.goto('/practice/new?guide=my-questions');
    // The setup remembers the last session's count (1): both questions this time.
    await page.getByRole('spinbutton', { name: 'Questions' }).fill('2');
    await guideOrder(page);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(page.getByText('Question 1 of 2')).toBeVisible();
    await answer(page, 'We looked at the numbers for each route and cut the one that ran empty.');
    await page.getByRole('button', { name: 'Next question' }).click();
    await expect(page.getByText('Question 2 of 2')).toBeVisible();
    await answer(page, 'I listened first, then offered a seat on the next sailing, and he wrote to thank us.');
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);
    await expect(page.getByRole('main')).toContainText(MY_FIRST);
    await expect(page.getByRole('main')).toContainText(MY_SECOND);
  });

  await test.step('keep two stories, link one by its suggestion, tell it in practice', async () => {
    const stories = [
      {
        title: PILOT_STORY,
        situation: 'A deep-draught tanker had to come in at neap tide.',
        task: 'Bring her to the berth safely in the tidal window.',
        action: 'I planned the passage on the second high water and briefed the tugs.',
        result: 'Berthed on time with 0.6 m under the keel.',
        tags: 'harbour, passage planning, pilotage',
      },
      {
        title: OTHER_STORY,
        situation: 'A regular shipper had moved to another port.',
        task: 'Win the contract back.',
        action: 'I met them, listened, and changed our booking slots.',
        result: 'They came back within 3 months.',
        tags: 'customer, negotiation',
      },
    ];
    for (const story of stories) {
      await page.goto('/stories/new');
      await page.getByRole('textbox', { name: 'Title' }).fill(story.title);
      await page.getByRole('textbox', { name: 'Situation' }).fill(story.situation);
      await page.getByRole('textbox', { name: 'Task' }).fill(story.task);
      await page.getByRole('textbox', { name: 'Action' }).fill(story.action);
      await page.getByRole('textbox', { name: 'Result' }).fill(story.result);
      await page.getByRole('textbox', { name: 'Tags' }).fill(story.tags);
      await page.getByRole('button', { name: 'Save story' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Your stories' })).toBeVisible();
    }
    const list = page.getByRole('list', { name: 'Stories' });
    await expect(list.getByRole('listitem').filter({ hasText: PILOT_STORY })).toBeVisible();
    await expect(list.getByRole('listitem').filter({ hasText: OTHER_STORY })).toBeVisible();
    await capture(page, testInfo, '4-stories');

    await page.goto('/guides/harbour-pilot');
    await page.getByRole('link', { name: PASSAGE }).click();
    await expect(page.getByRole('heading', { level: 1, name: PASSAGE })).toBeVisible();
    const suggested = page.getByRole('list', { name: 'Suggested stories' });
    await expect(suggested.getByRole('listitem').filter({ hasText: PILOT_STORY })).toBeVisible();
    await expect(suggested.getByRole('listitem').filter({ hasText: OTHER_STORY })).toHaveCount(0);
    await capture(page, testInfo, '5-question-story-suggestion');
    await page.getByRole('button', { name: `Link “${PILOT_STORY}”` }).click();
    await expect(
      page.getByRole('list', { name: 'Linked stories' }).getByRole('link', { name: PILOT_STORY }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Practise just this' }).click();
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(page.getByRole('heading', { name: PASSAGE })).toBeVisible();
    await answer(page, 'The tanker at neap tide: I planned it on the second high water and we berthed on time.');
    const told = page.getByRole('combobox', { name: 'Story you told' });
    await told.selectOption({ label: PILOT_STORY });
    await expect(told).toHaveValue(/.+/);
    await expect(page.getByText('Berthed on time with 0.6 m under the keel.')).toBeVisible();
    await rateAll(page, '3 Specific');
    await capture(page, testInfo, '6-reveal-with-story');
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);

    await page.goto('/history');
    await page.getByRole('list', { name: 'Sessions' }).getByRole('article').first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: /^Session of / })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Story you told' })).toContainText(PILOT_STORY);
  });

  await test.step('export, clear, import: everything comes back', async () => {
    await page.goto('/data');
    await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
    const download = await downloading;
    const exported = testInfo.outputPath('rehearse-export.json');
    await download.saveAs(exported);
    const file = JSON.parse(await readFile(exported, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(expect.arrayContaining(['guides', 'stories']));

    await page.getByRole('button', { name: 'Clear all data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
    await dialog.getByRole('textbox', { name: /type delete to confirm/ }).fill('delete');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByText('All practice data was deleted from this browser.')).toBeVisible();

    await library(page);
    await expect(page.getByRole('list', { name: 'Guides' }).getByText('Yours', { exact: true })).toHaveCount(0);
    await expect(card(page, HARBOUR)).toHaveCount(0);
    await page.goto('/stories');
    await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();

    await page.goto('/data');
    await page.getByLabel('Choose an export file').setInputFiles(exported);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText(/Import complete: \d+ added, 0 updated\./)).toBeVisible();
    await capture(page, testInfo, '7-data-after-import');

    await library(page);
    for (const title of [HARBOUR, NESTED, TIDE, 'My questions']) {
      await expect(card(page, title).getByText('Yours', { exact: true })).toBeVisible();
    }
    await page.goto('/stories');
    const restored = page.getByRole('list', { name: 'Stories' }).locator(':scope > li');
    await expect(restored).toHaveCount(2);
    await expect(restored.filter({ hasText: PILOT_STORY })).toBeVisible();
    await page.goto('/history');
    await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('article')).toHaveCount(3);
    await page.getByRole('list', { name: 'Sessions' }).getByRole('article').first().getByRole('link').click();
    await expect(page.getByRole('region', { name: 'Story you told' })).toContainText(PILOT_STORY);
  });
});
