/**
 * `npm run lighthouse -- [--no-build] [--out-dir DIR] [--port N] [--runs N] [--save DIR] [--min category=score]
 *   [--cpu-slowdown auto|N] [--pages home,guide,practice] [--no-floor] [--guides N]`
 *
 * Lighthouse (mobile preset: Moto G Power viewport, simulated slow 4G, and a
 * CPU slowdown calibrated on this host, see below) on the production build,
 * in the system Chromium, headless:
 *
 * - the home page `/`;
 * - the bundled guide's page `/guides/<slug>`;
 * - the answering screen `/practice/<id>`: a session is first started through
 *   the UI (the guide's page, "Practise this guide", "Start practice") in the same browser profile, and
 *   each run then keeps that profile's IndexedDB and localStorage
 *   (`disableStorageReset`) while this script empties the HTTP cache, Cache
 *   Storage and the service worker itself, so it is a cold load like the
 *   other two. A run that did not end on the answer box fails loudly.
 *
 * The floor (unless `--no-floor`): a bare Vite + React 19 page (scripts/floor/:
 * a heading and a paragraph rendered on the client, built with its own minimal
 * config into a temporary folder and served on `--port` + 1) is measured first,
 * in the same browser with the same settings, and each page's median LCP is
 * printed next to the floor's with the ratio (issue 17's target: ≤ 1.2× with
 * one guide). Reported, not gated: it tells what the app costs above what the
 * stack itself costs on this host, which absolute figures on a shared machine
 * cannot.
 *
 * `--guides N` builds the app on N generated real-sized guides
 * (scripts/synthetic-guides.ts) in a temporary folder and measures that
 * (issue 17: Performance ≥ 95 with 1,000 guides).
 *
 * CPU slowdown: the preset's 4× is calibrated for a high-end desktop host
 * (Lighthouse benchmark index 1500–2000); on a weaker or busy one it
 * over-throttles, as Lighthouse's docs/throttling.md ("Calibrating the CPU
 * slowdown") says. With `--cpu-slowdown auto` (the default) the benchmark
 * index is measured in the browser right before each page, with Lighthouse's
 * own benchmark (`computeBenchmarkIndex`, median of BENCHMARK_SAMPLES), and the
 * multiplier is clamp(4 × BI / 1750, 1, 4) (cpuSlowdownFor in
 * lighthouse-lib.ts); `--cpu-slowdown 4` is the preset as it is. Everything
 * else in the preset (screen, network, form factor) is unchanged.
 *
 * `--runs` runs per page (default 3): the first measures Performance,
 * Accessibility and Best Practices, the others Performance only (the other two
 * do not depend on timing, and skipping them saves seconds per run). Prints
 * the median and every run of each score and of FCP,
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
 * whatever happens. A build of other guides than `content/`'s (`--no-build
 * --out-dir` on a folder built with `REHEARSE_CONTENT_DIR`) needs that same
 * variable set here, for the guide page and the practice session to open one
 * of its guides.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { type BrowserContext, chromium } from '@playwright/test';
import lighthouse, { type Flags, type RunnerResult } from 'lighthouse';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

import { findGuideFiles, loadContent } from '../src/content-loader/load-content.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import {
  compareWithFloor,
  formatFloorComparison,
  answeringScreenProblem,
  BENCHMARK_SAMPLES,
  CATEGORIES,
  categoriesForRun,
  type CategoryId,
  cpuSlowdownFor,
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
import { syntheticGuides } from './synthetic-guides.ts';

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
    // The run's temporary folder holds the browser profile and, with --guides, a whole build.
    if (workDir) rmSync(workDir, { recursive: true, force: true, maxRetries: 3 });
    process.exit(130);
  });
}
/** This run's temporary folder, removed at the end or on SIGINT/SIGTERM. */
let workDir: string | undefined;

const FLOOR_CONFIG = join(root, 'scripts', 'floor', 'vite.config.ts');

function viteBuild(outDir: string, { env = {}, config }: { env?: NodeJS.ProcessEnv; config?: string } = {}): void {
  const started = performance.now();
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', ...(config ? ['--config', config] : []), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new SetupError(`vite build into ${outDir} failed`);
  }
  console.log(`  built ${outDir}/ in ${seconds(started)}`);
}

