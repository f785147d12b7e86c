/**
 * The pure part of `npm run lighthouse` (scripts/lighthouse.ts): options,
 * what is read out of each Lighthouse result, medians, thresholds, the
 * "is this really the answering screen" check and the table. No browser and
 * no Lighthouse import here, so tests/scripts/lighthouse.test.ts can feed it
 * hand-made results.
 */

/** The categories we score, in print order, with their pass mark (a median, 0–100). */
export const CATEGORIES = [
  { id: 'performance', label: 'Performance', min: 95 },
  { id: 'accessibility', label: 'Accessibility', min: 100 },
  { id: 'best-practices', label: 'Best Practices', min: 100 },
  // A real robots.txt (public/robots.txt), a meta description and a title on every page (issue 17).
  { id: 'seo', label: 'SEO', min: 100 },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]['id'];

/** The metrics printed for each page (Lighthouse audit ids); reported, not gated. */
export const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP', unit: 'ms' },
  { id: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '' },
] as const;
export type MetricId = (typeof METRICS)[number]['id'];

export const DEFAULT_PORT = 4620;
export const DEFAULT_RUNS = 3;

/**
 * CPU calibration. Lighthouse's simulated throttling multiplies the main-thread
 * time it observes by `throttling.cpuSlowdownMultiplier`, 4 in the mobile
 * preset, which its docs (docs/throttling.md, "Calibrating the CPU slowdown")
 * calibrate for a high-end desktop host, benchmark index (BI) 1500–2000, to
 * emulate a mid-tier phone; for weaker hosts they say to lower it (low-end
 * desktop, BI 1000–1500 → 2×). Here the multiplier scales with the host's
 * measured BI from the middle of that bracket:
 *
 *   multiplier = clamp(4 × BI / 1750, 1, 4), rounded to one decimal
 *
 * so a host with BI 1750 gets the default 4×, a host with BI 875 gets 2×, and
 * it never speeds the CPU up (≥ 1) nor throttles beyond the default (≤ 4).
 */
export const DEFAULT_CPU_SLOWDOWN = 4;
export const REFERENCE_BENCHMARK_INDEX = 1750;
/** How many times the benchmark runs before each page (about 1 s each); the median is used. */
export const BENCHMARK_SAMPLES = 3;

/** The CPU slowdown for a host whose Lighthouse benchmark index is `benchmarkIndex` (formula above). */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
    throw new Error(`not a benchmark index: ${benchmarkIndex}`);
  }
  const scaled = (DEFAULT_CPU_SLOWDOWN * benchmarkIndex) / REFERENCE_BENCHMARK_INDEX;
  return Math.round(Math.min(DEFAULT_CPU_SLOWDOWN, Math.max(1, scaled)) * 10) / 10;
}

/**
 * The categories measured in a run (1-based). Accessibility and Best Practices
 * do not depend on timing, so they are measured in the first run of a page
 * only; the other runs measure Performance alone, which is what varies.
 */
export function categoriesForRun(run: number): CategoryId[] {
  return run === 1 ? CATEGORIES.map((c) => c.id) : ['performance'];
}

export interface Options {
  build: boolean;
  outDir: string;
  port: number;
  runs: number;
  /** Write each run's report (HTML and JSON) here. */
  saveDir: string | null;
  /** Overrides the category pass marks (for trying the gate out). */
  min: Partial<Record<CategoryId, number>>;
  /** 'auto': calibrated on the host's benchmark index before each page; a number: that multiplier throughout. */
  cpuSlowdown: 'auto' | number;
  /** Which pages to measure (all by default); a shorter list is for trying a change out. */
  pages: PageName[];
  /** Measure the floor (a bare Vite + React 19 page, scripts/floor/) in the same run, and compare LCPs. */
  floor: boolean;
  /** Build on this many generated real-sized guides (scripts/synthetic-guides.ts) in a temporary folder. */
  guides: number | null;
}

