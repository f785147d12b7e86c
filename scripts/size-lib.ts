/**
 * The pure part of `npm run size`: which chunks the first page loads, what
 * must not be among them, and the budget verdicts. Works on the build's
 * bundle report (scripts/build-plugins.ts) and index.html, with gzip sizes
 * measured by the caller, so it can be tested without building anything.
 */
import type { BundleReport, ReportChunk } from './build-plugins.ts';

export const KIB = 1024;

/** Budgets, gzip bytes. */
export interface Limits {
  /** The entry chunk plus everything it imports statically or index.html modulepreloads. */
  initialJs: number;
  /** Any one lazily loaded code chunk (route code and the shared chunks it pulls in). */
  lazyChunk: number;
  /** All stylesheets together. */
  css: number;
  /** Growth of the question bank's code in the initial JS per 100 more guides. */
  bankPer100Guides: number;
  /** Any one chunk at all, guide and search data included (issue 17: with 1,000 and 153 guides). */
  anyChunk: number;
  /** The first visit's download: index.html, initial JS and CSS, the service worker and all it precaches. */
  firstVisit: number;
}

export const LIMITS: Limits = {
  initialJs: 105 * KIB,
  lazyChunk: 60 * KIB,
  css: 15 * KIB,
  bankPer100Guides: 2 * KIB,
  anyChunk: 100 * KIB,
  firstVisit: 1_500_000,
};

/**
 * Code that belongs to the routes that need it, never to the first page. By
 * module id, so a rename or a new version of a package cannot hide it; a rule
 * that matches no module anywhere in the bundle fails too, rather than
 * passing for the wrong reason.
 */
