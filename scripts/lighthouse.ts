/**
 * `npm run lighthouse -- [--no-build] [--out-dir DIR] [--port N] [--runs N] [--save DIR] [--min category=score]`
 *
 * Lighthouse (mobile preset: Moto G Power viewport, simulated slow 4G and 4×
 * CPU slowdown) on the production build, in the system Chromium, headless:
 *
 * - the home page `/`;
 * - the bundled guide's page `/guides/<slug>`;
 * - the answering screen `/practice/<id>`: a session is first started through
 *   the UI (/practice/new, "Start practice") in the same browser profile, and
 *   each run then keeps that profile's IndexedDB and localStorage
 *   (`disableStorageReset`) while this script empties the HTTP cache, Cache
 *   Storage and the service worker itself, so it is a cold load like the
 *   other two. A run that did not end on the answer box fails loudly.
 *
 * Categories performance, accessibility and best practices, `--runs` runs per
 * page (default 3); prints the median and every run of each score and of FCP,
 * LCP, TBT and CLS, PASS/FAIL against Performance ≥ 95, Accessibility = 100,
 * Best Practices = 100 (on the median), and the audits that cost points.
 * Exits 1 when any median misses its threshold; 2 when something could not
 * be measured at all (bad option, no Chromium, build failed, port taken, a
 * Lighthouse error, a practice run that was not on the answering screen), so
 * CI can report scores without gating and still fail on a broken harness.
 *
 * Builds into `--out-dir` (default `dist/`, like `npm run build`) first
 * unless `--no-build` (CI runs it after `npm run build`), and serves that
 * folder with `vite preview` on `--port` (default 4620), stopped at the end
 * whatever happens.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { type BrowserContext, chromium } from '@playwright/test';
import lighthouse, { type Flags, type RunnerResult } from 'lighthouse';

import { findGuideFiles, loadContent } from '../src/content-loader/load-content.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import {
  answeringScreenProblem,
  CATEGORIES,
  formatRows,
  guidePath,
  type InputsArtifact,
  type LhResult,
  lostPoints,
  median,
  type Options,
  pageRows,
  parseOptions,
  runFigures,
  USAGE,
} from './lighthouse-lib.ts';

const root = resolve(import.meta.dirname, '..');
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (ok: boolean, s: string) => (colour ? `\u001b[${ok ? 32 : '1;31'}m${s}\u001b[0m` : s);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

class SetupError extends Error {}

/** The children to stop on the way out, whatever the way out is. */
const children = new Set<ChildProcess>();
const running = (child: ChildProcess) =>
  child.pid !== undefined && child.exitCode === null && child.signalCode === null;
function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  children.delete(child);
  if (!running(child)) return;
  try {
    process.kill(-child.pid!, signal); // its whole process group: vite, or Chromium and its helpers
  } catch {
    // already gone
  }
}
/** Stops a child and waits until it has exited (SIGKILL after 5 s), e.g. before deleting its files. */
async function stopAndWait(child: ChildProcess): Promise<void> {
  if (!running(child)) return void children.delete(child);
  const exited = new Promise((done) => child.once('exit', done));
  stop(child);
  const timer = setTimeout(() => stop(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
const stopAll = () => [...children].forEach((child) => stop(child));
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

function viteBuild(outDir: string): void {
  const started = performance.now();
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new SetupError(`vite build into ${outDir} failed`);
  }
  console.log(`  built ${outDir}/ in ${seconds(started)}`);
}

async function startPreview(outDir: string, port: number): Promise<string> {
  const base = `http://localhost:${port}`;
  if (
    await fetch(base).then(
      () => true,
      () => false,
    )
  ) {
    throw new SetupError(`port ${port} is already in use; pick another with --port`);
  }
  const server = spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--logLevel', 'error'],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  children.add(server);
  let stderr = '';
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (server.exitCode !== null) throw new SetupError(`vite preview exited (${server.exitCode}): ${stderr.trim()}`);
    const ok = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return base;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new SetupError(`vite preview did not answer on ${base} within 30 s: ${stderr.trim()}`);
}

/** Starts Chromium headless with a DevTools port of its own choosing; resolves to that port. */
async function startChromium(
  executable: string,
  userDataDir: string,
): Promise<{ port: number; process: ChildProcess }> {
  const browser = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      // Lighthouse cannot connect to a Chromium without a display otherwise.
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  children.add(browser);
  let stderr = '';
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new SetupError(`Chromium did not open DevTools in 30 s:\n${stderr}`)),
      30_000,
    );
    browser.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr)?.[1];
      if (port) {
        clearTimeout(timer);
        resolvePort({ port: Number(port), process: browser });
      }
    });
    browser.on('exit', (code) => {
      clearTimeout(timer);
      reject(new SetupError(`Chromium exited (${code}) before opening DevTools:\n${stderr}`));
    });
  });
}

