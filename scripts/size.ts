/**
 * `npm run size -- [--no-build] [--out-dir DIR] [--guides 1,153,1000] [--no-scaling] [--keep]`
 *
 * Checks the production bundle against its budgets (gzip, level 9) and exits
 * 1 when any is broken:
 *
 * - initial JS of the home page (the entry plus every chunk it imports
 *   statically or index.html modulepreloads) ≤ 105 KiB;
 * - every lazily loaded code chunk ≤ 60 KiB (guide and search-index data
 *   chunks are listed, not budgeted: their size is the content's);
 * - all CSS ≤ 15 KiB;
 * - react-markdown, remark, micromark, mdast utilities and the progress
 *   charts absent from the initial JS (by module id, from the bundle report);
 * - no inline script in index.html (the CSP forbids them);
 * - every file of the initial JS starts with V8's compile hint (`compileHints()`);
 * - the question bank's code in the initial JS grows by ≤ 2 KiB per 100
 *   guides, and every guide's content is a chunk of its own: measured by
 *   building the app on 1, 153 and 1,000 generated real-sized guides
 *   (scripts/synthetic-guides.ts, about 5 KB gzip each like the real ones) in
 *   a temporary folder;
 * - on each of those builds and on `dist/` (issue 17's budgets): the initial
 *   JS ≤ 105 KiB, no chunk at all (guide and search data included) over
 *   100 KiB, and the first visit's download ≤ 1.5 MB: index.html, the initial
 *   JS and CSS, sw.js and the Workbox runtime it imports, and every file its
 *   precache list names, each counted once.
 *
 * Builds into `dist/` first (like `npm run build`) unless `--no-build`; the
 * generated banks are always built, in the temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

import { BUNDLE_REPORT_FILE, type BundleReport, COMPILE_HINT, type ReportChunk } from './build-plugins.ts';
import { scriptHash } from './prerender-html.ts';
import {
  bankCodeInInitial,
  budget,
  type Check,
  FIRST_PAGES,
  firstPageWave,
  firstVisitDownload,
  fmtKiB,
  fmtMB,
  formatChecks,
  growthPer100,
  guidesNotInOwnChunk,
  initialJs,
  isBankDataChunk,
  keepOutOfInitial,
  largestChunks,
  LIMITS,
  WAVE_LIMITS,
  parseIndexHtml,
  precacheUrls,
  serviceWorkerImports,
} from './size-lib.ts';
import { syntheticGuides } from './synthetic-guides.ts';
import { usageError } from './usage.ts';

const root = resolve(import.meta.dirname, '..');

interface Options {
  build: boolean;
  outDir: string;
  guides: number[];
  keep: boolean;
}

const usage = usageError('size', '[--no-build] [--out-dir DIR] [--guides 1,153,1000] [--no-scaling] [--keep]');

function readOptions(argv: string[]): Options {
  const options: Options = { build: true, outDir: 'dist', guides: [1, 153, 1000], keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = (): string => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    if (flag === '--no-build') options.build = false;
    else if (flag === '--out-dir') options.outDir = value();
    else if (flag === '--no-scaling') options.guides = [];
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--guides') {
      const counts = value().split(',').map(Number);
      if (counts.length < 2 || counts.some((n) => !Number.isInteger(n) || n < 1)) {
        usage('--guides needs two or more positive whole numbers, e.g. 1,153,1000');
      }
      options.guides = [...new Set(counts)].sort((a, b) => a - b);
    } else if (flag === '-h' || flag === '--help') usage();
    else usage(`unknown argument ${argv[i]}`);
  }
  return options;
}

const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

function viteBuild(outDir: string, env: NodeJS.ProcessEnv = {}): void {
  const started = performance.now();
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', shell: process.platform === 'win32' },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    console.error(`size: vite build into ${outDir} failed`);
    process.exit(2);
  }
  console.log(`  built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function readBuild(dir: string): { report: BundleReport; html: string } {
  const reportFile = join(dir, BUNDLE_REPORT_FILE);
  const htmlFile = join(dir, 'index.html');
  if (!existsSync(reportFile) || !existsSync(htmlFile)) {
    console.error(
      `size: ${dir} has no index.html or ${BUNDLE_REPORT_FILE}; build it with this project's vite.config.ts (npm run build), or drop --no-build`,
    );
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BundleReport;
  if (report.version !== 1) {
    console.error(`size: ${reportFile} is version ${report.version}; this script reads version 1`);
    process.exit(2);
  }
  return { report, html: readFileSync(htmlFile, 'utf8') };
}

/** The packages (or source folders) making up most of a chunk, by rendered size: a hint, not a measurement. */
function mainParts(chunk: ReportChunk | undefined, count = 3): string {
  if (!chunk) return '';
  const sizes = new Map<string, number>();
  for (const m of chunk.modules) {
    const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m.id)?.[1];
    const part = pkg ?? m.id.replace(/\?.*$/, '').replace(/\/[^/]*$/, '/');
    sizes.set(part, (sizes.get(part) ?? 0) + m.renderedLength);
  }
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name]) => name)
    .join(', ');
}

