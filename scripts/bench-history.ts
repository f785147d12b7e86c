/**
 * `npm run bench:history [-- --sessions 1000 --attempts-per-session 10 --runs 5 --recordings 120 --recording-sec 30 --port 4610]`
 *
 * Generates a large history (default 1,000 sessions and 10,000 attempts over
 * the bundled guides), writes it into IndexedDB in Chromium as a v1 database
 * (so the app's own upgrade runs too), and measures on the production build:
 * app start to interactive with that data, client-side navigation to
 * /history and /progress until their content has painted, and keystroke
 * latency in the answer box (Event Timing API). Prints the median of several
 * runs per figure. A benchmark, not a test: it prints figures and PASS/MISS.
 *
 * Then the same history with an hour of recordings (default 120 answers of
 * 30 s: their descriptions in the `recordings` store, the audio's bytes in
 * `audio`, both keyed by attempt id, as the app writes them) on the newest
 * sessions, and History opened again, by navigation and by loading /history
 * itself: the figures side by side and their ratio. `--recordings 0` skips it.
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
/** An hour of recorded answers by default: 120 of 30 s. */
const RECORDINGS = option('recordings', 120);
const RECORDING_SEC = option('recording-sec', 30);
/**
 * The schema version the app writes recordings at (`RECORD_VERSIONS.recordings` in src/domain/versions.ts;
 * the bench runs under tsx, which cannot load the app's `@/` imports). A wrong one shows: the app sets the
 * records aside, and the check after seeding stops the bench.
 */
const RECORDING_SCHEMA_VERSION = 1;
/** Points in a recording's level strip, as the recorder stores them. */
const PEAKS = 120;
/** "Without slowing history": with the recordings, History may take this much longer, or one frame, whichever is more. */
const SLOWDOWN_RATIO = 1.2;
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

/** A row of the History list, once painted. */
const HISTORY_ROW = '[data-bench="history-row"]';

/**
 * Stops the bench when the app did not take the seeded recordings (a record it cannot read is set aside
 * and listed in Your data), so a figure "with recordings" is never measured without them.
 */
async function expectRecordingsRead(page: Page) {
  await page.goto(`${BASE}/data`);
  await page.waitForFunction(() => performance.getEntriesByName('rehearse:store-ready').length > 0, null, {
    timeout: 60_000,
  });
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  if (await page.getByRole('heading', { name: 'Records that could not be read' }).count())
    throw new Error(
      'the app set the seeded recordings aside (see Your data): RECORDING_SCHEMA_VERSION or their shape is out of date',
    );
  // Your data's Recordings section: its count, total length and space used, when the build has it.
  const text = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  const usage = text.match(/Recordings ([\d,]+) Total length (.+?) Space used (\S+ \S+)/);
  if (usage && Number(usage[1]!.replace(/,/g, '')) !== RECORDINGS)
    throw new Error(`Your data lists ${usage[1]} recordings, not the ${RECORDINGS} seeded`);
  console.log(
    usage
      ? `  Your data with the recordings: ${usage[1]} recordings, ${usage[2]}, ${usage[3]}`
      : '  Your data has no Recordings section to check the count against',
  );
}

/** Loads `path` itself and returns the time from navigation start until `selector` is in the DOM and painted. */
async function loadUntil(page: Page, path: string, selector: string): Promise<number> {
  await page.goto(`${BASE}${path}`);
  return page.evaluate(async (selector) => {
    while (!document.querySelector(selector)) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now();
  }, selector);
}

interface RecordingSeed {
  attemptId: string;
  sessionId: string;
  questionId: string;
  guideSlug: string;
  createdAt: number;
}

/**
 * Adds `count` recordings of `seconds` each to the stored history, on its newest attempts (what History
 * lists first). The app must have opened the database once (its upgrade creates the stores); this writes
 * from a page of the origin that does not run the app. The audio is a real WAV (4 kHz, 8-bit mono: a tone
 * with gaps), about as many bytes as 30 s of Opus at 32 kbit/s, stored once per recording.
 */