/**
 * Connects Playwright to the running Chromium for a moment (its default
 * profile, which Lighthouse's tabs share), and disconnects before Lighthouse
 * runs so nothing else is attached to the page being measured.
 */
async function withPlaywright<T>(debugPort: number, work: (context: BrowserContext) => Promise<T>): Promise<T> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new SetupError('Chromium has no default browser context');
    return await work(context);
  } finally {
    await browser.close(); // for a connected browser: disconnects, Chromium and its profile stay
  }
}

/** Starts a practice session through the UI, as a user would; returns its id. */
async function createSession(debugPort: number, base: string): Promise<string> {
  return withPlaywright(debugPort, async (context) => {
    const page = await context.newPage();
    try {
      await page.goto(`${base}/practice/new`);
      await page.getByRole('button', { name: 'Start practice' }).click();
      await page.waitForURL(/\/practice\/(?!new\b)[^/?#]+$/, { timeout: 15_000 });
      const answer = page.getByRole('textbox', { name: 'Your answer' });
      await answer.waitFor({ timeout: 15_000 });
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
      // Stored, not just in memory: it is still there after a reload.
      await page.reload();
      await answer.waitFor({ timeout: 15_000 });
      return id;
    } catch (error) {
      throw new SetupError(`could not start a practice session through /practice/new: ${(error as Error).message}`);
    } finally {
      await page.close();
    }
  });
}

/** What Lighthouse's own storage reset does, which disableStorageReset skips: HTTP cache, Cache Storage, service worker. */
async function coldCaches(debugPort: number, base: string): Promise<void> {
  await withPlaywright(debugPort, async (context) => {
    const page = await context.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', {
        origin: new URL(base).origin,
        storageTypes: 'service_workers,cache_storage,file_systems,shader_cache',
      });
      await cdp.send('Network.clearBrowserCache');
    } finally {
      await page.close();
    }
  });
}

interface PageSpec {
  name: string;
  path: string;
  /** Keep IndexedDB and localStorage between runs (the practice session lives there). */
  keepStorage: boolean;
}

interface PageResult {
  spec: PageSpec;
  lhrs: LhResult[];
  /** Why a run does not count (wrong page, Lighthouse error); the page fails. */
  problems: string[];
  lcpElements: string[];
}

async function runLighthouse(url: string, debugPort: number, keepStorage: boolean): Promise<RunnerResult> {
  const flags: Flags = {
    port: debugPort,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES.map((c) => c.id),
    // The default mobile preset, spelled out: simulated throttling.
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
    disableStorageReset: keepStorage,
    // Not scored, and each costs a second or more per run: the full-page
    // picture in the report, and the back/forward-cache check (it navigates
    // away and back).
    disableFullPageScreenshot: true,
    skipAudits: ['bf-cache'],
  };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  return result;
}

function lcpElement(lhr: LhResult): string {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items as
    { items?: { node?: { nodeLabel?: string; selector?: string } }[] }[] | undefined;
  const node = items?.[0]?.items?.[0]?.node;
  if (!node) return 'unknown';
  const label = (node.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 60);
  return `${node.selector?.split(' > ').pop() ?? 'element'} "${label}"`;
}