function checkApp(dir: string): Check[] {
  const { report, html } = readBuild(dir);
  const refs = parseIndexHtml(html);
  const byFile = new Map(report.chunks.map((chunk) => [chunk.file, chunk]));
  const size = new Map(report.chunks.map((chunk) => [chunk.file, gzipSize(join(dir, chunk.file))]));
  const checks: Check[] = [];

  const initial = initialJs(report, refs);
  const initialSet = new Set(initial.files);
  const initialBytes = initial.files.reduce((sum, f) => sum + size.get(f)!, 0);
  checks.push(
    budget(
      `initial JS (entry + ${initial.files.length - 1} chunks it loads up front)`,
      initialBytes,
      LIMITS.initialJs,
      [
        ...[...initial.files]
          .sort((a, b) => size.get(b)! - size.get(a)!)
          .map((f) => `${fmtKiB(size.get(f)!).padStart(9)}  ${f}  (${mainParts(byFile.get(f))})`),
        ...initial.mismatches.map((m) => `note: ${m}`),
      ],
    ),
  );

  // vite.config.ts `compileHints()`: a Vite update that rewrote the chunks after it would drop the hint silently.
  const unhinted = initial.files.filter((file) => !readFileSync(join(dir, file), 'utf8').startsWith(COMPILE_HINT));
  checks.push({
    label: "initial JS files that start with V8's compile hint",
    value: `${initial.files.length - unhinted.length} of ${initial.files.length}`,
    limit: 'all',
    ok: unhinted.length === 0,
    details: unhinted.map((file) => `no hint: ${file}`),
  });

  const lazy = report.chunks.filter((chunk) => !initialSet.has(chunk.file));
  const code = lazy.filter((chunk) => !isBankDataChunk(chunk)).sort((a, b) => size.get(b.file)! - size.get(a.file)!);
  const data = lazy.filter(isBankDataChunk).sort((a, b) => size.get(b.file)! - size.get(a.file)!);
  const biggest = code[0];
  checks.push(
    budget(
      `largest lazy chunk (of ${code.length})`,
      biggest ? size.get(biggest.file)! : 0,
      LIMITS.lazyChunk,
      code.slice(0, 5).map((c) => `${fmtKiB(size.get(c.file)!).padStart(9)}  ${c.file}  (${mainParts(c)})`),
    ),
  );
  if (data.length) {
    const d = data[0]!;
    checks.push({
      label: `largest guide/search data chunk (of ${data.length})`,
      value: fmtKiB(size.get(d.file)!),
      limit: 'no limit',
      ok: true,
      details: [`${d.file}  (${d.modules.map((m) => m.id).join(', ')})`],
    });
  }

  const cssFiles = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.css'));
  const cssSizes = cssFiles.map((f) => [f, gzipSize(join(dir, 'assets', f))] as const);
  checks.push(
    budget(
      `CSS (${cssFiles.length} file${cssFiles.length === 1 ? '' : 's'})`,
      cssSizes.reduce((sum, [, n]) => sum + n, 0),
      LIMITS.css,
      cssSizes.map(([f, n]) => `${fmtKiB(n).padStart(9)}  assets/${f}`),
    ),
  );

  for (const rule of keepOutOfInitial(report, initialSet)) {
    const found = rule.inInitial.length > 0 || rule.inLazy.length > 0;
    checks.push({
      label: `${rule.name} kept out of the initial JS`,
      value: rule.inInitial.length ? 'present' : found ? 'absent' : 'not found',
      limit: 'absent',
      ok: rule.inInitial.length === 0 && found,
      details: rule.inInitial.length
        ? rule.inInitial.map((hit) => `in ${hit.file}: ${hit.module}`)
        : found
          ? [`lazy: ${rule.inLazy.join(', ')}`]
          : ['no module in the bundle matches this rule any more: update KEEP_OUT_OF_INITIAL in scripts/size-lib.ts'],
    });
  }

  const firstWave = [...initial.files, ...refs.stylesheets];
  checks.push({
    label: 'requests beside index.html (initial JS and CSS)',
    value: String(firstWave.length),
    limit: `≤ ${WAVE_LIMITS.initial}`,
    ok: firstWave.length <= WAVE_LIMITS.initial,
    details: [firstWave.join(', ')],
  });
  for (const page of FIRST_PAGES) {
    const wave = firstPageWave(report, initialSet, page.routes);
    checks.push({
      label: `${page.name}: requests after the initial JS`,
      value: String(wave.files.length),
      limit: `≤ ${WAVE_LIMITS.afterInitial}`,
      ok: wave.files.length <= WAVE_LIMITS.afterInitial && wave.missing.length === 0 && wave.files.length > 0,
      details: [
        wave.files.map((f) => `${f} (${fmtKiB(size.get(f) ?? 0)})`).join(', '),
        ...wave.missing.map((route) => `no chunk is built from ${route}: update FIRST_PAGES in scripts/size-lib.ts`),
      ],
    });
  }

  // The prerendered page's boot script is the one inline script there should be, allowed by its hash alone.
  const unhashed = refs.inlineScripts.filter((script) => !refs.scriptSources.includes(scriptHash(script)));
  checks.push({
    label: 'inline <script> in index.html not allowed by its CSP hash',
    value: String(unhashed.length),
    limit: 'none',
    ok: unhashed.length === 0 && !refs.scriptSources.some((source) => /'unsafe-(inline|eval)'/.test(source)),
    details: [
      ...unhashed.map((s) => s.trim().slice(0, 80)),
      `${refs.inlineScripts.length} inline, script-src ${refs.scriptSources.join(' ') || '(none)'}`.slice(0, 120),
    ],
  });
  return checks;
}