export const PAGE_NAMES = ['home', 'guide', 'practice'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export const USAGE =
  'usage: npm run lighthouse -- [--no-build] [--out-dir DIR] [--port N] [--runs N] [--save DIR] [--min category=score …] [--cpu-slowdown auto|N] [--pages home,guide,practice] [--no-floor] [--guides N]';

/** Parses the command line; throws an Error with the reason when it cannot. */
export function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    build: true,
    outDir: 'dist',
    port: DEFAULT_PORT,
    runs: DEFAULT_RUNS,
    saveDir: null,
    min: {},
    cpuSlowdown: 'auto',
    pages: [...PAGE_NAMES],
    floor: true,
    guides: null,
  };
  const whole = (flag: string, text: string, least: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < least) throw new Error(`${flag} needs a whole number ≥ ${least}, not "${text}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--no-build') options.build = false;
    else if (flag === '--out-dir') options.outDir = value();
    else if (flag === '--port') options.port = whole(flag, value(), 1);
    else if (flag === '--runs') options.runs = whole(flag, value(), 1);
    else if (flag === '--save') options.saveDir = value();
    else if (flag === '--min') {
      const [id, score] = value().split('=', 2) as [string, string | undefined];
      const category = CATEGORIES.find((c) => c.id === id);
      if (!category || score === undefined) {
        throw new Error(`--min needs category=score with a category among ${CATEGORIES.map((c) => c.id).join(', ')}`);
      }
      options.min[category.id] = whole('--min', score, 0);
    } else if (flag === '--cpu-slowdown') options.cpuSlowdown = parseCpuSlowdown(value());
    else if (flag === '--pages') options.pages = parsePages(value());
    else if (flag === '--no-floor') options.floor = false;
    else if (flag === '--guides') options.guides = whole(flag, value(), 1);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (options.guides !== null && !options.build) {
    throw new Error('--guides builds the app on generated guides: it cannot be used with --no-build');
  }
  return options;
}

/** `--pages`: a comma-separated subset of home, guide and practice, measured in that order. */
export function parsePages(text: string): PageName[] {
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(PAGE_NAMES as readonly string[]).includes(name));
  if (unknown.length || !names.length) {
    throw new Error(`--pages takes a comma-separated list of ${PAGE_NAMES.join(', ')}, not "${text}"`);
  }
  return PAGE_NAMES.filter((name) => names.includes(name));
}

/** `--cpu-slowdown`: "auto", or a multiplier from 1 (no slowdown) to 20. */
export function parseCpuSlowdown(text: string): 'auto' | number {
  if (text === 'auto') return 'auto';
  const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= 20)) throw new Error(`--cpu-slowdown needs auto or a number from 1 to 20, not "${text}"`);
  return n;
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// The parts of a Lighthouse result (LH.Result) read here, so tests can build small ones.
export interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  details?: {
    type?: string;
    overallSavingsMs?: number;
    overallSavingsBytes?: number;
    items?: unknown[];
  };
}
export interface LhCategory {
  id: string;
  score: number | null;
  auditRefs: { id: string; weight: number; group?: string; acronym?: string }[];
}
export interface LhResult {
  finalDisplayedUrl: string;
  audits: Record<string, LhAudit>;
  categories: Record<string, LhCategory>;
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
  /** The host's benchmark index as Lighthouse measured it at the start of the run. */
  environment?: { benchmarkIndex?: number };
  configSettings?: { throttling?: { cpuSlowdownMultiplier?: number } };
}

/**
 * One run's figures: scores 0–100 as Lighthouse shows them (rounded; null when
 * Lighthouse could not compute one, absent when the run did not measure that
 * category), metrics in ms (CLS unitless).
 */
export interface RunFigures {
  scores: Partial<Record<CategoryId, number | null>>;
  metrics: Record<MetricId, number | null>;
}

export function runFigures(lhr: LhResult): RunFigures {
  const scores: RunFigures['scores'] = {};
  for (const c of CATEGORIES) {
    const category = lhr.categories[c.id];
    if (!category) continue;
    scores[c.id] = typeof category.score === 'number' ? Math.round(category.score * 100) : null;
  }
  const metrics = {} as RunFigures['metrics'];
  for (const m of METRICS) {
    const value = lhr.audits[m.id]?.numericValue;
    metrics[m.id] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  return { scores, metrics };
}

export interface Row {
  label: string;
  /** The median, formatted. */
  value: string;
  /** Every run, formatted, in run order. */
  runs: string;
  /** "≥ 95", or "" for a reported-only figure. */
  limit: string;
  /** null: reported, not gated. */
  ok: boolean | null;
}

export const fmtMetric = (value: number | null, unit: string): string => {
  if (value === null) return 'n/a';
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
  return value.toFixed(3);
};

/**
 * The rows for one page: each category's median over the runs that measured
 * it ("–" for the others); a category whose score is missing in a run that
 * measured it, or that no run measured, fails (Lighthouse could not compute
 * it, e.g. the page never painted).
 */
export function pageRows(runs: readonly RunFigures[], min: Options['min'] = {}): Row[] {
  const rows: Row[] = [];
  for (const c of CATEGORIES) {
    const values = runs.map((r) => r.scores[c.id]);
    const measured = values.filter((v): v is number | null => v !== undefined);
    const known = measured.filter((v): v is number => v !== null);
    const mark = min[c.id] ?? c.min;
    const mid = known.length === measured.length && known.length > 0 ? median(known) : null;
    rows.push({
      label: c.label,
      value: mid === null ? 'n/a' : String(mid),
      runs: values.map((v) => (v === undefined ? '–' : v === null ? 'n/a' : String(v))).join(', '),
      limit: mark >= 100 ? `= ${mark}` : `≥ ${mark}`,
      ok: mid !== null && mid >= mark,
    });
  }
  for (const m of METRICS) {
    const values = runs.map((r) => r.metrics[m.id]);
    const known = values.filter((v): v is number => v !== null);
    rows.push({
      label: m.label,
      value: known.length ? fmtMetric(median(known), m.unit) : 'n/a',
      runs: values.map((v) => fmtMetric(v, m.unit)).join(', '),
      limit: '',
      ok: null,
    });
  }
  return rows;
}

export function formatRows(rows: readonly Row[], paint: (ok: boolean, s: string) => string = (_ok, s) => s): string {
  const w = (pick: (r: Row) => string) => Math.max(...rows.map((r) => pick(r).length));
  const [label, value, runs, limit] = [w((r) => r.label), w((r) => r.value), w((r) => r.runs), w((r) => r.limit)];
  return rows
    .map((r) =>
      `  ${r.label.padEnd(label)}  ${r.value.padStart(value)}  (${r.runs.padEnd(runs)})  ${r.limit.padEnd(limit)}  ${
        r.ok === null ? '' : paint(r.ok, r.ok ? 'PASS' : 'FAIL')
      }`.trimEnd(),
    )
    .join('\n');
}

export interface LostPoints {
  id: string;
  title: string;
  /** In how many of the runs this audit fell short. */
  runs: number;
  /** What Lighthouse says about it (its display value or savings), from the last run where it fell short. */
  note: string;
  /** Its weight in the category (0 for performance insights and diagnostics, which weigh nothing themselves). */
  weight: number;
}

/**
 * The audits that cost a category points, over all runs of a page: for
 * accessibility and best practices, every weighted audit that did not pass;
 * for performance, the metrics below a full score and the insights and
 * diagnostics Lighthouse flags (score below 0.9, i.e. not green), which are
 * what to fix to move those metrics.
 */
export function lostPoints(lhrs: readonly LhResult[], categoryId: CategoryId): LostPoints[] {
  const found = new Map<string, LostPoints>();
  for (const lhr of lhrs) {
    const category = lhr.categories[categoryId];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null) continue;
      const scored = ref.weight > 0;
      const mode = audit.scoreDisplayMode;
      if (mode === 'notApplicable' || mode === 'manual' || mode === 'informative' || mode === 'error') continue;
      const short = scored ? audit.score < 1 : categoryId === 'performance' && audit.score < 0.9;
      if (!short) continue;
      const savings = audit.details?.overallSavingsMs
        ? `saves ~${Math.round(audit.details.overallSavingsMs)} ms`
        : audit.details?.overallSavingsBytes
          ? `saves ~${Math.round(audit.details.overallSavingsBytes / 1024)} KiB`
          : '';
      const items = Array.isArray(audit.details?.items) ? audit.details.items.length : 0;
      const note =
        [audit.displayValue, savings, !audit.displayValue && items ? `${items} item${items === 1 ? '' : 's'}` : '']
          .filter(Boolean)
          .join(', ') || `score ${audit.score}`;
      const seen = found.get(ref.id);
      found.set(ref.id, { id: ref.id, title: audit.title, runs: (seen?.runs ?? 0) + 1, note, weight: ref.weight });
    }
  }
  return [...found.values()].sort((a, b) => b.weight - a.weight || b.runs - a.runs || a.id.localeCompare(b.id));
}

// The parts of Lighthouse's Inputs artifact (textarea, input, select and their labels) read here.
export interface InputsArtifact {
  inputs: { type: string; labelIndices: number[]; node: { nodeLabel?: string } }[];
  labels: { node: { nodeLabel?: string } }[];
}

/**
 * Why this run was not on the answering screen, or null when it was: the
 * page Lighthouse ended on must be the one asked for (no redirect to
 * /practice/new or home), and the DOM Lighthouse collected must hold the
 * answer box, a textarea labelled "Your answer". "Session not found" and
 * "Page not found" have no textarea at all.
 */
export function answeringScreenProblem(
  requestedUrl: string,
  lhr: Pick<LhResult, 'finalDisplayedUrl' | 'runtimeError'>,
  inputs: InputsArtifact | undefined,
): string | null {
  if (lhr.runtimeError)
    return `Lighthouse could not load the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
  const path = (url: string) => new URL(url).pathname.replace(/\/$/, '');
  if (path(lhr.finalDisplayedUrl) !== path(requestedUrl)) {
    return `the page ended on ${lhr.finalDisplayedUrl}, not ${requestedUrl}`;
  }
  if (!inputs)
    return 'Lighthouse collected no form fields (Inputs artifact missing), so the answer box cannot be checked';
  const answerBox = inputs.inputs.some(
    (input) =>
      input.type === 'textarea' &&
      input.labelIndices.some((i) => /^your answer\b/i.test(inputs.labels[i]?.node.nodeLabel?.trim() ?? '')),
  );
  if (!answerBox) {
    const label = (i: InputsArtifact['inputs'][number]) =>
      i.labelIndices.map((n) => inputs.labels[n]?.node.nodeLabel?.trim()).find(Boolean) ?? i.node.nodeLabel ?? '';
    const fields = inputs.inputs.map((i) => `${i.type} "${label(i)}"`).join(', ') || 'none';
    return `no textarea labelled "Your answer" on the page (form fields: ${fields}): not the answering screen`;
  }
  return null;
}

