/**
 * The production build runs under its Content-Security-Policy, and has what
 * an installable app needs (a manifest Chromium accepts). Every main
 * route, loaded directly and reached by navigation, with the code that needs
 * most (markdown, charts, the virtualised history, import and export), raises
 * no CSP violation and logs no CSP error; and each route has its own title.
 * A first test proves the policy is really enforced and that a violation
 * would be seen, so the others cannot pass for want of a policy.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import { expect, test, type Page } from '@playwright/test';

import { gotoApp, rateAll } from './support';

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records violations from the first script on: init scripts are not subject to the page's CSP. */
function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (load|execute|apply|evaluate|connect|frame)/i.test(text)) {
      violations.push(`console ${message.type()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => {
    if (/Content Security Policy|unsafe-eval|unsafe-inline/i.test(error.message))
      violations.push(`error: ${error.message}`);
  });
  return {
    async all(): Promise<string[]> {
      const events = await page.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? []);
      return [...violations, ...events.map((v) => `event: ${v.directive} blocked ${v.blocked} ${v.sample}`)];
    },
    async clear() {
      violations.length = 0;
      await page.evaluate(() => ((window as unknown as { __csp: Violation[] }).__csp = []));
    },
  };
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: Violation[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__csp.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
});

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

test('the built page carries a strict policy, and it is enforced', async ({ page }) => {
  const csp = watchViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  // One inline script, the prerendered page's boot script (scripts/prerender-html.ts), allowed by its hash alone.
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256').update(inline[0]!, 'utf8').digest('base64');
  expect(policy!.match(/'sha256-[^']+'/g)).toEqual([`'sha256-${hash}'`]);

  // An inline script added at runtime is blocked, and the block is seen.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    // The browser decides on the script as it is inserted, and reports a block with this event.
    const blocked = new Promise((resolve) =>
      document.addEventListener('securitypolicyviolation', resolve, { once: true }),
    );
    document.head.append(script);
    await blocked;
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(async () => (await csp.all()).join('\n')).toContain('script-src');
});

test('the web app manifest parses, and nothing but the test browser being incognito stops installing it', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('every main route works under the policy and has its own title', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const csp = watchViolations(page);
  const clean = async (where: string) => expect(await csp.all(), `CSP violations on ${where}`).toEqual([]);

  // Home.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Interview guides · Rehearse');
  await clean('home');

  // Guide: overview markdown.
  await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`${SEED_TITLE} · Rehearse`);
  const guideUrl = page.url();
  await clean('guide');

  // Question: the model answer rendered from markdown.
  const first = page.getByRole('list', { name: 'Technical questions' }).getByRole('listitem').first();
  const question = (await first.getByRole('heading', { level: 3 }).textContent())!.trim();
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(question.slice(0, 30))}.* · Rehearse$`));
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(
    page.getByRole('region', { name: 'Model answer' }).getByRole('heading', { level: 3 }).first(),
  ).toBeVisible();
  const questionUrl = page.url();
  await clean('question');

  // Practice: setup, answer, reveal and rate (markdown and inline widths), summary.
  await nav(page, 'Practise').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();
  await expect(page).toHaveTitle('New practice session · Rehearse');
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('1');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText('Question 1 of 1')).toBeVisible();
  await expect(page).toHaveTitle('Practice · Rehearse');
  await page.getByRole('textbox', { name: 'Your answer' }).fill('I ran a pilot with two vendors and signed one.');
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
  await rateAll(page, '3 Specific');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);
  await expect(page).toHaveTitle('Session summary · Rehearse');
  const summaryUrl = page.url();
  await clean('practice');

  // History: the virtualised list (positioned by style attributes), then a replay.
  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page).toHaveTitle('History · Rehearse');
  await page.getByRole('list', { name: 'Sessions' }).getByRole('article').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Session of / })).toBeVisible();
  await expect(page).toHaveTitle('Session replay · Rehearse');
  const replayUrl = page.url();
  await clean('history');

  // Progress: the SVG charts.
  await nav(page, 'Progress').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('img').first()).toBeVisible();
  await expect(page).toHaveTitle('Progress · Rehearse');
  await clean('progress');

  // Your data: export, then import the file back (validation runs on it).
  await nav(page, 'Your data').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await expect(page).toHaveTitle('Your data · Rehearse');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = testInfo.outputPath('export.json');
  await (await download).saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toBeTruthy();
  await page.getByLabel('Choose an export file').setInputFiles(file);
  // Re-importing what is already here: validated and compared, nothing to add.
  await expect(page.getByText(/Nothing to add or update: all \d+ records are already here/)).toBeVisible();
  await clean('data');

  // Each route loaded directly, as a bookmark or a reload would. (The finished
  // session's answering screen now shows its summary, covered above.)
  const direct: [string, string | RegExp][] = [
    ['/', 'Interview guides · Rehearse'],
    [guideUrl, `${SEED_TITLE} · Rehearse`],
    [questionUrl, / · Rehearse$/],
    ['/practice/new', 'New practice session · Rehearse'],
    [summaryUrl, 'Session summary · Rehearse'],
    ['/history', 'History · Rehearse'],
    [replayUrl, 'Session replay · Rehearse'],
    ['/progress', 'Progress · Rehearse'],
    ['/data', 'Your data · Rehearse'],
  ];
  for (const [url, title] of direct) {
    await gotoApp(page, url);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page).toHaveTitle(title);
    await clean(`${url} (loaded directly)`);
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