async function measure(
  spec: PageSpec,
  base: string,
  debugPort: number,
  runs: number,
  saveDir: string | null,
): Promise<PageResult> {
  const result: PageResult = { spec, lhrs: [], problems: [], lcpElements: [] };
  const url = base + spec.path;
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    if (spec.keepStorage) await coldCaches(debugPort, base);
    let runner: RunnerResult;
    try {
      runner = await runLighthouse(url, debugPort, spec.keepStorage);
    } catch (error) {
      result.problems.push(`run ${run}: Lighthouse failed: ${(error as Error).message}`);
      console.log(`  ${spec.name} run ${run}/${runs}: ${paint(false, 'Lighthouse failed')} (${seconds(started)})`);
      continue;
    }
    const lhr = runner.lhr as unknown as LhResult;
    const problem = spec.keepStorage
      ? answeringScreenProblem(url, lhr, (runner.artifacts as { Inputs?: InputsArtifact }).Inputs)
      : lhr.runtimeError
        ? `Lighthouse could not load the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`
        : new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname
          ? `the page ended on ${lhr.finalDisplayedUrl}, not ${url}`
          : null;
    if (problem) result.problems.push(`run ${run}: ${problem}`);
    else result.lhrs.push(lhr);
    result.lcpElements.push(lcpElement(lhr));
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      const stem = join(saveDir, `${spec.name}-${run}`);
      writeFileSync(`${stem}.report.json`, JSON.stringify(runner.lhr, null, 1));
    }
    const f = runFigures(lhr);
    console.log(
      `  ${spec.name} run ${run}/${runs}: ${CATEGORIES.map((c) => `${c.label} ${f.scores[c.id] ?? 'n/a'}`).join(', ')}` +
        ` (${seconds(started)})${problem ? `  ${paint(false, problem)}` : ''}`,
    );
  }
  return result;
}

function guideSlug(): string {
  const { files, errors } = findGuideFiles([join(root, 'content')]);
  const slug = errors.length ? undefined : loadContent(files).guides[0]?.guide.slug;
  if (!slug) throw new SetupError('no guide found in content/ (npm run content:check says why)');
  return slug;
}

function chromiumVersion(path: string): string {
  const out = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return /[\d.]+/.exec(out)?.[0] ?? 'unknown';
}

async function main(options: Options): Promise<number> {
  const started = performance.now();
  const browser = findChromium();
  if (!browser) throw new SetupError('no Chromium found (set CHROMIUM_PATH, or apt-get install -y chromium)');
  const outDir = resolve(root, options.outDir);
  if (options.build) viteBuild(options.outDir);
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new SetupError(`${options.outDir}/index.html not found: build first (npm run build) or drop --no-build`);
  }
  const slug = guideSlug();
  const base = await startPreview(outDir, options.port);
  const profile = mkdtempSync(join(tmpdir(), 'rehearse-lighthouse-'));
  let chrome: ChildProcess | undefined;
  try {
    const launched = await startChromium(browser.path, profile);
    chrome = launched.process;
    const debugPort = launched.port;
    console.log(
      `  serving ${options.outDir}/ on ${base}; Chromium ${chromiumVersion(browser.path)} (${browser.source}), ` +
        `${options.runs} run${options.runs === 1 ? '' : 's'} per page, mobile preset, simulated throttling`,
    );

    // Home and guide first: their runs reset Cache Storage and the service
    // worker, which the practice runs do themselves, keeping the session.
    const pages: PageResult[] = [];
    pages.push(
      await measure({ name: 'home', path: '/', keepStorage: false }, base, debugPort, options.runs, options.saveDir),
    );
    pages.push(
      await measure(
        { name: 'guide', path: guidePath(slug), keepStorage: false },
        base,
        debugPort,
        options.runs,
        options.saveDir,
      ),
    );
    const sessionId = await createSession(debugPort, base);
    console.log(`  started practice session ${sessionId} through /practice/new`);
    pages.push(
      await measure(
        { name: 'practice', path: `/practice/${encodeURIComponent(sessionId)}`, keepStorage: true },
        base,
        debugPort,
        options.runs,
        options.saveDir,
      ),
    );
    return report(pages, options, {
      elapsed: seconds(started),
      benchmark: pages
        .flatMap((p) => p.lhrs)
        .map((l) => (l as { environment?: { benchmarkIndex?: number } }).environment?.benchmarkIndex),
    });
  } finally {
    if (chrome) await stopAndWait(chrome); // it writes into the profile until it has exited
    stopAll();
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      console.warn(`lighthouse: could not remove the browser profile ${profile}: ${(error as Error).message}`);
    }
  }
}