const SW_FILE = 'sw.js';

/** Issue 17's budgets on one build: the initial JS, the largest chunk of all, the first visit's download. */
function scaleChecks(dir: string, label: string): Check[] {
  const { report, html } = readBuild(dir);
  const refs = parseIndexHtml(html);
  const sizes = new Map<string, number | null>();
  const sizeOf = (file: string): number | null => {
    if (!sizes.has(file)) {
      const path = join(dir, file);
      sizes.set(file, existsSync(path) ? gzipSize(path) : null);
    }
    return sizes.get(file)!;
  };
  const initial = initialJs(report, refs).files;
  const initialBytes = initial.reduce((sum, f) => sum + (sizeOf(f) ?? 0), 0);
  const checks: Check[] = [budget(`${label}: initial JS of the home page`, initialBytes, LIMITS.initialJs)];

  const top = largestChunks(report, (f) => sizeOf(f) ?? 0, 3);
  checks.push(
    budget(
      `${label}: largest chunk (code or data)`,
      top[0]?.bytes ?? 0,
      LIMITS.anyChunk,
      top.map((c) => `${fmtKiB(c.bytes).padStart(9)}  ${c.file}${c.data ? '  (guide/search data)' : ''}`),
    ),
  );

  const swPath = join(dir, SW_FILE);
  if (!existsSync(swPath)) {
    checks.push({
      label: `${label}: first visit's download`,
      value: 'no sw.js',
      limit: `≤ ${fmtMB(LIMITS.firstVisit)}`,
      ok: false,
      details: [`${swPath} is missing: is the PWA plugin still in vite.config.ts?`],
    });
    return checks;
  }
  const sw = readFileSync(swPath, 'utf8');
  let precache: string[];
  try {
    precache = precacheUrls(sw);
  } catch (error) {
    checks.push({
      label: `${label}: first visit's download`,
      value: 'unreadable',
      limit: `≤ ${fmtMB(LIMITS.firstVisit)}`,
      ok: false,
      details: [`${SW_FILE}: ${(error as Error).message}`],
    });
    return checks;
  }
  const visit = firstVisitDownload(
    {
      page: ['index.html', ...initial, ...refs.stylesheets],
      serviceWorker: [SW_FILE, ...serviceWorkerImports(sw)],
      precache,
    },
    sizeOf,
  );
  const dataFiles = new Set(report.chunks.filter(isBankDataChunk).map((c) => c.file));
  const precachedData = visit.precache.filter((p) => dataFiles.has(p.file));
  const dataBytes = precachedData.reduce((sum, p) => sum + p.bytes, 0);
  checks.push({
    label: `${label}: first visit's download (page + service worker precache)`,
    value: fmtMB(visit.total),
    limit: `≤ ${fmtMB(LIMITS.firstVisit)}`,
    ok: visit.total <= LIMITS.firstVisit && visit.missing.length === 0,
    details: [
      `page ${fmtMB(visit.parts.page)}, service worker ${fmtMB(visit.parts.serviceWorker)}, ` +
        `precache ${fmtMB(visit.parts.precache)} in ${visit.precache.length} more files ` +
        `(of ${precache.length} entries), of which guide and search data ${fmtMB(dataBytes)} in ${precachedData.length} files`,
      ...visit.precache.slice(0, 3).map((p) => `${fmtKiB(p.bytes).padStart(9)}  ${p.file}`),
      ...visit.missing.map((f) => `named but not in ${dir}: ${f}`),
    ],
  });
  return checks;
}

