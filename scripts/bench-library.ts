/**
 * `npm run bench:library [-- --guides 1000 --runs 5 --port 4640 --out-dir DIR --no-build --strict]`
 *
 * The library with many guides, on the production build, in Chromium at 1× CPU:
 *
 * - Library first render: the `library:render` measure (the library's first
 *   render to the end of the frame that shows its grid; `list/perf.ts`), and,
 *   for reference, when that frame ended counted from navigation start.
 * - A filter change: a category chosen in the Category filter, the
 *   `library:filter` measure (the change to the end of the frame showing the
 *   new page of guides), and beside it the main thread's CPU time over the
 *   change (CDP Performance metrics in thread ticks: what a busy, shared
 *   machine inflates least).
 * - A search keystroke: once the search index is loaded, each key typed into
 *   "Search all questions" to the first change of its `[role=option]` results
 *   (a MutationObserver), from the keydown's timestamp. Skipped with a note
 *   when the page has no such box or it never lists options.
 *
 * Builds the app on `syntheticGuides(n)` (scripts/synthetic-guides.ts) written to
 * a temporary folder (`REHEARSE_CONTENT_DIR`), serves it with `vite preview`,
 * prints the median of the runs with PASS/FAIL against 100 / 100 / 50 ms.
 * Exits non-zero on a FAIL only with `--strict` (and whenever it could not measure).
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium, type Page } from '@playwright/test';

import { fmt, machineInfo, median, numberOption, startPreview, stopServer, stringOption } from './bench-support.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { syntheticGuides } from './synthetic-guides.ts';

const args = process.argv.slice(2);
const GUIDES = numberOption(args, 'guides', 1000);
const RUNS = Math.max(1, numberOption(args, 'runs', 5));
const PORT = numberOption(args, 'port', 4640);
const OUT_DIR = resolve(stringOption(args, 'out-dir', 'dist-bench-library'));
const STRICT = args.includes('--strict');
const BASE = `http://localhost:${PORT}`;
const TARGETS = { render: 100, filter: 100, keystroke: 50 } as const;
/** Words typed into the search box, one per run (letters only, no shortcuts). */
const QUERIES = ['vendor', 'pricing', 'incident', 'forecast', 'partner', 'quality', 'release'];