function report(
  pages: PageResult[],
  options: Options,
  run: { elapsed: string; benchmark: (number | undefined)[] },
): number {
  const failures: string[] = [];
  /** Pages or runs that could not be measured as they should: a harness problem, not a score. */
  const broken: string[] = [];
  for (const page of pages) {
    console.log(
      `\n${page.spec.name}  ${page.spec.path}  (LCP element: ${[...new Set(page.lcpElements)].join(' | ')})\n`,
    );
    for (const problem of page.problems) console.log(`  ${paint(false, 'FAIL')} ${problem}`);
    if (page.lhrs.length === 0) {
      broken.push(`${page.spec.name}: not measured`);
      continue;
    }
    if (page.problems.length)
      broken.push(`${page.spec.name}: ${page.problems.length} run(s) not measured as they should be`);
    const rows = pageRows(page.lhrs.map(runFigures), options.min);
    console.log(formatRows(rows, paint));
    for (const [i, c] of CATEGORIES.entries()) {
      const row = rows[i]!;
      if (!row.ok) failures.push(`${page.spec.name} ${c.label} ${row.value} (${row.limit})`);
      if (row.value === '100') continue;
      const lost = lostPoints(page.lhrs, c.id);
      if (!lost.length) continue;
      console.log(`\n  ${c.label} below 100 — what costs points (runs where it fell short of ${page.lhrs.length}):`);
      for (const a of lost.slice(0, 12)) {
        const weight = a.weight ? `weight ${a.weight}` : 'diagnostic';
        console.log(`    ${a.id} (${a.runs}/${page.lhrs.length}, ${weight}): ${a.title} — ${a.note}`);
      }
    }
  }

  const warnings = [...new Set(pages.flatMap((p) => p.lhrs.flatMap((l) => l.runWarnings)))];
  if (warnings.length) console.log(`\nLighthouse warnings:\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
  const bench = run.benchmark.filter((b): b is number => typeof b === 'number').map(Math.round);
  console.log(
    `\nMedian of ${options.runs} per page. ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(
          ' ',
        )}, Lighthouse benchmark index ${bench.length ? `${Math.min(...bench)}–${Math.max(...bench)}` : 'n/a'}; ` +
      `took ${run.elapsed}.`,
  );
  if (bench.length && median(bench) < 1000) {
    console.log(
      `Note: a median benchmark index of ${median(bench)} is below the 1,000 Lighthouse expects for its 4× CPU slowdown ` +
        '(a busy or slow host): Performance, TBT and LCP come out worse than on a typical machine.',
    );
  }
  if (failures.length) console.log(`${paint(false, 'FAIL')}: ${failures.join('; ')}`);
  else if (!broken.length) console.log(paint(true, 'all pages PASS'));
  if (broken.length) console.log(`${paint(false, 'NOT MEASURED')}: ${broken.join('; ')}`);
  return broken.length ? 2 : failures.length ? 1 : 0;
}

let options: Options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`lighthouse: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
main(options).then(
  (code) => process.exit(code),
  (error: unknown) => {
    stopAll();
    console.error(
      `lighthouse: ${error instanceof SetupError ? error.message : ((error as Error).stack ?? String(error))}`,
    );
    process.exit(2);
  },
);
