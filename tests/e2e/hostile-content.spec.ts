/**
 * Hostile content in real Chromium: a guide whose markdown carries raw HTML,
 * inline handlers and `javascript:` links; an answer and a note typed with the
 * same payloads; and an export file full of them, imported and replayed.
 * Nothing may run (`window.__pwned` stays unset, no dialog opens), and the page
 * may hold no element, handler or URL that could run.
 *
 * The production build bundles only content/, so this file builds its own copy
 * of the app on tests/fixtures/hostile/ (REHEARSE_CONTENT_DIR) into a temporary
 * folder and serves it on a free port, next to the shared server the other
 * journeys use.
 */
import { fileURLToPath } from 'node:url';

import { expect, type Page, test } from '@playwright/test';

import { reloadApp, useBuildOf } from './support';

const FIXTURES = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

const GUIDE_TITLE = 'Hostile Guide <img src=x onerror="window.__pwned=1">';
const Q1_TEXT = 'How do you keep <script>window.__pwned=1</script> out of a web page?';

/** What a user types, and the export file's answers and notes carry. */
const PAYLOAD = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '[click](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">a link</a>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '![x](javascript:window.__pwned=1)',
];
const TYPED = [...PAYLOAD, '<img src=x onerror="alert(\'pwned\')">', '<svg onload="alert(1)"></svg>'].join('\n');

test.describe.configure({ mode: 'serial' });

const origin = useBuildOf(FIXTURES, 'hostile');

/** Dialogs and CSP reports are collected from the first script on, for the whole test. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __blocked: string[] };
    w.__blocked = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // Libraries probe whether `new Function` is allowed (zod does); that is the app, not content.
      if (event.blockedURI === 'eval') return;
      w.__blocked.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return dialogs;
}

/**
 * Everything on the page a browser would execute (script-like elements, `on*`
 * attributes, script or data URLs), whether `window.__pwned` was set, and what
 * the page's security policy had to block (a blocked attempt is a leak too).
 */
async function expectNothingRan(page: Page, dialogs: string[]) {
  const report = await page.evaluate(() => {
    const found: string[] = [];
    const active = new Set(['script', 'iframe', 'frame', 'object', 'embed']);
    const urls = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data', 'poster']);
    for (const element of document.body.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (active.has(tag)) found.push(`<${tag}>`);
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
        // Browsers skip spaces and control characters in a URL's scheme ("java\tscript:").
        const bare = [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
        if (urls.has(name.toLowerCase()) && /^(javascript|vbscript|data):/i.test(bare)) {
          found.push(`<${tag} ${name}="${value}">`);
        }
      }
    }
    const w = window as unknown as { __pwned?: unknown; __blocked?: string[] };
    return { found, pwned: w.__pwned ?? null, blocked: w.__blocked ?? [] };
  });
  expect(report).toEqual({ found: [], pwned: null, blocked: [] });
  expect(dialogs).toEqual([]);
}

/** The notes of every attempt as stored in IndexedDB. */
function storedNotes(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('rehearse');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('attempts').objectStore('attempts').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { note: string }[]).map((attempt) => attempt.note));
          };
        };
      }),
  );
}

test('guide markdown: the guide page and a revealed model answer render no HTML and no script links', async ({
  page,
}) => {
  const dialogs = await watch(page);
  await page.goto(`${origin()}/guides/hostile-guide`);
  await expect(page.getByRole('heading', { level: 1, name: GUIDE_TITLE, exact: true })).toBeVisible();
  await expect(page.getByText(/with care, and/)).toBeVisible();
  await expect(page.getByText(/Good luck\s+with the interview\./)).toBeVisible();
  await expectNothingRan(page, dialogs);

  await page.getByRole('link', { name: Q1_TEXT }).click();
  await expect(page.getByRole('heading', { level: 1, name: Q1_TEXT, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(page.getByText(/Escape all output/)).toBeVisible();
  // The script link's words are there, but not as a link: clicking them goes nowhere.
  const cheatSheet = page.getByText('the cheat sheet', { exact: true });
  await expect(cheatSheet).toBeVisible();
  const url = page.url();
  await cheatSheet.click();
  await expect(page).toHaveURL(url);
  await expectNothingRan(page, dialogs);

  // The answer as written is parsed in the browser when opened (not compiled at build time): just as safe.
  await page.getByRole('button', { name: 'As written' }).click();
  await expect(page.getByText(/Links by reference to pages nobody checked/)).toBeVisible();
  await expect(page.getByText('the cheat sheet', { exact: true })).toBeVisible();
  await expectNothingRan(page, dialogs);
});

test('typed answer and note: shown as typed on the reveal screen, nothing runs', async ({ page }) => {
  const dialogs = await watch(page);
  await page.goto(`${origin()}/practice/new`);
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('1');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('textbox', { name: 'Your answer' }).fill(TYPED);
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();

  const answer = page.getByRole('region', { name: 'Your answer' });
  for (const line of TYPED.split('\n')) await expect(answer).toContainText(line);
  const note = page.getByRole('textbox', { name: 'Note to self' });
  await note.fill(TYPED);
  // Leaving the field saves the note; wait until it is in IndexedDB, then render it again from there.
  await note.blur();
  await expect.poll(() => storedNotes(page)).toEqual([TYPED]);
  await expectNothingRan(page, dialogs);

  await reloadApp(page);
  await expect(page.getByRole('region', { name: 'Your answer' })).toContainText(PAYLOAD[0]!);
  await expect(page.getByRole('textbox', { name: 'Note to self' })).toHaveValue(TYPED);
  await expectNothingRan(page, dialogs);
});

test('imported file: answers and notes shown as text in history replay and on the question page', async ({ page }) => {
  const dialogs = await watch(page);
  await page.goto(`${origin()}/data`);
  await page.getByLabel('Choose an export file').setInputFiles(`${FIXTURES}hostile-import.json`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import complete: 5 added, 0 updated.')).toBeVisible();
  await expectNothingRan(page, dialogs);

  await page.goto(`${origin()}/history/hostile-session-a`);
  const first = page.getByRole('list', { name: 'Questions' }).locator(':scope > li').first();
  const answer = first.getByRole('region', { name: 'Your answer' });
  const note = first.getByRole('region', { name: 'Your note' });
  for (const line of PAYLOAD) {
    await expect(answer).toContainText(line);
    await expect(note).toContainText(line);
  }
  await expect(first.getByRole('region', { name: 'Model answer' })).toContainText('Escape all output');
  await expectNothingRan(page, dialogs);

  await first.getByRole('heading', { level: 2 }).getByRole('link').click();
  const attempts = page.getByRole('region', { name: 'Your attempts' });
  await expect(attempts).toContainText('2 attempts');
  const diff = page.getByRole('group', { name: 'Changes from attempt 1 to attempt 2' });
  await expect(diff).toContainText(PAYLOAD[0]!);
  await expect(diff.locator('ins')).toContainText(['Second']);
  await expectNothingRan(page, dialogs);
});
