/**
 * When storage fails, nothing the user wrote is lost (issue "Data safety"):
 * IndexedDB blocked from the start, the disk filling up mid-session, and a
 * crash while rendering. In each case the user can keep going or get out,
 * and the file they download is an export that Rehearse imports back.
 * The banner and the crash screens are saved at phone and desktop width,
 * light and dark.
 */
import { readFile } from 'node:fs/promises';

import { expect, test, type Download, type Page, type TestInfo } from '@playwright/test';

import { parseExport } from '../../src/domain/transfer';
import { rateAll, shoot, waitForApp } from './support';

const ANSWER = 'I ran a pilot with two vendors and we signed one partner within a quarter.';
const QUOTA_MESSAGE =
  "Your browser's storage for this site is full, so your latest practice wasn't saved. It is still here in this tab.";

/** The file a download saved, parsed as an import would parse it. */
async function readExport(download: Download, testInfo: TestInfo) {
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const text = await readFile(path, 'utf8');
  const parsed = parseExport(text);
  if (!parsed.ok) throw new Error(`The download does not import:\n${parsed.problems.join('\n')}`);
  return { file: parsed.file, json: JSON.parse(text) as Record<string, unknown> };
}

/** One question, typed, submitted and rated: the smallest piece of real work. */
async function answerOneQuestion(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practise', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('1');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText('Question 1 of 1')).toBeVisible();
  await page.getByRole('textbox', { name: 'Your answer' }).fill(ANSWER);
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
  await rateAll(page, '3 Specific');
  await expect(page.getByRole('radio', { name: 'Good' })).toBeChecked();
}

/**
 * The banner sits at the top of long pages: the first screen is what matters,
 * and full-page shots of the practice screen would triple the test's time.
 * Same views and file names as `shoot`.
 */
async function shootTop(page: Page, testInfo: TestInfo, screen: string) {
  const original = page.viewportSize()!;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of [
      { name: 'desktop', width: 1280, height: 900 },
      { name: 'phone', width: 375, height: 812 },
    ]) {
      await page.setViewportSize({ width: view.width, height: view.height });
      await page.screenshot({ path: testInfo.outputPath(`${screen}-${view.name}-${scheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(original);
}

test.beforeEach(async ({ page }) => {
  // Each takes a few seconds on an idle machine; the shared ones here run several builds at once.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('IndexedDB blocked: the banner says so, practice works in memory, and the export imports', async ({
  page,
}, testInfo) => {
  await page.addInitScript(() => {
    // What Firefox's private mode and "block site data" settings do.
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/');
  const banner = page.getByRole('region', { name: "Rehearse can't save in this browser" });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('alert')).toContainText('private browsing');
  await shootTop(page, testInfo, 'banner-memory-only');

  await answerOneQuestion(page);
  await expect(banner).toBeVisible();

  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export my data' }).click();
  const { file } = await readExport(await download, testInfo);
  expect(file.attempts).toHaveLength(1);
  expect(file.attempts[0]).toMatchObject({ answer: ANSWER, grade: 'good' });
  expect(file.sessions.map((s) => s.id)).toEqual([file.attempts[0]!.sessionId]);
  await expect(banner.getByRole('status')).toContainText(/Saved rehearse-export-\d{4}-\d{2}-\d{2}\.json/);
});

test('storage full mid-session: the banner gives the reason, work continues, and the export has it all', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
  await waitForApp(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // From now on every write fails as a full disk makes it fail.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });

  await answerOneQuestion(page);
  const banner = page.getByRole('region', { name: 'Your practice may not be saved' });
  await expect(banner.getByRole('alert')).toContainText(QUOTA_MESSAGE);
  await page.getByRole('textbox', { name: 'Note to self' }).fill('Lead with the numbers.');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shootTop(page, testInfo, 'banner-quota');

  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export my data' }).click();
  const { file } = await readExport(await download, testInfo);
  // Including what was done after the failure.
  expect(file.attempts[0]).toMatchObject({ answer: ANSWER, grade: 'good', note: 'Lead with the numbers.' });

  // Dismissed, it stays away until the next failure.
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});

/**
 * A session and an answer written by the app itself (a real practice round),
 * plus a record that a bug or a hand edit mangled.
 */
async function practiseAndMangleOne(page: Page) {
  await page.goto('/');
  await answerOneQuestion(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rehearse');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('attempts', 'readwrite');
          tx.objectStore('attempts').put({ id: 'mangled', answer: 'A half-written answer' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
  );
}

async function downloadRescue(page: Page, testInfo: TestInfo) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^rehearse-rescue-\d{4}-\d{2}-\d{2}\.json$/);
  const { file, json } = await readExport(saved, testInfo);
  expect(file.attempts.map((a) => a.answer)).toEqual([ANSWER]);
  expect(json.setAside).toEqual([
    expect.objectContaining({ record: { id: 'mangled', answer: 'A half-written answer' } }),
  ]);
}

/** practiseAndMangleOne, then `breakage` runs in the browser before each later page load. */
async function practiseMangleOneAndBreak(page: Page, breakage: () => void) {
  await practiseAndMangleOne(page);
  await page.addInitScript(breakage);
}

test('a page that crashes while rendering: its error screen downloads everything stored', async ({
  page,
}, testInfo) => {
  // History writes each session's time of day with Intl.DateTimeFormat: a browser whose
  // locale support is broken makes that page throw while rendering.
  await practiseMangleOneAndBreak(page, () => {
    // `format` is a getter on the prototype.
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      get() {
        throw new RangeError('Incorrect locale information provided');
      },
    });
  });
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
  // The shell is still there around it.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await shoot(page, testInfo, 'route-error');
  await downloadRescue(page, testInfo);
});

test('the app shell crashes: the crash screen downloads everything stored, and resets after asking twice', async ({
  page,
}, testInfo) => {
  // The header's shortcuts dialog opens with showModal(); a browser where that
  // throws breaks the shell itself, outside any page's error screen.
  await practiseMangleOneAndBreak(page, () => {
    HTMLDialogElement.prototype.showModal = () => {
      throw new DOMException('The element is not in a Document.', 'InvalidStateError');
    };
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Rehearse stopped working' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await shoot(page, testInfo, 'crash-screen');

  await downloadRescue(page, testInfo);

  await page.evaluate(() => localStorage.setItem('rehearse:v1:backup', '{"kept":"from an older version"}'));
  await page.getByRole('button', { name: 'Reset the app…' }).click();
  const confirm = page.getByRole('group', { name: 'Delete all practice on this device?' });
  await expect(confirm).toContainText("It can't be undone");
  await shoot(page, testInfo, 'crash-screen-confirm');
  await confirm.getByRole('button', { name: 'Delete everything and start over' }).click();

  // Back at the start, with nothing left (the app's own open connection gave way to the delete).
  await expect(page.getByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('rehearse:v1:backup'))).toBeNull();
});