async function seedRecordings(page: Page, attempts: RecordingSeed[], seconds: number) {
  await page.goto(`${BASE}/favicon.svg`);
  return page.evaluate(
    async ({ attempts, seconds, schemaVersion, peaksCount }) => {
      const rate = 4000;
      const samples = rate * seconds;
      const wav = new Uint8Array(44 + samples);
      const view = new DataView(wav.buffer);
      // No inner named functions: tsx would wrap them in a helper the page does not have.
      for (const [at, text] of [
        [0, 'RIFF'],
        [8, 'WAVEfmt '],
        [36, 'data'],
      ] as const)
        for (let i = 0; i < text.length; i++) view.setUint8(at + i, text.charCodeAt(i));
      view.setUint32(4, 36 + samples, true);
      view.setUint32(16, 16, true);
      view.setUint16(20, 1, true); // PCM
      view.setUint16(22, 1, true); // mono
      view.setUint32(24, rate, true);
      view.setUint32(28, rate, true); // bytes a second
      view.setUint16(32, 1, true); // block align
      view.setUint16(34, 8, true); // bits
      view.setUint32(40, samples, true);
      for (let i = 0; i < samples; i++) {
        // 220 Hz, two seconds on and one off, like speech with pauses.
        const on = Math.floor(i / rate) % 3 !== 2;
        wav[44 + i] = on ? 128 + Math.round(60 * Math.sin((2 * Math.PI * 220 * i) / rate)) : 128;
      }
      const peaks = Array.from({ length: peaksCount }, (_, i) =>
        Math.floor((i / peaksCount) * seconds) % 3 !== 2 ? 0.5 : 0,
      );

      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        if (!db.objectStoreNames.contains('recordings') || !db.objectStoreNames.contains('audio'))
          throw new Error(
            `this build's database (version ${db.version}) has no 'recordings' and 'audio' stores: build a version with recordings`,
          );
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['recordings', 'audio'], 'readwrite');
          for (const a of attempts) {
            tx.objectStore('recordings').put({
              schemaVersion,
              ...a,
              mimeType: 'audio/wav',
              bytes: wav.byteLength,
              durationMs: seconds * 1000,
              peaks,
            });
            // As the app keeps it (src/stores/persistence/db.ts): the audio's bytes, an ArrayBuffer per recording.
            tx.objectStore('audio').put(wav.buffer.slice(0), a.attemptId);
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error ?? new Error('the transaction was aborted'));
        });
      } finally {
        db.close();
      }
      return { bytes: wav.byteLength * attempts.length };
    },
    { attempts, seconds, schemaVersion: RECORDING_SCHEMA_VERSION, peaksCount: PEAKS },
  );
}

/** The newest `count` answered attempts of the generated history, as recordings would be linked to them. */
function newestAttempts(data: { attempts: unknown[] }, count: number): RecordingSeed[] {
  const attempts = data.attempts as {
    id: string;
    sessionId: string;
    questionId: string;
    guideSlug: string;
    submittedAt: number;
  }[];
  return attempts.slice(-count).map((a) => ({
    attemptId: a.id,
    sessionId: a.sessionId,
    questionId: a.questionId,
    guideSlug: a.guideSlug,
    createdAt: a.submittedAt,
  }));
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
      historyLoad: [] as number[],
    };
    /** The same history with the recordings added. */
    const recorded = { start: [] as number[], history: [] as number[], historyLoad: [] as number[] };
    let audioBytes = 0;
    // Closed on a failure too, or the open browser keeps the process (and the bench) from ending.
    try {
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
        results.history.push(await profiled(page, 'history', () => timeUntil(page, HISTORY_ROW, 'a[href="/history"]')));
        results.progress.push(
          await profiled(page, 'progress', () => timeUntil(page, 'main [role="img"]', 'a[href="/progress"]')),
        );
        results.historyLoad.push(await loadUntil(page, '/history', HISTORY_ROW));

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

        if (RECORDINGS > 0) {
          // The same history plus the recordings, in a fresh profile: start-up, then History both ways.
          const withAudio = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          const audioPage = await withAudio.newPage();
          await seedHistory(audioPage, BASE, data);
          // The app's first visit upgrades the database, which creates the recordings stores.
          await startUp(audioPage, 'goto');
          audioBytes = (await seedRecordings(audioPage, newestAttempts(data, RECORDINGS), RECORDING_SEC)).bytes;
          if (run === 0) await expectRecordingsRead(audioPage);
          await startUp(audioPage, 'goto');
          recorded.start.push((await startUp(audioPage, 'reload')).ms);
          await audioPage.waitForTimeout(1000);
          recorded.history.push(
            await profiled(audioPage, 'history with recordings', () =>
              timeUntil(audioPage, HISTORY_ROW, 'a[href="/history"]'),
            ),
          );
          recorded.historyLoad.push(await loadUntil(audioPage, '/history', HISTORY_ROW));
          await withAudio.close();
        }
        console.log(`  run ${run + 1}/${RUNS} done`);
      }
    } finally {
      await browser.close();
    }

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
    info('Load /history itself, first rows painted', results.historyLoad);
    row('Keystroke in the answer box (event)', results.key, FRAME_MS);

    if (RECORDINGS > 0) {
      const minutes = (RECORDINGS * RECORDING_SEC) / 60;
      console.log(
        `\n  With ${RECORDINGS} recordings of ${RECORDING_SEC} s (${minutes} min, ${(audioBytes / 1024 / 1024).toFixed(1)} MiB of audio) on the newest answers:`,
      );
      row('App start to interactive (home, warm)', recorded.start, TARGET_MS);
      row('Navigate to /history, first rows painted', recorded.history, TARGET_MS);
      info('Load /history itself, first rows painted', recorded.historyLoad);
      const compare = (label: string, without: number[], withAudio: number[]) => {
        const a = median(without);
        const b = median(withAudio);
        const allowed = Math.max((SLOWDOWN_RATIO - 1) * a, FRAME_MS);
        console.log(
          `  ${label.padEnd(38)} ${fmt(a).padStart(8)} → ${fmt(b)}  ×${(b / a).toFixed(2)}  ` +
            `target ≤ ×${SLOWDOWN_RATIO} or one frame  ${b - a <= allowed ? 'PASS' : '*** MISS ***'}`,
        );
      };
      console.log('  without → with the recordings (medians):');
      compare('  start to interactive', results.start, recorded.start);
      compare('  navigate to /history', results.history, recorded.history);
      compare('  load /history', results.historyLoad, recorded.historyLoad);
    }
  } finally {
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
