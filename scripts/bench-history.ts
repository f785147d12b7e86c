/**
 * `npm run bench:history [-- --sessions 1000 --attempts-per-session 10 --runs 5]`
 *
 * Generates a large history (default 1,000 sessions and 10,000 attempts over
 * the bundled guides), writes it into IndexedDB in Chromium as a v1 database
 * (so the app's own upgrade runs too), and measures on the production build:
 * app start to interactive with that data, client-side navigation to
 * /history and /progress until their content has painted, and keystroke
 * latency in the answer box (Event Timing API). Prints the median of several
 * runs per figure. A benchmark, not a test: it prints figures and PASS/MISS.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

import { chromium, type Page } from '@playwright/test';

import {
  fmt,
  generateHistory,
  median,
  numberOption,
  seedHistory,
  startPreview,
  stopServer,
  withCpuProfile,
} from './bench-support.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const SESSIONS = option('sessions', 1000);
const PER_SESSION = option('attempts-per-session', 10);
const RUNS = Math.max(3, option('runs', 5));
const PORT = option('port', 4610);
const BASE = `http://localhost:${PORT}`;
const TARGET_MS = 200;
/** `--profile`: an unminified build, and the functions that took the most time in each navigation. */
const PROFILE = args.includes('--profile');
const FRAME_MS = 16.7;

/** Milliseconds from `action` until `selector` is in the DOM and a frame has painted it. */
async function timeUntil(page: Page, selector: string, action: string): Promise<number> {
  return page.evaluate(
    async ({ selector, action }) => {
      const t0 = performance.now();
      (document.querySelector(action) as HTMLElement).click();
      while (!document.querySelector(selector)) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    { selector, action },
  );
}

/**
 * Loads the home page (a first visit, or a reload with the HTTP cache warm)
 * and returns the time from navigation start until the home page is usable
 * with the stored data it shows (sessions for "continue", schedules for the
 * due count): the later of the store's core-ready mark and the first
 * contentful paint. Attempts keep loading in pages after that; when they are
 * all in is reported too (`allLoaded`), with every start-up mark.
 */
async function startUp(page: Page, how: 'goto' | 'reload') {
  if (how === 'goto') await page.goto(`${BASE}/`);
  else await page.reload();
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('rehearse:store-ready').length > 0 &&
      performance.getEntriesByName('first-contentful-paint').length > 0,
    null,
    { timeout: 60_000 },
  );
  // No inner named functions: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('rehearse:core-ready')[0]?.startTime ?? 0;
    const all = performance.getEntriesByName('rehearse:store-ready')[0]?.startTime ?? 0;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const marks: Record<string, number> = { dcl: Math.round(nav?.domContentLoadedEventEnd ?? 0) };
    for (const mark of performance.getEntriesByType('mark'))
      marks[mark.name.replace('rehearse:', '')] = Math.round(mark.startTime);
    marks.fcp = Math.round(fcp);
    return { ms: Math.max(ready, fcp), allLoaded: all, marks };
  });
}

/** Runs `action`; with --profile, records a CPU profile meanwhile and prints where the time went. */
async function profiled(page: Page, label: string, action: () => Promise<number>): Promise<number> {
  if (!PROFILE) return action();
  const { result: ms, selfTimes } = await withCpuProfile(page, action);
  const top = selfTimes.slice(0, 15);
  const dom = await page.evaluate(() => {
    const t0 = performance.now();
    document.body.style.setProperty('--bench-invalidate', String(Math.random()));
    document.documentElement.classList.toggle('bench-invalidate');
    void document.body.getBoundingClientRect();
    const layout = performance.now() - t0;
    document.documentElement.classList.toggle('bench-invalidate');
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll('main *')) counts[el.tagName] = (counts[el.tagName] ?? 0) + 1;
    return { elements: document.querySelectorAll('*').length, layout: Math.round(layout), counts };
  });
  console.log(`  ${label}: ${fmt(ms)}; DOM ${JSON.stringify(dom)}; self time by function:`);
  for (const [name, t] of top) console.log(`    ${t.toFixed(1).padStart(7)} ms  ${name}`);
  return ms;
}