export const KEEP_OUT_OF_INITIAL: readonly { name: string; pattern: RegExp }[] = [
  { name: 'react-markdown', pattern: /(^|\/)node_modules\/react-markdown\// },
  { name: 'remark', pattern: /(^|\/)node_modules\/remark-[^/]+\// },
  { name: 'micromark', pattern: /(^|\/)node_modules\/micromark[^/]*\// },
  { name: 'mdast utilities', pattern: /(^|\/)node_modules\/mdast-util-[^/]+\// },
  { name: 'progress charts (src/features/progress)', pattern: /^src\/features\/progress\// },
  // Reviews load with the screens that rate, delete or import (src/stores/scheduler.ts).
  { name: 'ts-fsrs (review scheduling)', pattern: /(^|\/)node_modules\/ts-fsrs\// },
  // Tab sync's merge rules come with the store (its chunk, scripts/chunk-groups.ts).
  { name: 'tab sync (src/stores/sync.ts)', pattern: /^src\/stores\/sync\.ts$/ },
  // Recording, playback and the delivery analysis load with a voice answer or a recorded one (issue 16).
  { name: 'recording and playback (src/features/recording)', pattern: /^src\/features\/recording\// },
  {
    name: 'delivery analysis (lib/recording, domain/delivery audio and transcript)',
    pattern: /^src\/lib\/recording\/|^src\/domain\/delivery\/(audio|transcript|figures|targets)\.ts$/,
  },
  { name: 'fflate (the export archive)', pattern: /(^|\/)node_modules\/fflate\// },
  // The store loads in parallel with the first paint (src/stores/app-store.ts); route loaders wait for it.
  {
    name: 'the store (src/stores/store.ts) and zustand',
    pattern: /^src\/stores\/store\.ts$|(^|\/)node_modules\/zustand\//,
  },
];

/** The generated question bank's modules (`virtual:question-bank`, its guides and search index). */
export const BANK_MODULE = /^virtual:question-bank(\/|$)/;
/**
 * A guide's or the search index's data: lazy by design, sized by the content rather than the code.
 * The search index is one module (`virtual:question-bank/search`) or several under it (`…/search/…`).
 */
const BANK_DATA_MODULE = /^virtual:question-bank\/(guide\/|search(\/|$))/;

export interface HtmlRefs {
  /** `<script src>` files, relative to the output folder. */
  scripts: string[];
  modulepreloads: string[];
  stylesheets: string[];
  /** Bodies of `<script>` elements without `src` (a strict CSP forbids them but by their hash). */
  inlineScripts: string[];
  /** The sources the Content-Security-Policy meta allows scripts from (`script-src`), quotes kept. */
  scriptSources: string[];
}

/** The prerendered page's boot script (scripts/prerender-html.ts) names the entry and its preloads. */
const BOOT_FILES = /\{"entry":"([^"]+)","preloads":(\[[^\]]*\])\}/;

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

const local = (href: string): string => href.replace(/^\.?\//, '').replace(/[?#].*$/, '');

export function parseIndexHtml(html: string): HtmlRefs {
  const refs: HtmlRefs = { scripts: [], modulepreloads: [], stylesheets: [], inlineScripts: [], scriptSources: [] };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const src = attr(match[1]!, 'src');
    if (src) refs.scripts.push(local(src));
    else if (attr(match[1]!, 'type') !== 'application/ld+json') {
      refs.inlineScripts.push(match[2]!);
      const boot = BOOT_FILES.exec(match[2]!);
      if (boot) {
        refs.scripts.push(local(boot[1]!));
        refs.modulepreloads.push(...(JSON.parse(boot[2]!) as string[]).map(local));
      }
    }
  }
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const scriptSrc = csp
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'script-src');
  refs.scriptSources = scriptSrc?.slice(1) ?? [];
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(match[0], 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attr(match[0], 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) refs.modulepreloads.push(local(href));
    if (rel.includes('stylesheet')) refs.stylesheets.push(local(href));
  }
  return refs;
}

/** `roots` and every chunk they import statically, transitively. */
export function staticClosure(report: BundleReport, roots: readonly string[]): Set<string> {
  const byFile = new Map(report.chunks.map((chunk) => [chunk.file, chunk]));
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(byFile.get(file)?.imports ?? []));
  }
  return seen;
}

export interface InitialJs {
  /** Chunks the first page downloads before it can run, entry first. */
  files: string[];
  /** Listed in index.html but not reached by static imports (or the reverse): worth a look, still counted. */
  mismatches: string[];
}

/** The entry (as index.html names it, or as the report marks it) and everything it pulls in up front. */
export function initialJs(report: BundleReport, html: HtmlRefs): InitialJs {
  const js = new Set(report.chunks.map((chunk) => chunk.file));
  const entries = html.scripts.filter((file) => js.has(file));
  if (entries.length === 0) entries.push(...report.chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.file));
  const byImports = staticClosure(report, entries);
  const preloaded = html.modulepreloads.filter((file) => js.has(file));
  const files = [...new Set([...entries, ...byImports, ...preloaded])];
  const mismatches = [
    ...[...byImports].filter((f) => !entries.includes(f) && !preloaded.includes(f)).map((f) => `${f} (not preloaded)`),
    ...preloaded.filter((f) => !byImports.has(f)).map((f) => `${f} (preloaded, not imported)`),
  ];
  return { files, mismatches };
}

/**
 * The most requests in each of a first page's waves. Lighthouse's mobile preset simulates HTTP/1.1 with six
 * connections per host: a seventh request in a wave waits for one of them, which adds a round trip to the
 * page's LCP (home 97 → 93 in CI when the library's buttons added three small chunks to its second wave and
 * Vite's preload helper a seventh request to the first). The second wave shares them with the manifest.
 */
export const WAVE_LIMITS = { initial: 6, afterInitial: 5 } as const;

/** The pages whose first paint CI measures, by the route files whose chunks they load (parent first). */
export const FIRST_PAGES: readonly { name: string; routes: readonly string[] }[] = [
  { name: 'home', routes: ['src/routes/index.tsx'] },
  { name: 'guide page', routes: ['src/routes/guides.$slug.tsx'] },
  {
    name: 'answering screen',
    routes: ['src/routes/practice.$sessionId.tsx', 'src/routes/practice.$sessionId.index.tsx'],
  },
];

export interface FirstPageWave {
  /** Lazy chunks requested together once the initial JS runs, sorted. */
  files: string[];
  /** Route files that no chunk is built from (a renamed route): the check fails rather than pass on nothing. */
  missing: string[];
}

/**
 * What a first page fetches once the initial JS has run: the store and the guide catalogue, which the
 * entry starts on every page (`app-store.ts`, the root route), and each route's chunk, all with what
 * they import statically, minus the initial JS. Guide data a loader then asks for is a later wave, and
 * not counted: its size is the content's.
 */
export function firstPageWave(
  report: BundleReport,
  initial: ReadonlySet<string>,
  routes: readonly string[],
): FirstPageWave {
  const started = report.chunks
    .filter((chunk) => chunk.modules.some((m) => m.id === 'src/stores/start.ts' || m.id === 'virtual:question-bank'))
    .map((chunk) => chunk.file);
  const missing: string[] = [];
  const routeChunks = routes.flatMap((route) => {
    const chunk = report.chunks.find((c) => c.facadeModuleId?.replace(/\?.*$/, '') === route);
    if (!chunk) missing.push(route);
    return chunk ? [chunk.file] : [];
  });
  const files = [...staticClosure(report, [...started, ...routeChunks])].filter((file) => !initial.has(file)).sort();
  return { files, missing };
}

export interface KeepOutResult {
  name: string;
  /** Initial chunks holding a matching module, with the first such module. */
  inInitial: { file: string; module: string }[];
  /** Lazy chunks holding one: proof the rule still matches something. */
  inLazy: string[];
}

export function keepOutOfInitial(
  report: BundleReport,
  initial: ReadonlySet<string>,
  rules: readonly { name: string; pattern: RegExp }[] = KEEP_OUT_OF_INITIAL,
): KeepOutResult[] {
  return rules.map(({ name, pattern }) => {
    const result: KeepOutResult = { name, inInitial: [], inLazy: [] };
    for (const chunk of report.chunks) {
      const hit = chunk.modules.find((m) => pattern.test(m.id));
      if (!hit) continue;
      if (initial.has(chunk.file)) result.inInitial.push({ file: chunk.file, module: hit.id });
      else result.inLazy.push(chunk.file);
    }
    return result;
  });
}

/** A lazy chunk that holds only guide or search-index data. */
export function isBankDataChunk(chunk: ReportChunk): boolean {
  return chunk.modules.length > 0 && chunk.modules.every((m) => BANK_DATA_MODULE.test(m.id));
}

/** Gzip bytes of the question bank's code in the initial chunks (per module, as rendered before minifying). */
export function bankCodeInInitial(report: BundleReport, initial: ReadonlySet<string>): number {
  let bytes = 0;
  for (const chunk of report.chunks) {
    if (!initial.has(chunk.file)) continue;
    for (const m of chunk.modules) if (BANK_MODULE.test(m.id)) bytes += m.gzip;
  }
  return bytes;
}

/** Guides whose full content is not alone in a chunk of its own (should be none). */
export function guidesNotInOwnChunk(report: BundleReport): { guides: number; shared: string[] } {
  let guides = 0;
  const shared: string[] = [];
  for (const chunk of report.chunks) {
    const own = chunk.modules.filter((m) => m.id.startsWith('virtual:question-bank/guide/'));
    guides += own.length;
    if (own.length > 0 && chunk.modules.length > 1) shared.push(...own.map((m) => m.id));
  }
  return { guides, shared };
}

export interface GrowthPoint {
  guides: number;
  bytes: number;
}

/** Bytes per 100 guides between consecutive points (sorted by guide count). */
export function growthPer100(points: readonly GrowthPoint[]): { from: number; to: number; per100: number }[] {
  const sorted = [...points].sort((a, b) => a.guides - b.guides);
  return sorted.slice(1).map((p, i) => {
    const prev = sorted[i]!;
    return { from: prev.guides, to: p.guides, per100: ((p.bytes - prev.bytes) / (p.guides - prev.guides)) * 100 };
  });
}

export interface Check {
  label: string;
  /** Shown as the figure. */
  value: string;
  /** Shown as the budget, e.g. "≤ 105 KiB". */
  limit: string;
  ok: boolean;
  /** Indented lines under the row: what is in it, where it went wrong. */
  details?: string[];
}

/** 2 decimals below 10 KiB, 1 above. */
export const fmtKiB = (bytes: number): string => `${(bytes / KIB).toFixed(Math.abs(bytes) < 10 * KIB ? 2 : 1)} KiB`;

/** A figure against an upper limit. */
export function budget(label: string, bytes: number, limit: number, details?: string[]): Check {
  return {
    label,
    value: fmtKiB(bytes),
    limit: `≤ ${Number((limit / KIB).toFixed(2))} KiB`,
    ok: bytes <= limit,
    details,
  };
}

export function formatChecks(
  checks: readonly Check[],
  paint: (ok: boolean, s: string) => string = (_ok, s) => s,
): string {
  const labelWidth = Math.max(...checks.map((c) => c.label.length));
  const valueWidth = Math.max(...checks.map((c) => c.value.length));
  const limitWidth = Math.max(...checks.map((c) => c.limit.length));
  const lines: string[] = [];
  for (const c of checks) {
    lines.push(
      `  ${c.label.padEnd(labelWidth)}  ${c.value.padStart(valueWidth)}  ${c.limit.padEnd(limitWidth)}  ${paint(c.ok, c.ok ? 'PASS' : 'FAIL')}`,
    );
    for (const d of c.details ?? []) lines.push(`      ${d}`);
  }
  return lines.join('\n');
}

/**
 * The URLs a Workbox service worker precaches, as vite-plugin-pwa's `generateSW` writes them into sw.js:
 * `precacheAndRoute([{url:"index.html",revision:"…"},{url:"assets/a-1.js",revision:null},…],{…})`.
 * Minified or not, either quote. Throws when sw.js has no precache list: the first-visit figure would
 * silently leave out what the service worker downloads.
 */
export function precacheUrls(swJs: string): string[] {
  const start = /precacheAndRoute\s*\(\s*\[/.exec(swJs);
  if (!start) throw new Error('no precacheAndRoute([...]) in the service worker');
  // The list holds only {url, revision} objects: it ends at the first "]" outside a string.
  let i = start.index + start[0].length;
  let quote: string | null = null;
  for (; i < swJs.length; i++) {
    const c = swJs[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === ']') break;
  }
  const list = swJs.slice(start.index + start[0].length, i);
  const urls = [...list.matchAll(/(?:^|[{,])\s*["']?url["']?\s*:\s*(["'`])((?:\\.|(?!\1).)*)\1/g)].map((m) =>
    local(m[2]!),
  );
  return [...new Set(urls)];
}

/** The scripts a generated sw.js loads before it runs (Workbox's runtime: `define(["./workbox-abc"], …)`). */
export function serviceWorkerImports(swJs: string): string[] {
  const deps = /\bdefine\s*\(\s*\[([^\]]*)\]/.exec(swJs)?.[1] ?? '';
  const imported = [...swJs.matchAll(/importScripts\s*\(\s*(["'])([^"']+)\1/g)].map((m) => m[2]!);
  return [...[...deps.matchAll(/(["'])([^"']+)\1/g)].map((m) => m[2]!), ...imported].map(
    (dep) => `${local(dep)}${/\.m?js$/.test(dep) ? '' : '.js'}`,
  );
}

export interface SizedChunk {
  file: string;
  bytes: number;
  /** Guide or search-index data rather than code. */
  data: boolean;
}

/** The largest chunks of all, code and data alike, biggest first (`count` of them). */
export function largestChunks(report: BundleReport, sizeOf: (file: string) => number, count = 1): SizedChunk[] {
  return report.chunks
    .map((chunk) => ({ file: chunk.file, bytes: sizeOf(chunk.file), data: isBankDataChunk(chunk) }))
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))
    .slice(0, count);
}

export interface FirstVisit {
  /** Gzip bytes of every file once: a file both loaded by the page and precached is fetched once. */
  total: number;
  /** Gzip bytes by what asked for the file first. */
  parts: { page: number; serviceWorker: number; precache: number };
  /** Precache entries by size, biggest first. */
  precache: { file: string; bytes: number }[];
  /** Files named by the page or the service worker that the output folder lacks (sizeOf returned null). */
  missing: string[];
}

/**
 * What a first visit downloads, over the wire: the page (index.html, its initial JS and CSS), the service
 * worker and the runtime it imports, then every file the service worker precaches that the page has not
 * fetched already. Hashed files are fetched once (the precache reuses the HTTP cache's copy); `sizeOf`
 * gives a file's gzip bytes, or null when it does not exist.
 */
export function firstVisitDownload(
  files: { page: readonly string[]; serviceWorker: readonly string[]; precache: readonly string[] },
  sizeOf: (file: string) => number | null,
): FirstVisit {
  const seen = new Set<string>();
  const missing: string[] = [];
  const result: FirstVisit = { total: 0, parts: { page: 0, serviceWorker: 0, precache: 0 }, precache: [], missing };
  for (const part of ['page', 'serviceWorker', 'precache'] as const) {
    for (const file of files[part]) {
      if (seen.has(file)) continue;
      seen.add(file);
      const bytes = sizeOf(file);
      if (bytes === null) {
        missing.push(file);
        continue;
      }
      result.parts[part] += bytes;
      result.total += bytes;
      if (part === 'precache') result.precache.push({ file, bytes });
    }
  }
  result.precache.sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
  return result;
}

/** Megabytes (10^6 bytes), as the issue states the first-visit budget. */
export const fmtMB = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
