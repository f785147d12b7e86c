/** Helpers the end-to-end journeys share. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, type Page, test, type TestInfo } from '@playwright/test';
import { build, preview } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServedBuild {
  origin: string;
  close: () => Promise<void>;
}

export interface BuildOptions {
  /** Which pages the build prerenders (scripts/prerender.ts): all by default. */
  prerender?: 'all' | 'home' | 'off';
}

/**
 * A production build of the app on another folder of guides (REHEARSE_CONTENT_DIR),
 * in a temporary folder outside the project (so lint or a deploy never picks it up),
 * served on a free port beside the shared server the other journeys use.
 */
export async function buildAndServe(
  contentDir: string,
  name: string,
  options: BuildOptions = {},
): Promise<ServedBuild> {
  const outDir = await mkdtemp(join(tmpdir(), `rehearse-${name}-`));
  const env = { REHEARSE_CONTENT_DIR: contentDir, REHEARSE_PRERENDER: options.prerender };
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const put = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  put(env);
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    put(previous);
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  return {
    origin: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

const VIEWS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/**
 * For a spec file: builds and serves the app on `contentDir` before its tests
 * (a production build on a shared machine gets three minutes) and stops it
 * after them. Returns the origin to visit, once the build is up.
 */
export function useBuildOf(contentDir: string, name: string, options: BuildOptions = {}): () => string {
  let served: ServedBuild | undefined;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    served = await buildAndServe(contentDir, name, options);
  });
  test.afterAll(async () => {
    await served?.close();
  });
  return () => {
    if (!served) throw new Error(`the ${name} build is not being served`);
    return served.origin;
  };
}

/** Saves the current screen at desktop and phone width, light and dark, then puts the page back as it was. */
export async function shoot(page: Page, testInfo: TestInfo, screen: string) {
  const original = page.viewportSize()!;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of VIEWS) {
      await page.setViewportSize({ width: view.width, height: view.height });
      await page.screenshot({ path: testInfo.outputPath(`${screen}-${view.name}-${scheme}.png`), fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(original);
}

/** Rates all four rubric parts at one level, as a person does: by clicking the visible label of the hidden radio. */
export async function rateAll(page: Page, level: string) {
  for (const part of ['context', 'approach', 'example', 'outcome']) {
    const radio = page.getByRole('radiogroup', { name: `Rate your ${part}` }).getByRole('radio', { name: level });
    await radio.locator('xpath=ancestor::label').click();
    await expect(radio).toBeChecked();
  }
}

/** An answer that mentions every part of the rubric, for journeys that just need one. */
export const SAMPLE_ANSWER = 'An answer with context, an approach and a result.';

/**
 * Waits until the app itself is on the page. A first visit is shown the library or a guide page
 * prerendered into the HTML (scripts/prerender.ts) before the app's code has run: inert, so keys and
 * clicks do nothing until the app has rendered over it. A person sees the page respond; a test that
 * presses keys or patches the page right after loading waits for this.
 */
export async function waitForApp(page: Page) {
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
}

/** From now on no JavaScript file of the app loads: what shows is the HTML alone (prerendered or kept). */
export async function withoutCode(page: Page) {
  await page.route(/\/assets\/.+\.js$/, (route) => route.abort());
}

/**
 * Reloads the page, or opens `url`, and waits for the app itself. A returning user's page shows first as
 * they left it (kept by src/lib/page-snapshot.ts), inert, before the app's code has run: a check of what
 * was saved, made on that copy, would pass whatever had been saved, and keys pressed on it go nowhere.
 */
export async function reloadApp(page: Page) {
  await page.reload();
  await waitForApp(page);
}

export async function gotoApp(page: Page, url: string) {
  await page.goto(url);
  await waitForApp(page);
}

/** Starts a practice session from the setup's defaults, as a person does, and waits for the answer box. */
export async function startSession(page: Page) {
  await page.goto('/practice/new');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
}

/** Types `SAMPLE_ANSWER` into the answer box and presses Submit. */
export async function answerAndSubmit(page: Page) {
  await page.getByRole('textbox', { name: 'Your answer' }).fill(SAMPLE_ANSWER);
  await page.getByRole('button', { name: 'Submit answer' }).click();
}

/** A 390 px phone (the width of most current iPhones) beside the 1280 px desktop, for the issue-16 screens. */
export const PHONE_390_VIEWS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Like `shoot`, at the given widths: light and dark, each view, then the page as it was. */
export async function shootViews(
  page: Page,
  testInfo: TestInfo,
  screen: string,
  views: readonly { name: string; width: number; height: number }[],
) {
  const original = page.viewportSize()!;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of views) {
      await page.setViewportSize({ width: view.width, height: view.height });
      await page.screenshot({ path: testInfo.outputPath(`${screen}-${view.name}-${scheme}.png`), fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(original);
}

/** What one IndexedDB store of the app holds: its keys and records, or null without that store. */
export interface StoredRecords {
  keys: unknown[];
  values: unknown[];
}

/**
 * Reads whole object stores of the app's database ('rehearse') at its current version, without going through
 * the app: what is really on disk. Binary data (a Blob, an ArrayBuffer or a typed array) comes back as
 * `{ blob: { size, type } }`, so it can cross into Node.
 */
export async function readStores(page: Page, names: readonly string[]): Promise<Record<string, StoredRecords | null>> {
  return page.evaluate(async (names) => {
    // Opened without a version; when there is no database yet, the upgrade is aborted so that reading never
    // creates one (an empty version-1 database would then meet the app's own upgrade).
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const open = indexedDB.open('rehearse');
      let created = false;
      open.onupgradeneeded = () => {
        created = true;
        open.transaction?.abort();
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => (created ? resolve(null) : reject(open.error ?? new Error('IndexedDB did not open')));
    });
    if (!db) return Object.fromEntries(names.map((name) => [name, null]));
    const plain = (value: unknown): unknown =>
      value instanceof Blob
        ? { blob: { size: value.size, type: value.type } }
        : value instanceof ArrayBuffer || ArrayBuffer.isView(value)
          ? { blob: { size: value.byteLength, type: '' } }
          : value && typeof value === 'object' && !Array.isArray(value)
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
            : value;
    const out: Record<string, { keys: unknown[]; values: unknown[] } | null> = {};
    try {
      for (const name of names) {
        if (!db.objectStoreNames.contains(name)) {
          out[name] = null;
          continue;
        }
        const store = db.transaction(name, 'readonly').objectStore(name);
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map(
            (request) =>
              new Promise<unknown[]>((resolve, reject) => {
                request.onsuccess = () => resolve(request.result as unknown[]);
                request.onerror = () => reject(request.error ?? new Error(`reading ${name} failed`));
              }),
          ),
        );
        out[name] = { keys: keys!, values: values!.map(plain) };
      }
    } finally {
      db.close();
    }
    return out;
  }, names);
}
