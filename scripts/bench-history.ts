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
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { findGuideFiles, loadContent } from '../src/content-loader/load-content.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SESSIONS = option('sessions', 1000);
const PER_SESSION = option('attempts-per-session', 10);
const RUNS = Math.max(3, option('runs', 5));
const PORT = option('port', 4610);
const BASE = `http://localhost:${PORT}`;
const TARGET_MS = 200;
/** `--profile`: an unminified build, and the functions that took the most time in each navigation. */
const PROFILE = args.includes('--profile');
const FRAME_MS = 16.7;

/** A deterministic PRNG, so every run benchmarks the same data. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate() {
  const { files } = findGuideFiles(['content']);
  const questions = loadContent(files).guides.flatMap(({ guide }) =>
    guide.questions.map((q) => ({ id: q.id, guideSlug: guide.slug })),
  );
  const random = mulberry32(42);
  const day = 86_400_000;
  const start = Date.now() - 400 * day;
  const sessions: unknown[] = [];
  const attempts: unknown[] = [];
  const grades = ['again', 'hard', 'good', 'easy'] as const;
  const phrases = [
    'At my previous company our partner pipeline had stalled.',
    'I ran a two-week pilot with two vendors and compared them on a scorecard.',
    'As a result onboarding time fell by 30% and we signed a reseller agreement.',
    'I set up weekly check-ins and a shared roadmap with the partner team.',
  ];
  for (let s = 0; s < SESSIONS; s++) {
    const id = `bench-session-${s}`;
    const createdAt = start + Math.floor((s / SESSIONS) * 400 * day);
    const picked = Array.from({ length: PER_SESSION }, (_, i) => questions[(s * 7 + i) % questions.length]!);
    sessions.push({
      schemaVersion: 1,
      id,
      createdAt,
      updatedAt: createdAt + PER_SESSION * 150_000,
      settings: {
        guideSlugs: [],
        categories: [],
        count: PER_SESSION,
        order: 'guide',
        timeLimitSec: 120,
        thinkTimeSec: 0,
        input: 'type',
      },
      questionIds: picked.map((q) => q.id),
      currentIndex: PER_SESSION - 1,
      status: 'completed',
      pausedAt: null,
      completedAt: createdAt + PER_SESSION * 150_000,
    });
    picked.forEach((q, i) => {
      const rating = () => Math.floor(random() * 5) as 0 | 1 | 2 | 3 | 4;
      const submittedAt = createdAt + (i + 1) * 150_000;
      attempts.push({
        schemaVersion: 1,
        id: `bench-attempt-${s}-${i}`,
        sessionId: id,
        questionId: q.id,
        guideSlug: q.guideSlug,
        answer: Array.from({ length: 3 }, () => phrases[Math.floor(random() * phrases.length)]).join(' '),
        source: 'typed',
        startedAt: submittedAt - 100_000,
        submittedAt,
        durationMs: 100_000,
        timeLimitSec: 120,
        overtimeSec: 0,
        skipped: false,
        ratings: { context: rating(), approach: rating(), example: rating(), outcome: rating() },
        practicesCovered: [0],
        pitfallsHit: [],
        hints: null,
        grade: grades[Math.floor(random() * 4)],
        gradeOverridden: false,
        note: '',
        ratedAt: submittedAt + 20_000,
      });
    });
  }
  return { sessions, attempts };
}

/** Writes the data as the v1 schema, on a page of the app's origin that does not run the app. */
async function seed(page: Page, data: { sessions: unknown[]; attempts: unknown[] }) {
  await page.goto(`${BASE}/favicon.svg`);
  await page.evaluate(async ({ sessions, attempts }) => {
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase('rehearse');
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
    });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('rehearse', 1);
      open.onupgradeneeded = () => {
        const d = open.result;
        d.createObjectStore('sessions', { keyPath: 'id' });
        const a = d.createObjectStore('attempts', { keyPath: 'id' });
        a.createIndex('bySession', 'sessionId');
        a.createIndex('byQuestion', 'questionId');
        d.createObjectStore('meta');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['sessions', 'attempts', 'meta'], 'readwrite');
      for (const s of sessions) tx.objectStore('sessions').put(s);
      for (const a of attempts) tx.objectStore('attempts').put(a);
      tx.objectStore('meta').put(1, 'schemaVersion');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);
}

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
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await action();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
  const self = new Map<string, number>();
  const counts = new Map<number, number>();
  for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (counts.get(node.id) ?? 0) * interval);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

async function main() {
  const browserInfo = findChromium();
  if (!browserInfo) throw new Error('No Chromium found (set CHROMIUM_PATH or install chromium)');
  if (!existsSync('dist/index.html') || !args.includes('--no-build')) {
    // Profiles need readable function names.
    const extra = PROFILE ? ['--minify', 'false'] : [];
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', ...extra], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const data = generate();
  console.log(`generated ${data.sessions.length} sessions, ${data.attempts.length} attempts`);
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(BASE)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
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
      await seed(page, data);
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
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