async function main() {
  const browserInfo = findChromium();
  if (!browserInfo) throw new Error('No Chromium found (set CHROMIUM_PATH or install chromium)');
  if (!existsSync('dist/index.html') || !args.includes('--no-build')) {
    // Profiles need readable function names.
    const extra = PROFILE ? ['--minify', 'false'] : [];
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', ...extra], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const data = generateHistory(SESSIONS, PER_SESSION);
  console.log(`generated ${data.sessions.length} sessions, ${data.attempts.length} attempts`);
  const server: ChildProcess = await startPreview(PORT);
  try {
    const browser = await chromium.launch({ executablePath: browserInfo.executablePath, args: CHROMIUM_ARGS });
    const results = {
      coldStart: [] as number[],
      emptyStart: [] as number[],
      start: [] as number[],
      allLoaded: [] as number[],
      history: [] as number[],
      progress: [] as number[],
      key: [] as number[],
    };
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await seedHistory(page, BASE, data);
      const cold = await startUp(page, 'goto');
      const warm = await startUp(page, 'reload');
      results.coldStart.push(cold.ms);
      results.start.push(warm.ms);
      results.allLoaded.push(warm.allLoaded);
      console.log(`  cold start marks (ms): ${JSON.stringify(cold.marks)}`);
      console.log(`  warm start marks (ms): ${JSON.stringify(warm.marks)}`);
      // The same warm start with no stored data, in the same run: what the data itself costs.
      const emptyContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const emptyPage = await emptyContext.newPage();
      await startUp(emptyPage, 'goto');
      results.emptyStart.push((await startUp(emptyPage, 'reload')).ms);
      await emptyContext.close();
      // As a person would: a moment after the home page shows, time in which the app preloads
      // History and Progress when idle (router.ts, preloadWhenIdle).
      await page.waitForTimeout(1000);
      results.history.push(
        await profiled(page, 'history', () => timeUntil(page, '[data-bench="history-row"]', 'a[href="/history"]')),
      );
      results.progress.push(
        await profiled(page, 'progress', () => timeUntil(page, 'main [role="img"]', 'a[href="/progress"]')),
      );

      // Keystrokes in the answer box, with all that data loaded.
      await page.goto(`${BASE}/practice/new`);
      await page.getByRole('button', { name: 'Start practice' }).click();
      const box = page.getByRole('textbox', { name: 'Your answer' });
      await box.click();
      await page.evaluate(() => {
        const w = window as unknown as { __keyDurations: number[] };
        w.__keyDurations = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            if (e.name === 'keydown' || e.name === 'keypress') w.__keyDurations.push(e.duration);
        }).observe({ type: 'event', durationThreshold: 0, buffered: false } as PerformanceObserverInit);
      });
      await page.keyboard.type('I ran a two-week pilot with two vendors and compared them.', { delay: 30 });
      await page.waitForTimeout(300);
      const durations = await page.evaluate(() => (window as unknown as { __keyDurations: number[] }).__keyDurations);
      results.key.push(median(durations.length ? durations : [0]));
      await context.close();
      console.log(`  run ${run + 1}/${RUNS} done`);
    }
    await browser.close();

    const row = (label: string, values: number[], target: number) => {
      const m = median(values);
      const verdict = m <= target ? 'PASS' : '*** MISS ***';
      console.log(
        `  ${label.padEnd(38)} ${fmt(m).padStart(8)}   (runs: ${values.map(fmt).join(', ')})  target ≤ ${fmt(target)}  ${verdict}`,
      );
    };
    const info = (label: string, values: number[]) =>
      console.log(`  ${label.padEnd(38)} ${fmt(median(values)).padStart(8)}   (runs: ${values.map(fmt).join(', ')})`);
    console.log(`\n=== Rehearse history benchmark ===`);
    console.log(
      `  Chromium ${browser.version()}, Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}`,
    );
    console.log(`  Data: ${data.sessions.length} sessions, ${data.attempts.length} attempts; median of ${RUNS} runs`);
    row('App start to interactive (home, warm)', results.start, TARGET_MS);
    info('  same, first visit (cold HTTP cache)', results.coldStart);
    info('  same, no stored data (baseline)', results.emptyStart);
    row(
      '  what the stored data adds (warm − baseline)',
      results.start.map((ms, i) => ms - results.emptyStart[i]!),
      TARGET_MS,
    );
    info('  all 10,000 attempts loaded (background)', results.allLoaded);
    row('Navigate to /history, first rows painted', results.history, TARGET_MS);
    row('Navigate to /progress, charts painted', results.progress, TARGET_MS);
    row('Keystroke in the answer box (event)', results.key, FRAME_MS);
  } finally {
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
