/**
 * `npm run bench:import [-- --corpus DIR --files 100 --port 4640 --no-build --out-dir dist-bench-import --throttle 1]`
 *
 * Parsing guides the user brings (issue 15) on the production build, in
 * Chromium: `--files` guides (default 100) made from the real guides in
 * `--corpus` (default $REHEARSE_CORPUS, else ../shared/corpus-sample from
 * the repository or a folder above it), each
 * under its own name, go through the built parse client
 * (src/features/library/import/parse-client.ts) as `File`s, so through the
 * built module worker, on a page of the built app under its CSP. A
 * PerformanceObserver records the main thread's long tasks meanwhile.
 *
 * The benchmark builds the app with the client as one more entry (into
 * `--out-dir`, not dist/) and imports that entry in the page. The same run
 * parses once more with `Worker` hidden, to show what the main-thread
 * fallback would cost. Then it does what a user does, on a fresh page: the
 * same files chosen on Add guides, the preview, "Add 100 guides", and the
 * library listing them, with the long tasks of that whole stretch.
 *
 * Prints: files, total MB, wall time, slowest file (the longest gap between
 * two results), longest main-thread task and the long-task count; PASS/MISS
 * against the target (no main-thread task over 200 ms at 1× CPU). Also checks
 * that the worker ran (not the fallback), without CSP violations, and that the
 * service worker precaches the worker's file. A benchmark, not a test: it
 * exits non-zero only when it could not measure.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

import { type Browser, chromium, type Page } from '@playwright/test';
import { build } from 'vite';

import { fmt, machineInfo, numberOption, startPreview, stopServer, stringOption } from './bench-support.ts';
import { BUNDLE_REPORT_FILE, type BundleReport } from './build-plugins.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const FILES = numberOption(args, 'files', 100);
const PORT = numberOption(args, 'port', 4640);
const OUT_DIR = stringOption(args, 'out-dir', 'dist-bench-import');
const THROTTLE = numberOption(args, 'throttle', 1);
const CORPUS = resolve(stringOption(args, 'corpus', process.env.REHEARSE_CORPUS ?? defaultCorpus()));
const NO_BUILD = args.includes('--no-build');
const BASE = `http://localhost:${PORT}`;
const CLIENT = 'src/features/library/import/parse-client.ts';
const ENTRY_NAME = 'bench-import';
const TARGET_MS = 200;

/** ../shared/corpus-sample from the repository, or from a folder above it (a git worktree lives deeper). */
function defaultCorpus(): string {
  for (let dir = resolve('..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'corpus-sample');
    if (existsSync(candidate) || dir === dirname(dir))
      return existsSync(candidate) ? candidate : '../shared/corpus-sample';
  }
}

interface BenchFile {
  name: string;
  text: string;
}

interface RunFigures {
  wallMs: number;
  /** Longest gap between two consecutive results (or from the start to the first). */
  slowestMs: number;
  slowestFile: string;
  longTasks: number[];
  ok: number;
  refused: number;
  withErrors: number;
}

/** `count` guides from the corpus, round robin, each under a name of its own (so its own slug). */
function benchFiles(count: number): BenchFile[] {
  if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS} (pass --corpus DIR or set REHEARSE_CORPUS)`);
  const sources = readdirSync(CORPUS)
    .filter((f) => /\.md$/i.test(f))
    .sort()
    .map((f) => ({ base: basename(f, '.md'), text: readFileSync(join(CORPUS, f), 'utf8') }));
  if (sources.length === 0) throw new Error(`no .md files in ${CORPUS}`);
  return Array.from({ length: count }, (_, i) => {
    const { base, text } = sources[i % sources.length]!;
    return { name: `${base}-${String(i + 1).padStart(3, '0')}.md`, text };
  });
}

/** The app, plus the parse client as an entry of its own that keeps its exports. */
async function buildWithClient() {
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      rolldownOptions: {
        input: { index: 'index.html', [ENTRY_NAME]: CLIENT },
        preserveEntrySignatures: 'allow-extension',
      },
    },
  });
}

function builtFiles(): { client: string; worker: string; precached: boolean } {
  const report = JSON.parse(readFileSync(join(OUT_DIR, BUNDLE_REPORT_FILE), 'utf8')) as BundleReport;
  const client = report.chunks.find((c) => c.isEntry && c.name === ENTRY_NAME)?.file;
  const worker = readdirSync(join(OUT_DIR, 'assets')).find((f) => /^parse-worker-.*\.js$/.test(f));
  if (!client || !worker) throw new Error(`the build has no ${client ? 'parse worker' : 'parse client entry'}`);
  const sw = readFileSync(join(OUT_DIR, 'sw.js'), 'utf8');
  return { client, worker: `assets/${worker}`, precached: sw.includes(`assets/${worker}`) };
}

/** Parses the files through the built client in the page; `hideWorker` forces the main-thread fallback. */
async function run(page: Page, client: string, files: BenchFile[], hideWorker: boolean): Promise<RunFigures> {
  return page.evaluate(
    async ({ client, files, hideWorker }) => {
      type Result = { status: 'parsed' | 'refused'; result?: { ok: boolean } };
      const mod = (await import(`/${client}`)) as {
        parseGuideFiles(files: File[], options: { onProgress(done: number, total: number): void }): Promise<Result[]>;
      };
      const inputs = files.map((f) => new File([f.text], f.name, { type: 'text/markdown' }));
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      const realWorker = window.Worker;
      if (hideWorker) (window as { Worker?: unknown }).Worker = undefined;
      const start = performance.now();
      let last = start;
      let slowestMs = 0;
      let slowestIndex = 0;
      try {
        const results = await mod.parseGuideFiles(inputs, {
          onProgress(done) {
            const now = performance.now();
            if (now - last > slowestMs) {
              slowestMs = now - last;
              slowestIndex = done - 1;
            }
            last = now;
          },
        });
        const wallMs = performance.now() - start;
        // Let the observer deliver the last entries.
        await new Promise((r) => setTimeout(r, 100));
        observer.disconnect();
        return {
          wallMs,
          slowestMs,
          // Results arrive in input order, so the nth progress call is the nth file.
          slowestFile: files[slowestIndex]?.name ?? '',
          longTasks,
          ok: results.filter((r) => r.status === 'parsed' && r.result?.ok).length,
          refused: results.filter((r) => r.status === 'refused').length,
          withErrors: results.filter((r) => r.status === 'parsed' && !r.result?.ok).length,
        };
      } finally {
        window.Worker = realWorker;
      }
    },
    { client, files, hideWorker },
  );
}

function report(label: string, files: BenchFile[], r: RunFigures, judged: boolean) {
  const mb = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) / (1024 * 1024);
  const longest = r.longTasks.length ? Math.max(...r.longTasks) : 0;
  const verdict = judged ? (longest <= TARGET_MS ? '  PASS' : '  MISS') : '';
  console.log(`\n${label}`);
  console.log(
    `  files                  ${files.length} (${r.ok} parsed, ${r.withErrors} with errors, ${r.refused} refused)`,
  );
  console.log(`  total                  ${mb.toFixed(2)} MB`);
  console.log(`  wall time              ${fmt(r.wallMs)} (${fmt(r.wallMs / files.length)} a file)`);
  console.log(`  slowest file           ${fmt(r.slowestMs)} (${r.slowestFile})`);
  console.log(`  longest main-thread    ${fmt(longest)} (target ≤ ${TARGET_MS} ms at 1× CPU)${verdict}`);
  console.log(`  long tasks (≥ 50 ms)   ${r.longTasks.length}`);
}

/**
 * The user's way: choose the files on Add guides, wait for the preview, add
 * them all, open the library. Times each step; long tasks over all of it.
 */
async function runThroughUi(browser: Browser, files: BenchFile[]) {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-bench-import-'));
  // Copies of one guide would be refused as duplicates of each other: each copy's questions get a
  // word of their own, as if they were a hundred different guides.
  const paths = files.map((f, i) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.text.replace(/\?(\**)[ \t]*$/gm, ` (variant ${i + 1})?$1`));
    return path;
  });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await context.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as { __longTasks?: unknown[] }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    if (THROTTLE !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    }
    await page.goto(`${BASE}/add-guides`);
    await page.getByLabel('Choose guide files').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    // Only what choosing, previewing and adding cost: not the page's own load.
    await page.evaluate(() => ((window as { __longTasks?: unknown[] }).__longTasks!.length = 0));
    const now = () => page.evaluate(() => performance.now());
    const phases: [string, number][] = [['choose → preview', await now()]];
    const start = Date.now();
    await page.getByLabel('Choose guide files').setInputFiles(paths);
    await page.getByRole('heading', { name: 'What was found' }).waitFor({ timeout: 180_000 });
    const previewMs = Date.now() - start;
    phases.push(['Add → saved', await now()]);
    const addStart = Date.now();
    const addButton = page.getByRole('button', { name: /^Add \d+ guides?$/ });
    const adding = Number(/\d+/.exec((await addButton.textContent()) ?? '')?.[0] ?? 0);
    await addButton.click();
    await page.getByText(/^Added \d+ guides?$/).waitFor({ timeout: 60_000 });
    const addMs = Date.now() - addStart;
    phases.push(['library', await now()]);
    const libraryStart = Date.now();
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await page.getByText(new RegExp(`^${adding + 1} guides$`)).waitFor({ timeout: 60_000 });
    const libraryMs = Date.now() - libraryStart;
    await page.waitForTimeout(200);
    const tasks = await page.evaluate(
      () => (window as { __longTasks?: { start: number; duration: number }[] }).__longTasks ?? [],
    );
    const phaseOf = (start: number) => phases.filter(([, at]) => at <= start).pop()?.[0] ?? 'before';
    const longTasks = tasks.map((t) => t.duration);
    const longest = longTasks.length ? Math.max(...longTasks) : 0;
    console.log('\nas a user does it: Add guides → choose the files → preview → Add → library');
    console.log(`  files chosen → preview ${fmt(previewMs)} (${adding} of ${files.length} can be added)`);
    console.log(`  Add → saved            ${fmt(addMs)}`);
    console.log(`  library with them all  ${fmt(libraryMs)}`);
    console.log(
      `  longest main-thread    ${fmt(longest)} (target ≤ ${TARGET_MS} ms at 1× CPU)${longest <= TARGET_MS ? '  PASS' : '  MISS'}`,
    );
    console.log(
      `  long tasks (≥ 50 ms)   ${tasks.length}: ${tasks.map((t) => `${fmt(t.duration)} (${phaseOf(t.start)})`).join(', ') || 'none'}`,
    );
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const files = benchFiles(FILES);
  if (!NO_BUILD || !existsSync(join(OUT_DIR, BUNDLE_REPORT_FILE))) {
    console.log(`building into ${OUT_DIR}/ with ${CLIENT} as an extra entry…`);
    await buildWithClient();
  }
  const built = builtFiles();
  const browserInfo = findChromium();
  if (!browserInfo) throw new Error('no Chromium found (scripts/chromium.mjs)');
  console.log(`machine: ${machineInfo()}`);
  console.log(`browser: ${browserInfo.path}; CPU throttling ${THROTTLE}×; corpus ${CORPUS}`);
  console.log(`worker:  ${built.worker}, precached by the service worker: ${built.precached ? 'yes' : 'NO'}`);

  const server = await startPreview(PORT, OUT_DIR);
  const browser = await chromium.launch({ executablePath: browserInfo.executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const workers: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${BASE}/`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      (window as { __cspViolations?: string[] }).__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as { __cspViolations?: string[] }).__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    if (THROTTLE !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    }

    const before = requests.length;
    const inWorker = await run(page, built.client, files, false);
    const fallbackChunks = requests.slice(before).filter((p) => /parse-one/.test(p));
    const violations = await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? []);
    report(`through the worker (${built.worker})`, files, inWorker, true);
    console.log(`  worker started         ${workers.some((w) => w.endsWith(basename(built.worker))) ? 'yes' : 'NO'}`);
    console.log(
      `  main-thread fallback   ${fallbackChunks.length ? `USED (${fallbackChunks.join(', ')})` : 'not used'}`,
    );
    console.log(`  CSP violations         ${violations.length ? violations.join('; ') : 'none'}`);

    const onMain = await run(page, built.client, files, true);
    report('for comparison: the main-thread fallback (Worker hidden)', files, onMain, false);
    if (errors.length) console.log(`\npage errors:\n  ${errors.join('\n  ')}`);
    await context.close();

    await runThroughUi(browser, files);
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