function checkBankScaling(counts: number[], keep: boolean): Check[] {
  const work = mkdtempSync(join(tmpdir(), 'rehearse-size-'));
  const all = syntheticGuides(counts[counts.length - 1]!, { size: 'real' });
  const points: { guides: number; bytes: number; catalogue: number; ownChunks: number; shared: string[] }[] = [];
  const budgets: Check[] = [];
  try {
    for (const n of counts) {
      const content = join(work, `guides-${n}`);
      const out = join(work, `dist-${n}`);
      mkdirSync(content);
      for (const guide of all.slice(0, n)) writeFileSync(join(content, guide.name), guide.text);
      // The library's page only: these budgets are about the first visit to it, and rendering a thousand
      // guide pages would add about 80 s a build (scripts/prerender.ts).
      viteBuild(out, {
        REHEARSE_CONTENT_DIR: content,
        REHEARSE_CONTENT_CACHE: join(work, 'parse-cache'),
        REHEARSE_PRERENDER: 'home',
      });
      const { report, html } = readBuild(out);
      const initial = new Set(initialJs(report, parseIndexHtml(html)).files);
      const catalogue = report.chunks.find((c) => c.modules.some((m) => m.id === 'virtual:question-bank'));
      const own = guidesNotInOwnChunk(report);
      points.push({
        guides: n,
        bytes: bankCodeInInitial(report, initial),
        catalogue: catalogue ? gzipSize(join(out, catalogue.file)) : 0,
        ownChunks: own.guides,
        shared: own.shared,
      });
      budgets.push(...scaleChecks(out, `${n} generated guide${n === 1 ? '' : 's'}`));
    }
  } finally {
    if (keep) console.log(`  kept the generated guides and builds in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  const growth = growthPer100(points);
  const catalogueGrowth = growthPer100(points.map((p) => ({ guides: p.guides, bytes: p.catalogue })));
  const worst = Math.max(...growth.map((g) => g.per100));
  const notOwn = points.filter((p) => p.ownChunks !== p.guides || p.shared.length > 0);
  return [
    ...budgets,
    budget('question bank in the initial JS, per 100 guides', worst, LIMITS.bankPer100Guides, [
      `in the initial JS: ${points.map((p) => `${p.guides} guides ${fmtKiB(p.bytes)}`).join(', ')}`,
      ...growth.map((g) => `${g.from} → ${g.to} guides: ${fmtKiB(g.per100)} per 100`),
      `the lazy catalogue chunk (summaries and guide map; the home page fetches it with its own code): ${points
        .map((p) => `${fmtKiB(p.catalogue)}`)
        .join(', ')}, ${catalogueGrowth.map((g) => `${fmtKiB(g.per100)}`).join(' / ')} per 100 guides`,
    ]),
    {
      label: 'each guide in a chunk of its own',
      value: `${points.reduce((n, p) => n + p.ownChunks, 0)}/${points.reduce((n, p) => n + p.guides, 0)}`,
      limit: 'all',
      ok: notOwn.length === 0,
      details: [
        `guide chunks per build: ${points.map((p) => `${p.ownChunks} of ${p.guides}`).join(', ')}`,
        ...notOwn.flatMap((p) => p.shared.slice(0, 5).map((id) => `${p.guides} guides: ${id} shares its chunk`)),
      ],
    },
  ];
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const outDir = resolve(root, options.outDir);
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (ok: boolean, s: string) => (colour ? `\u001b[${ok ? 32 : '1;31'}m${s}\u001b[0m` : s);

  if (options.build) viteBuild(options.outDir);
  const checks = [...checkApp(outDir), ...scaleChecks(outDir, `${options.outDir}/`)];
  if (options.guides.length) {
    console.log(`  building on ${options.guides.join(', ')} generated real-sized guides…`);
    checks.push(...checkBankScaling(options.guides, options.keep));
  }

  console.log(`\nBundle budgets for ${options.outDir}/ (gzip level 9; 1 KiB = 1024 bytes)\n`);
  console.log(formatChecks(checks, paint));
  const failed = checks.filter((c) => !c.ok);
  console.log(
    failed.length
      ? `\n${paint(false, `${failed.length} budget${failed.length === 1 ? '' : 's'} broken`)}: ${failed.map((c) => c.label).join('; ')}`
      : `\n${paint(true, 'all budgets met')}`,
  );
  process.exit(failed.length ? 1 : 0);
}

main();
