/**
 * Offline at scale: a build on 300 generated guides (scripts/synthetic-guides.ts), served from a temporary
 * folder beside the shared server (support.ts `useBuildOf`).
 *
 * - The first visit precaches the app shell only: no guide or search chunk, and at most 1.5 MB (gzip) whatever
 *   the number of guides.
 * - A guide opened on that first visit (before the service worker existed) and one made available offline with
 *   the button work offline after a reload; the library opens offline and a question can be practised.
 * - A guide never opened says it is not available offline, rather than hanging or showing an empty page.
 * - Screenshots of the guide page's button and the data page's section, 390 and 1280 px, light and dark.
 * - On the same build, search at scale: a word found only in model answers, searched from home, every result
 *   reachable from "See all", two of them practised.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { expect, type Page, test } from '@playwright/test';

import { syntheticGuides } from '../../scripts/synthetic-guides.ts';
import { PHONE_390_VIEWS, rateAll, shootViews, useBuildOf, waitForApp } from './support';

const COUNT = 300;
const PRECACHE_LIMIT = 1.5 * 1024 * 1024;

const guides = syntheticGuides(COUNT).map((guide) => ({
  ...guide,
  slug: guide.name.replace(/\.md$/, ''),
}));
const [opened, kept, never] = [guides[7]!, guides[150]!, guides[299]!];

// Written when the file loads (the build's beforeAll needs the folder); the same folder and files every run.
const CONTENT = join(tmpdir(), `rehearse-offline-scale-${COUNT}`);
rmSync(CONTENT, { recursive: true, force: true });
mkdirSync(CONTENT, { recursive: true });
for (const guide of guides) writeFileSync(join(CONTENT, guide.name), guide.text);

test.describe.configure({ mode: 'serial' });

// The library prerendered, not each of the guides' pages: those are for a first visit, and this is about
// what is cached and what works offline (and rendering them all would take the build much longer).
const origin = useBuildOf(CONTENT, 'offline-scale', { prerender: 'home' });

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

/** Paths of the files in the guides' runtime cache. */
function guideCachePaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('rehearse-guides');
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
}

const chunkOf = (paths: string[], slug: string) => paths.some((path) => path.startsWith(`/assets/guides/${slug}-`));

test('300 guides: a small first visit, then opened and kept guides work offline', async ({
  page,
  context,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const base = origin();

  // The precache is the shell: no guide or search chunk, and small.
  const sw = await (await request.get(`${base}/sw.js`)).text();
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
  expect(urls).toContain('offline-manifest.json');
  expect(urls.filter((url) => /^assets\/(guides|search)\//.test(url))).toEqual([]);
  let precache = 0;
  for (const url of urls) precache += gzipSync(await (await request.get(`${base}/${url}`)).body(), { level: 9 }).length;
  testInfo.annotations.push({ type: 'precache', description: `${urls.length} files, ${precache} bytes gzip` });
  expect(precache).toBeLessThanOrEqual(PRECACHE_LIMIT);

  // First visit straight to a guide: its chunk loads before the service worker exists, and is kept all the same.
  await page.goto(`${base}/guides/${opened.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: opened.title })).toBeVisible();
  await waitForServiceWorker(page);
  await expect.poll(async () => chunkOf(await guideCachePaths(page), opened.slug), { timeout: 15_000 }).toBe(true);
  await expect(page.getByText('Available offline')).toBeVisible();

  // A guide opened now is cached as it loads; remove it, and "Make available offline" brings it back.
  await page.goto(`${base}/guides/${kept.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: kept.title })).toBeVisible();
  await page.getByRole('button', { name: 'Remove offline copy' }).click();
  await expect(page.getByRole('button', { name: 'Make available offline' })).toBeVisible();
  expect(chunkOf(await guideCachePaths(page), kept.slug)).toBe(false);
  await shootViews(page, testInfo, 'guide-not-offline', PHONE_390_VIEWS);
  await page.getByRole('button', { name: 'Make available offline' }).click();
  await expect(page.getByText('Available offline')).toBeVisible();
  expect(chunkOf(await guideCachePaths(page), kept.slug)).toBe(true);
  await shootViews(page, testInfo, 'guide-offline', PHONE_390_VIEWS);
  expect(chunkOf(await guideCachePaths(page), never.slug)).toBe(false);

  // The data page: the size of the offline copy, and the offer for all the guides.
  await page.goto(`${base}/data`);
  const section = page.getByRole('region', { name: 'Offline copy' });
  await expect(section).toContainText(/Offline copy: [\d.]+ [KM]B — app [\d.]+ [KM]B, 2 guides [\d.]+ KB/);
  await expect(
    section.getByRole('button', { name: `Make all ${COUNT} guides available offline`, exact: false }),
  ).toBeVisible();
  await shootViews(page, testInfo, 'data-offline', PHONE_390_VIEWS);

  // Offline from here.
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await context.setOffline(true);

  await page.goto(`${base}/`);
  await expect(
    page
      .getByRole('link', { name: opened.title, exact: true })
      .or(page.getByRole('heading', { level: 1 }))
      .first(),
  ).toBeVisible();
  await page.goto(`${base}/guides/${kept.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: kept.title })).toBeVisible();

  // The guide opened on the first visit, and one question practised.
  await page.goto(`${base}/guides/${opened.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: opened.title })).toBeVisible();
  await page.getByRole('link', { name: /Practise this guide/i }).click();
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('1');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('textbox', { name: 'Your answer' }).fill('Offline, at scale, I kept a weekly review.');
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
  await rateAll(page, '3 Specific');

  // A guide never opened: not on this device, and the page says so.
  await page.goto(`${base}/guides/${never.slug}`);
  await expect(page.getByRole('heading', { name: 'Not available offline' })).toBeVisible();
  await shootViews(page, testInfo, 'guide-unavailable-offline', PHONE_390_VIEWS);

  expect(fromNetwork).toEqual([]);
});

test('300 guides: a word found only in model answers, searched from home and practised from its results', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // In every generated answer's Outcome ("Fewer surprises and faster decisions."), in no question.
  const term = 'surprises';
  await page.goto(`${origin()}/`);
  await waitForApp(page);
  const search = page.getByRole('combobox', { name: 'Search all questions' });
  await search.fill(term);
  const listbox = page.getByRole('listbox', { name: 'Matching questions' });
  const seeAll = listbox.getByRole('option', { name: /^See all [\d,]+ results/ });
  await expect(seeAll).toBeVisible();
  await expect(listbox.getByRole('group').getByRole('option').first()).toContainText('in model answer');
  const total = Number((await seeAll.textContent())!.match(/See all ([\d,]+)/)![1]!.replace(/,/g, ''));
  // Every generated question has it: results from a great many guides, all reachable.
  expect(total).toBeGreaterThan(COUNT);
  await seeAll.click();

  await expect(page).toHaveURL(new RegExp(`/search\\?q=${term}$`));
  const checkboxes = page.getByRole('checkbox', { name: /^Select: / });
  await expect(checkboxes.first()).toBeVisible();
  const first = (await checkboxes.nth(0).getAttribute('aria-label'))!.replace(/^Select: /, '');
  await checkboxes.nth(0).check();
  await checkboxes.nth(1).check();
  await page.getByRole('button', { name: 'Practise selected (2)' }).click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  await expect(page.getByRole('heading', { name: first })).toBeVisible();
});