/** A path on the preview server, e.g. the guide page for a slug. */
export const guidePath = (slug: string): string => `/guides/${encodeURIComponent(slug)}`;

/** Issue 17: each page's LCP within this factor of the floor's (a bare Vite + React 19 page), with one guide. */
export const LCP_FLOOR_RATIO = 1.2;

export interface FloorComparison {
  /** Median LCP of the page and of the floor, ms. */
  lcp: number;
  floorLcp: number;
  ratio: number;
  ok: boolean;
}

/** A page's median LCP against the floor's, from the runs of each; null when either has no LCP. */
export function compareWithFloor(
  page: readonly RunFigures[],
  floor: readonly RunFigures[],
  limit = LCP_FLOOR_RATIO,
): FloorComparison | null {
  const lcps = (runs: readonly RunFigures[]) =>
    runs.map((r) => r.metrics['largest-contentful-paint']).filter((v): v is number => v !== null);
  const [mine, base] = [lcps(page), lcps(floor)];
  if (!mine.length || !base.length) return null;
  const lcp = median(mine);
  const floorLcp = median(base);
  if (floorLcp <= 0) return null;
  const ratio = lcp / floorLcp;
  return { lcp, floorLcp, ratio, ok: ratio <= limit };
}

/** "LCP 2.17 s = 1.71× the floor's 1.27 s (target ≤ 1.2×)". */
export function formatFloorComparison(c: FloorComparison, limit = LCP_FLOOR_RATIO): string {
  return (
    `LCP ${fmtMetric(c.lcp, 'ms')} = ${c.ratio.toFixed(2)}× the floor's ${fmtMetric(c.floorLcp, 'ms')} ` +
    `(target ≤ ${limit}×)`
  );
}