async function startPreview(outDir: string, port: number, config?: string): Promise<string> {
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
    [
      'preview',
      ...(config ? ['--config', config] : []),
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--logLevel',
      'error',
    ],
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

/**
 * Starts a practice session through the UI, as a user would: from the guide's page, "Practise this
 * guide", then "Start practice" (with many guides the setup page preselects none); returns its id.
 */
async function createSession(debugPort: number, base: string, guide: string): Promise<string> {
  return withPlaywright(debugPort, async (context) => {
    const page = await context.newPage();
    try {
      await page.goto(`${base}${guide}`);
      await page.getByRole('link', { name: /Practise this guide/ }).click();
      await page.waitForURL(/\/practice\/new\b/, { timeout: 15_000 });
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
      throw new SetupError(
        `could not start a practice session from ${guide} and /practice/new: ${(error as Error).message}`,
      );
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

/**
 * The host's Lighthouse benchmark index, measured as Lighthouse does at the
 * start of each run (its computeBenchmarkIndex, run in a blank tab of the
 * same browser), `samples` times.
 */
async function benchmarkIndex(debugPort: number, samples: number): Promise<number[]> {
  return withPlaywright(debugPort, async (context) => {
    const page = await context.newPage();
    try {
      const values: number[] = [];
      for (let i = 0; i < samples; i++) {
        values.push(Math.round(await page.evaluate(pageFunctions.computeBenchmarkIndex)));
      }
      return values;
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
  /** The floor page: Performance only in every run, not gated. */
  floor?: boolean;
}

interface PageResult {
  spec: PageSpec;
  lhrs: LhResult[];
  /** Why a run does not count (wrong page, Lighthouse error); the page fails. */
  problems: string[];
  lcpElements: string[];
  /** The CPU slowdown the runs used, and the benchmark samples it came from (empty for a fixed one). */
  cpuSlowdown: number;
  benchmark: number[];
}

async function runLighthouse(
  url: string,
  debugPort: number,
  keepStorage: boolean,
  categories: CategoryId[],
  cpuSlowdown: number,
): Promise<RunnerResult> {
  const flags: Flags = {
    port: debugPort,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    // The answering-screen check reads the Inputs artifact, which only
    // Best Practices' audits gather: keep one (cheap) in Performance-only runs.
    ...(keepStorage && !categories.includes('best-practices') ? { onlyAudits: ['paste-preventing-inputs'] } : {}),
    // The default mobile preset, spelled out: simulated throttling; only the
    // CPU multiplier is ours (merged into the preset's slow-4G settings).
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
    throttling: { cpuSlowdownMultiplier: cpuSlowdown },
    disableStorageReset: keepStorage,
    // Each run of a first-visit page is a first visit: Lighthouse's own reset keeps localStorage and
    // IndexedDB (to keep logins), so without these the runs after the first were a returning visitor
    // with cold caches, whose page is not prerendered (scripts/prerender-html.ts), and differed from it.
    ...(keepStorage
      ? {}
      : {
          clearStorageTypes: [
            'file_systems',
            'shader_cache',
            'service_workers',
            'cache_storage',
            'local_storage',
            'indexeddb',
          ] as Flags['clearStorageTypes'],
        }),
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

async function measure(spec: PageSpec, base: string, debugPort: number, options: Options): Promise<PageResult> {
  const { runs, saveDir } = options;
  const result: PageResult = { spec, lhrs: [], problems: [], lcpElements: [], cpuSlowdown: 4, benchmark: [] };
  if (options.cpuSlowdown === 'auto') {
    const started = performance.now();
    result.benchmark = await benchmarkIndex(debugPort, BENCHMARK_SAMPLES);
    const bi = median(result.benchmark);
    result.cpuSlowdown = cpuSlowdownFor(bi);
    console.log(
      `  ${spec.name}: benchmark index ${result.benchmark.join(', ')} (median ${bi}) → CPU slowdown ` +
        `${result.cpuSlowdown}× (${seconds(started)})`,
    );
  } else {
    result.cpuSlowdown = options.cpuSlowdown;
  }
  const url = base + spec.path;
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    if (spec.keepStorage) await coldCaches(debugPort, base);
    const categories: CategoryId[] = spec.floor ? ['performance'] : categoriesForRun(run);
    let runner: RunnerResult;
    try {
      runner = await runLighthouse(url, debugPort, spec.keepStorage, categories, result.cpuSlowdown);
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
    const scores = CATEGORIES.filter((c) => f.scores[c.id] !== undefined)
      .map((c) => `${c.label} ${f.scores[c.id] ?? 'n/a'}`)
      .join(', ');
    const bi = lhr.environment?.benchmarkIndex;
    console.log(
      `  ${spec.name} run ${run}/${runs}: ${scores}; Lighthouse's benchmark index ` +
        `${typeof bi === 'number' ? Math.round(bi) : 'n/a'}, CPU ${lhr.configSettings?.throttling?.cpuSlowdownMultiplier ?? '?'}×` +
        ` (${seconds(started)})${problem ? `  ${paint(false, problem)}` : ''}`,
    );
  }
  return result;
}

function guideSlug(contentDir = join(root, 'content')): string {
  const { files, errors } = findGuideFiles([contentDir]);
  const slug = errors.length ? undefined : loadContent(files).guides[0]?.guide.slug;
  if (!slug) throw new SetupError(`no guide found in ${contentDir} (npm run content:check says why)`);
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
  const work = mkdtempSync(join(tmpdir(), 'rehearse-lighthouse-'));
  workDir = work;
  const profile = join(work, 'profile');
  mkdirSync(profile);
  let chrome: ChildProcess | undefined;
  try {
    let outDir = resolve(root, options.outDir);
    let contentDir: string | undefined;
    if (options.guides !== null) {
      contentDir = join(work, `guides-${options.guides}`);
      outDir = join(work, `dist-${options.guides}`);
      mkdirSync(contentDir);
      for (const guide of syntheticGuides(options.guides, { size: 'real' })) {
        writeFileSync(join(contentDir, guide.name), guide.text);
      }
      viteBuild(outDir, { env: { REHEARSE_CONTENT_DIR: contentDir } });
    } else if (options.build) viteBuild(options.outDir);
    if (!existsSync(join(outDir, 'index.html'))) {
      throw new SetupError(`${options.outDir}/index.html not found: build first (npm run build) or drop --no-build`);
    }
    // A build from other guides (`REHEARSE_CONTENT_DIR`, as `vite build` reads it) is measured on one of its own.
    const slug = guideSlug(contentDir ?? process.env.REHEARSE_CONTENT_DIR);
    const floorDir = join(work, 'floor');
    if (options.floor) viteBuild(floorDir, { config: FLOOR_CONFIG });
    const base = await startPreview(outDir, options.port);
    const floorBase = options.floor ? await startPreview(floorDir, options.port + 1, FLOOR_CONFIG) : null;
    const launched = await startChromium(browser.path, profile);
    chrome = launched.process;
    const debugPort = launched.port;
    console.log(
      `  serving ${options.guides === null ? `${options.outDir}/` : `a build on ${options.guides} generated guides`} on ${base}` +
        `${floorBase ? ` and the floor on ${floorBase}` : ''}; Chromium ${chromiumVersion(browser.path)} (${browser.source}), ` +
        `${options.runs} run${options.runs === 1 ? '' : 's'} per page, mobile preset, simulated throttling, CPU slowdown ` +
        (options.cpuSlowdown === 'auto'
          ? 'calibrated per page: clamp(4 × benchmark index / 1750, 1, 4)'
          : `${options.cpuSlowdown}× (fixed)`),
    );

    // Home and guide first: their runs reset Cache Storage and the service
    // worker, which the practice runs do themselves, keeping the session.
    const pages: PageResult[] = [];
    const floor = floorBase
      ? await measure({ name: 'floor', path: '/', keepStorage: false, floor: true }, floorBase, debugPort, options)
      : null;
    const wanted = new Set(options.pages);
    if (wanted.has('home'))
      pages.push(await measure({ name: 'home', path: '/', keepStorage: false }, base, debugPort, options));
    if (wanted.has('guide')) {
      pages.push(await measure({ name: 'guide', path: guidePath(slug), keepStorage: false }, base, debugPort, options));
    }
    if (wanted.has('practice')) {
      const sessionId = await createSession(debugPort, base, guidePath(slug));
      console.log(`  started practice session ${sessionId} from ${guidePath(slug)}`);
      pages.push(
        await measure(
          { name: 'practice', path: `/practice/${encodeURIComponent(sessionId)}`, keepStorage: true },
          base,
          debugPort,
          options,
        ),
      );
    }
    return report(pages, floor, options, {
      elapsed: seconds(started),
      benchmark: pages.flatMap((p) => p.lhrs).map((l) => l.environment?.benchmarkIndex),
    });
  } finally {
    if (chrome) await stopAndWait(chrome); // it writes into the profile until it has exited
    stopAll();
    try {
      rmSync(work, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      console.warn(`lighthouse: could not remove ${work} (browser profile, builds): ${(error as Error).message}`);
    }
  }
}

function report(
  pages: PageResult[],
  floor: PageResult | null,
  options: Options,
  run: { elapsed: string; benchmark: (number | undefined)[] },
): number {
  const failures: string[] = [];
  /** Pages or runs that could not be measured as they should: a harness problem, not a score. */
  const broken: string[] = [];
  const floorRuns = floor?.lhrs.map(runFigures) ?? [];
  if (floor) {
    console.log(
      `\nfloor  a bare Vite + React 19 page, scripts/floor/  (CPU ${floor.cpuSlowdown}×; LCP element: ${[...new Set(floor.lcpElements)].join(' | ')})\n`,
    );
    for (const problem of floor.problems) console.log(`  ${paint(false, 'FAIL')} ${problem}`);
    if (floorRuns.length) {
      const rows = pageRows(floorRuns).filter((r) => r.label === 'Performance' || r.ok === null);
      console.log(
        formatRows(
          rows.map((r) => ({ ...r, limit: '', ok: null })),
          paint,
        ),
      );
    } else broken.push('floor: not measured');
  }
  const comparisons: string[] = [];
  for (const page of pages) {
    const calibration = page.benchmark.length
      ? `CPU ${page.cpuSlowdown}× for benchmark index ${median(page.benchmark)}`
      : `CPU ${page.cpuSlowdown}×`;
    console.log(
      `\n${page.spec.name}  ${page.spec.path}  (${calibration}; LCP element: ${[...new Set(page.lcpElements)].join(' | ')})\n`,
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
    const versus = floor ? compareWithFloor(page.lhrs.map(runFigures), floorRuns) : null;
    if (versus) {
      const line = `${page.spec.name}: Performance ${rows[0]!.value}, ${formatFloorComparison(versus)}`;
      comparisons.push(`  ${line}  ${paint(versus.ok, versus.ok ? 'within' : 'over')}`);
      console.log(`\n  ${formatFloorComparison(versus)}  ${paint(versus.ok, versus.ok ? 'within' : 'over')}`);
    }
    for (const [i, c] of CATEGORIES.entries()) {
      const row = rows[i]!;
      if (!row.ok) failures.push(`${page.spec.name} ${c.label} ${row.value} (${row.limit})`);
      if (row.value === '100') continue;
      const lost = lostPoints(page.lhrs, c.id);
      if (!lost.length) continue;
      const measured = page.lhrs.filter((l) => l.categories[c.id]).length;
      console.log(`\n  ${c.label} below 100 — what costs points (runs where it fell short of ${measured}):`);
      for (const a of lost.slice(0, 12)) {
        const weight = a.weight ? `weight ${a.weight}` : 'diagnostic';
        console.log(`    ${a.id} (${a.runs}/${measured}, ${weight}): ${a.title} — ${a.note}`);
      }
    }
  }

  if (comparisons.length) {
    console.log(`\nAgainst the floor (same run; reported, not gated):\n${comparisons.join('\n')}`);
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
  if (options.cpuSlowdown === 'auto') {
    console.log(
      `CPU slowdown per page (calibrated): ${pages.map((p) => `${p.spec.name} ${p.cpuSlowdown}× (benchmark index ${p.benchmark.join(', ')})`).join('; ')}.`,
    );
  } else if (bench.length && median(bench) < 1000 && options.cpuSlowdown >= 4) {
    console.log(
      `Note: a median benchmark index of ${median(bench)} is below the 1,000 Lighthouse expects for its 4× CPU slowdown ` +
        '(a busy or slow host): Performance, TBT and LCP come out worse than on a typical machine ' +
        '(--cpu-slowdown auto calibrates it).',
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
