/**
 * Offline and updates, in the production build with its service worker.
 *
 * 1. After one online visit in which the guide and the search were opened,
 *    with the network off: the app reloads, deep links open, the search, the
 *    guide and a whole practice round work, the session is saved to
 *    IndexedDB and is still in History after another offline reload. Every
 *    response comes from the service worker, and a probe proves the network
 *    really is off. The precache is the app shell: guide and search chunks
 *    are cached when first fetched (tests/e2e/offline-at-scale.spec.ts covers
 *    a guide never opened, and "Make available offline").
 * 2. A new version deployed while the user is typing an answer: the update
 *    prompt appears, nothing reloads by itself (the typed text and the page
 *    stay), and "Reload" switches to the new version with the draft kept.
 *    This one serves a copy of the build from its own small server, so that
 *    it can change the service worker between visits.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { rateAll, reloadApp } from './support';

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';
const SEED_SLUG = 'enterprise-partner-development-manager-interview-preparation';
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

/** Resolves once a service worker is active and controls the page, so everything is precached. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

test('after one visit, the app, the guide and search opened, and a whole practice round work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await waitForServiceWorker(page);

  // The precache holds the shell and the offline manifest, not the guides or the search index.
  const precached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
    const urls = await Promise.all(
      names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
    );
    return urls.flat().map((url) => new URL(url).pathname);
  });
  expect(precached).toContain('/offline-manifest.json');
  expect(precached.filter((path) => /^\/assets\/(guides|search)\//.test(path))).toEqual([]);

  // Online: open the guide and use the search once, as a visitor would; both are cached as they load.
  await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(page.getByText('Available offline')).toBeVisible();
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search all questions' }).fill('partner');
  await expect(page.getByRole('listbox', { name: 'Matching questions' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const keys = await (await caches.open('rehearse-guides')).keys();
        // The folder of each file: the guide's chunk, and the search index (one chunk or several).
        return [...new Set(keys.map((r) => new URL(r.url).pathname.split('/')[2]))].sort();
      }),
    )
    .toEqual(['guides', 'search']);

  // From here on, anything that is not in the service worker's cache fails.
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await context.setOffline(true);
  await reloadApp(page);
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  // A file the worker does not have really is unreachable: the test is offline, not just cached.
  const probe = await page.evaluate(() =>
    fetch(`/not-cached-${Date.now()}.txt`).then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(probe).toBe('failed');

  // The search (its own lazy chunk) finds questions.
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search all questions' }).fill('partner');
  await expect(page.getByRole('listbox', { name: 'Matching questions' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');

  // A guide, reached by a link (its content chunk) and loaded directly (the navigation fallback).
  await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await page.goto(`/guides/${SEED_SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();

  // A two-question round: setup, answer, submit, rate, finish.
  await page.getByRole('link', { name: /Practise this guide/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('2');
  await page.getByRole('button', { name: 'Start practice' }).click();
  const answers = ['Offline, I ran a pilot with two vendors and signed one.', 'I hold a weekly call with partners.'];
  for (const [index, text] of answers.entries()) {
    await expect(page.getByText(`Question ${index + 1} of 2`)).toBeVisible();
    await page.getByRole('textbox', { name: 'Your answer' }).fill(text);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
    await rateAll(page, '3 Specific');
    await page.getByRole('button', { name: index === 0 ? 'Next question' : 'Finish', exact: true }).click();
  }
  await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);
  await expect(page.getByRole('main')).toContainText(/Answered2 of 2/);

  // History has it, and still has it after another offline reload (IndexedDB, not memory).
  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const rows = page.getByRole('list', { name: 'Sessions' }).getByRole('article');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(/Answered2 of 2Average75%/);
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(/Answered2 of 2Average75%/);
  // The replay, loaded directly.
  await rows.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Session of / })).toBeVisible();
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Session of / })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(answers[0]!);

  expect(fromNetwork).toEqual([]);
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** A static host for a build folder, with the SPA fallback a real host would have. Reads files on every request. */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      let file = join(root, path);
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        file = join(root, 'index.html');
        body = await readFile(file);
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

test('a new version waits for the user: the prompt appears mid-answer, nothing reloads until "Reload"', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const root = await mkdtemp(join(tmpdir(), 'rehearse-update-'));
  await cp(OUT_DIR, root, { recursive: true });
  const { server, origin } = await serve(root);
  try {
    await page.goto(`${origin}/`);
    await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
    await waitForServiceWorker(page);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(firstWorker).toBe(`${origin}/sw.js`);

    // Start answering.
    await page.goto(`${origin}/guides/${SEED_SLUG}`);
    await page.getByRole('link', { name: /Practise this guide/i }).click();
    await page.getByRole('spinbutton', { name: 'Questions' }).fill('1');
    await page.getByRole('button', { name: 'Start practice' }).click();
    const box = page.getByRole('textbox', { name: 'Your answer' });
    await box.click();
    await page.keyboard.type('Halfway through my answer');
    // Marks this page: a reload would lose it.
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    expect(await page.getByText('Update available').count()).toBe(0);

    // Deploy "version 2" (a changed service worker), and let the browser find it as it would on its own.
    const sw = join(root, 'sw.js');
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// version 2\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    // The prompt appears, politely, and focus stays in the answer.
    await expect(page.getByText('Update available')).toBeVisible({ timeout: 20_000 });
    await expect(box).toBeFocused();
    const reload = page.getByRole('button', { name: 'Reload', exact: true });
    await expect(reload).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

    // Nothing happens by itself: the same page, the typing, the old worker still in control.
    await page.keyboard.type(', and still typing.');
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    await expect(box).toHaveValue('Halfway through my answer, and still typing.');
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
      true,
    );

    // "Reload": the new worker takes over and the page reloads once, with the draft kept.
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(box).toHaveValue('Halfway through my answer, and still typing.');
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBeUndefined();
    await expect(page.getByText('Update available')).toHaveCount(0);
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(registration?.waiting), controlled: Boolean(navigator.serviceWorker.controller) };
    });
    expect(after).toEqual({ waiting: false, controlled: true });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  }
});