function build() {
  const work = mkdtempSync(join(tmpdir(), 'rehearse-bench-library-'));
  try {
    const content = join(work, 'guides');
    mkdirSync(content);
    for (const guide of syntheticGuides(GUIDES)) writeFileSync(join(content, guide.name), guide.text);
    console.log(`building on ${GUIDES} generated guides into ${OUT_DIR}…`);
    const started = performance.now();
    const result = spawnSync(
      join('node_modules', '.bin', 'vite'),
      ['build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'error'],
      {
        stdio: 'inherit',
        env: { ...process.env, REHEARSE_CONTENT_DIR: content, REHEARSE_CONTENT_CACHE: join(work, 'parse-cache') },
        shell: process.platform === 'win32',
      },
    );
    if (result.status !== 0) throw new Error('vite build failed');
    console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The duration of the newest measure called `name`, waiting for it. */
async function measureOf(page: Page, name: string, after = 0): Promise<{ duration: number; end: number }> {
  await page.waitForFunction(
    ({ name, after }) => performance.getEntriesByName(name, 'measure').some((m) => m.startTime >= after),
    { name, after },
    { timeout: 30_000 },
  );
  return page.evaluate(
    ({ name, after }) => {
      const m = performance
        .getEntriesByName(name, 'measure')
        .filter((e) => e.startTime >= after)
        .at(-1)!;
      return { duration: m.duration, end: m.startTime + m.duration };
    },
    { name, after },
  );
}

/** Chooses the `run`-th category that has guides in the Category filter and returns the change's measure. */
async function filterChange(page: Page, run: number): Promise<{ duration: number; cpu: number }> {
  const select = page.getByRole('combobox', { name: 'Category' });
  const values = await select
    .locator('option:not([disabled])')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  if (values.length === 0) throw new Error('the Category filter offers no category');
  // Main-thread CPU time (thread ticks), which a busy machine inflates far less than wall time.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskTime = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const cpuBefore = await taskTime();
  const before = await page.evaluate(() => performance.now());
  await select.selectOption(values[run % values.length]!);
  const { duration } = await measureOf(page, 'library:filter', before);
  const cpu = (await taskTime()) - cpuBefore;
  await cdp.detach();
  return { duration, cpu };
}

/**
 * Per keystroke of `query` typed into the search box: milliseconds from its keydown to the
 * first change of the result options, for the keys that changed them. Null when the page has
 * no search box or it lists no options (the search UI may be mid-rebuild).
 */
async function searchKeystrokes(page: Page, query: string): Promise<number[] | null> {
  const box = page.getByRole('combobox', { name: 'Search all questions' });
  if ((await box.count()) === 0) return null;
  // Load the index with a first query, wait for its results, then start from an empty box.
  await box.click();
  await box.fill('budget');
  const listed = await page
    .waitForFunction(() => document.querySelectorAll('[role=option]').length > 0, null, { timeout: 20_000 })
    .then(
      () => true,
      () => false,
    );
  if (!listed) return null;
  await box.fill('');
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __changes: number[] };
    w.__keys = [];
    w.__changes = [];
    document.addEventListener('keydown', (e) => w.__keys.push(e.timeStamp), { capture: true });
    const touchesOptions = (node: Node | null) => {
      const el = node instanceof Element ? node : (node?.parentElement ?? null);
      return !!el && (!!el.closest('[role=listbox],[role=option]') || !!el.querySelector?.('[role=option]'));
    };
    new MutationObserver((records) => {
      if (records.some((r) => touchesOptions(r.target) || [...r.addedNodes].some(touchesOptions)))
        w.__changes.push(performance.now());
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await box.pressSequentially(query, { delay: 250 });
  await page.waitForTimeout(800);
  const { keys, changes } = await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __changes: number[] };
    return { keys: w.__keys, changes: w.__changes };
  });
  const out: number[] = [];
  keys.forEach((at, i) => {
    const next = keys[i + 1] ?? Infinity;
    const change = changes.find((c) => c >= at && c < next);
    if (change !== undefined) out.push(change - at);
  });
  return out;
}

async function main() {
  const browserInfo = findChromium();
  if (!browserInfo) throw new Error('No Chromium found (set CHROMIUM_PATH or install chromium)');
  if (!args.includes('--no-build') || !existsSync(join(OUT_DIR, 'index.html'))) build();
  const server: ChildProcess = await startPreview(PORT, OUT_DIR);
  const figures = {
    render: [] as number[],
    fromNavigation: [] as number[],
    filter: [] as number[],
    filterCpu: [] as number[],
    keystroke: [] as number[],
  };
  let searchNote = '';
  try {
    if (
      !(await fetch(BASE).then(
        (r) => r.ok,
        () => false,
      ))
    )
      throw new Error(`vite preview did not answer on ${BASE} (is the port taken? try --port)`);
    const browser = await chromium.launch({ executablePath: browserInfo.executablePath, args: CHROMIUM_ARGS });
    try {
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        // tsx names inner functions with a helper (`__name`) the page lacks: a no-op one first.
        await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
        const page = await context.newPage();
        await page.goto(`${BASE}/`);
        const render = await measureOf(page, 'library:render');
        const shown = await page.getByRole('list', { name: 'Guides' }).getByRole('article').count();
        // A moment of idle time, as a person looks before choosing.
        await page.waitForTimeout(1000);
        const filter = await filterChange(page, run);
        await page.waitForTimeout(500);
        const keys = await searchKeystrokes(page, QUERIES[run % QUERIES.length]!);
        figures.render.push(render.duration);
        figures.fromNavigation.push(render.end);
        figures.filter.push(filter.duration);
        figures.filterCpu.push(filter.cpu);
        if (keys === null) searchNote ||= 'skipped: no "Search all questions" box listing [role=option] results';
        else if (keys.length === 0) searchNote ||= 'skipped: no keystroke changed the results';
        else figures.keystroke.push(median(keys));
        console.log(
          `  run ${run + 1}/${RUNS}: render ${fmt(render.duration)} (frame ends ${fmt(render.end)} after navigation, ` +
            `${shown} cards), filter ${fmt(filter.duration)} (main-thread CPU ${fmt(filter.cpu)}), keystroke ${keys?.length ? `median ${fmt(median(keys))} of ${keys.length}` : 'n/a'}`,
        );
        await context.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    stopServer(server);
  }

  console.log(`\n=== Rehearse library benchmark: ${GUIDES} guides, median of ${RUNS} runs, CPU 1× ===`);
  console.log(`  ${machineInfo()}`);
  let failed = false;
  const row = (label: string, values: number[], target: number | null) => {
    if (values.length === 0) return;
    const m = median(values);
    const verdict = target === null ? '' : m < target ? 'PASS' : 'FAIL';
    if (verdict === 'FAIL') failed = true;
    console.log(
      `  ${label.padEnd(44)} ${fmt(m).padStart(8)}   (runs: ${values.map(fmt).join(', ')})  ${target === null ? '' : `target < ${fmt(target)}  ${verdict}`}`,
    );
  };
  row('Library first render (library:render)', figures.render, TARGETS.render);
  row('  its frame ends, from navigation start', figures.fromNavigation, null);
  row('Filter change (library:filter)', figures.filter, TARGETS.filter);
  row('  main-thread CPU time of the change', figures.filterCpu, null);
  if (figures.keystroke.length > 0) row('Search keystroke → results changed', figures.keystroke, TARGETS.keystroke);
  else console.log(`  ${'Search keystroke → results changed'.padEnd(44)} ${searchNote}`);
  if (failed && STRICT) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(
    `bench:library could not measure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 2;
});
