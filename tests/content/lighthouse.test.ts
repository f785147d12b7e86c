// `npm run lighthouse`: the pure part (scripts/lighthouse-lib.ts) — options,
// medians, thresholds, the audits reported as costing points, and the check
// that the practice runs really measured the answering screen. The browser
// part is exercised by running the script itself.
import { describe, expect, it } from 'vitest';

import {
  answeringScreenProblem,
  fmtMetric,
  formatRows,
  guidePath,
  type InputsArtifact,
  type LhAudit,
  type LhResult,
  lostPoints,
  median,
  pageRows,
  parseOptions,
  runFigures,
} from '../../scripts/lighthouse-lib';

function audit(id: string, score: number | null, over: Partial<LhAudit> = {}): LhAudit {
  return { id, title: `Title of ${id}`, score, scoreDisplayMode: score === null ? 'informative' : 'binary', ...over };
}

/** A result with the given category scores (0–1) and metric values. */
function lhr(
  scores: { performance: number | null; accessibility: number | null; 'best-practices': number | null },
  metrics: Partial<Record<string, number>> = {},
  extra: { audits?: LhAudit[]; refs?: Partial<Record<keyof typeof scores, LhResult['categories'][string]['auditRefs']>> } = {},
): LhResult {
  const audits: Record<string, LhAudit> = {};
  for (const [id, value] of Object.entries(metrics)) {
    audits[id] = audit(id, 1, { numericValue: value, scoreDisplayMode: 'numeric' });
  }
  for (const a of extra.audits ?? []) audits[a.id] = a;
  const category = (id: keyof typeof scores) => ({ id, score: scores[id], auditRefs: extra.refs?.[id] ?? [] });
  return {
    finalDisplayedUrl: 'http://localhost:4620/',
    audits,
    categories: {
      performance: category('performance'),
      accessibility: category('accessibility'),
      'best-practices': category('best-practices'),
    },
    runWarnings: [],
  };
}

describe('parseOptions', () => {
  it('defaults: build into dist/, port 4620, 3 runs', () => {
    expect(parseOptions([])).toEqual({ build: true, outDir: 'dist', port: 4620, runs: 3, saveDir: null, min: {} });
  });

  it('reads every option, with a space or an equals sign', () => {
    expect(
      parseOptions(['--no-build', '--out-dir', 'dist-lh', '--port=4621', '--runs', '5', '--save', 'lh', '--min', 'performance=101']),
    ).toEqual({ build: false, outDir: 'dist-lh', port: 4621, runs: 5, saveDir: 'lh', min: { performance: 101 } });
  });

  it('rejects what it cannot use', () => {
    expect(() => parseOptions(['--runs', '0'])).toThrow(/--runs needs a whole number ≥ 1/);
    expect(() => parseOptions(['--port', 'x'])).toThrow(/--port/);
    expect(() => parseOptions(['--port'])).toThrow(/--port needs a value/);
    expect(() => parseOptions(['--min', 'seo=90'])).toThrow(/--min needs category=score/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown argument --fast/);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([97, 91, 99])).toBe(97);
    expect(median([300, 100, 200, 400])).toBe(250);
    expect(median([5])).toBe(5);
    expect(() => median([])).toThrow();
  });
});

describe('runFigures and pageRows', () => {
  const metrics = (lcp: number, tbt: number) => ({
    'first-contentful-paint': 900,
    'largest-contentful-paint': lcp,
    'total-blocking-time': tbt,
    'cumulative-layout-shift': 0.01,
  });

  it('rounds scores as Lighthouse shows them and reads the metrics', () => {
    expect(runFigures(lhr({ performance: 0.946, accessibility: 1, 'best-practices': 0.96 }, metrics(2100, 40)))).toEqual({
      scores: { performance: 95, accessibility: 100, 'best-practices': 96 },
      metrics: {
        'first-contentful-paint': 900,
        'largest-contentful-paint': 2100,
        'total-blocking-time': 40,
        'cumulative-layout-shift': 0.01,
      },
    });
  });

  it('gates on the median, so one slow run does not fail a page', () => {
    const runs = [
      runFigures(lhr({ performance: 0.97, accessibility: 1, 'best-practices': 1 }, metrics(2000, 30))),
      runFigures(lhr({ performance: 0.81, accessibility: 1, 'best-practices': 1 }, metrics(3900, 400))),
      runFigures(lhr({ performance: 0.96, accessibility: 1, 'best-practices': 1 }, metrics(2100, 60))),
    ];
    const rows = pageRows(runs);
    expect(rows.map((r) => [r.label, r.value, r.runs, r.limit, r.ok])).toEqual([
      ['Performance', '96', '97, 81, 96', '≥ 95', true],
      ['Accessibility', '100', '100, 100, 100', '= 100', true],
      ['Best Practices', '100', '100, 100, 100', '= 100', true],
      ['FCP', '900 ms', '900 ms, 900 ms, 900 ms', '', null],
      ['LCP', '2.10 s', '2.00 s, 3.90 s, 2.10 s', '', null],
      ['TBT', '60 ms', '30 ms, 400 ms, 60 ms', '', null],
      ['CLS', '0.010', '0.010, 0.010, 0.010', '', null],
    ]);
  });

  it('fails below a threshold, on a missing score, and against an overridden pass mark', () => {
    const runs = [
      runFigures(lhr({ performance: 0.94, accessibility: 0.98, 'best-practices': null })),
      runFigures(lhr({ performance: 0.94, accessibility: 1, 'best-practices': 1 })),
      runFigures(lhr({ performance: 0.99, accessibility: 0.98, 'best-practices': 1 })),
    ];
    const rows = pageRows(runs);
    expect(rows.slice(0, 3).map((r) => [r.value, r.ok])).toEqual([
      ['94', false],
      ['98', false],
      ['n/a', false],
    ]);
    const strict = pageRows([runFigures(lhr({ performance: 1, accessibility: 1, 'best-practices': 1 }))], {
      performance: 101,
    });
    expect([strict[0]!.limit, strict[0]!.ok]).toEqual(['= 101', false]);
  });

  it('prints a table with PASS and FAIL on the gated rows only', () => {
    const text = formatRows(pageRows([runFigures(lhr({ performance: 0.5, accessibility: 1, 'best-practices': 1 }))]));
    expect(text).toMatch(/Performance\s+50\s+\(50\s*\)\s+≥ 95\s+FAIL/);
    expect(text).toMatch(/Accessibility\s+100 .*PASS/);
    expect(text).toMatch(/LCP\s+n\/a\s+\(n\/a\s*\)$/m);
  });

  it('formats metrics', () => {
    expect(fmtMetric(1234, 'ms')).toBe('1.23 s');
    expect(fmtMetric(999.6, 'ms')).toBe('1000 ms');
    expect(fmtMetric(0.1234, '')).toBe('0.123');
    expect(fmtMetric(null, 'ms')).toBe('n/a');
  });
});

describe('lostPoints', () => {
  it('lists the weighted audits that did not pass, heaviest first, with how many runs', () => {
    const refs = {
      accessibility: [
        { id: 'color-contrast', weight: 7 },
        { id: 'label', weight: 7 },
        { id: 'image-alt', weight: 10 },
        { id: 'tabindex', weight: 0 },
      ],
    };
    const failing = [
      audit('color-contrast', 0, { details: { type: 'table', items: [{}, {}] } }),
      audit('label', 1),
      audit('image-alt', 0, { displayValue: '1 image' }),
      audit('tabindex', 0),
    ];
    const runs = [
      lhr({ performance: 1, accessibility: 0.9, 'best-practices': 1 }, {}, { audits: failing, refs }),
      lhr(
        { performance: 1, accessibility: 0.95, 'best-practices': 1 },
        {},
        { audits: [...failing.slice(0, 3).map((a) => (a.id === 'image-alt' ? { ...a, score: 1 } : a))], refs },
      ),
    ];
    expect(lostPoints(runs, 'accessibility')).toEqual([
      { id: 'image-alt', title: 'Title of image-alt', runs: 1, note: '1 image', weight: 10 },
      { id: 'color-contrast', title: 'Title of color-contrast', runs: 2, note: '2 items', weight: 7 },
    ]);
  });

  it('for performance, adds the flagged insights and diagnostics, and skips informative ones', () => {
    const refs = {
      performance: [
        { id: 'largest-contentful-paint', weight: 25 },
        { id: 'render-blocking-insight', weight: 0 },
        { id: 'unused-javascript', weight: 0 },
        { id: 'network-requests', weight: 0 },
      ],
    };
    const audits = [
      audit('largest-contentful-paint', 0.72, { scoreDisplayMode: 'numeric', displayValue: '3.1 s' }),
      audit('render-blocking-insight', 0, { scoreDisplayMode: 'metricSavings', details: { overallSavingsMs: 310.4 } }),
      audit('unused-javascript', 0.5, { scoreDisplayMode: 'metricSavings', details: { overallSavingsBytes: 20480 } }),
      audit('network-requests', null),
    ];
    const found = lostPoints([lhr({ performance: 0.8, accessibility: 1, 'best-practices': 1 }, {}, { audits, refs })], 'performance');
    expect(found.map((a) => [a.id, a.note, a.weight])).toEqual([
      ['largest-contentful-paint', '3.1 s', 25],
      ['render-blocking-insight', 'saves ~310 ms', 0],
      ['unused-javascript', 'saves ~20 KiB', 0],
    ]);
  });
});

describe('answeringScreenProblem', () => {
  const url = 'http://localhost:4620/practice/abc';
  const inputs = (fields: [type: string, label: string | null][]): InputsArtifact => ({
    inputs: fields.map(([type, label], i) => ({
      type,
      labelIndices: label === null ? [] : [i],
      node: { nodeLabel: '' },
    })),
    labels: fields.map(([, label]) => ({ node: { nodeLabel: label ?? '' } })),
  });

  it('accepts the answering screen: same URL, a textarea labelled "Your answer"', () => {
    expect(answeringScreenProblem(url, { finalDisplayedUrl: url }, inputs([['textarea', 'Your answer']]))).toBeNull();
    expect(
      answeringScreenProblem(url, { finalDisplayedUrl: `${url}/` }, inputs([['textarea', ' Your answer (typed) ']])),
    ).toBeNull();
  });

  it('rejects "Session not found" (no answer box), another page, a Lighthouse error and a missing artifact', () => {
    expect(answeringScreenProblem(url, { finalDisplayedUrl: url }, inputs([]))).toMatch(
      /no textarea labelled "Your answer" .*form fields: none.*not the answering screen/,
    );
    expect(answeringScreenProblem(url, { finalDisplayedUrl: url }, inputs([['textarea', 'Note to self']]))).toMatch(
      /form fields: textarea "Note to self"/,
    );
    expect(
      answeringScreenProblem(url, { finalDisplayedUrl: 'http://localhost:4620/practice/new' }, inputs([['textarea', 'Your answer']])),
    ).toMatch(/ended on .*practice\/new/);
    expect(
      answeringScreenProblem(url, { finalDisplayedUrl: url, runtimeError: { code: 'NO_FCP', message: 'no paint' } }, undefined),
    ).toMatch(/NO_FCP/);
    expect(answeringScreenProblem(url, { finalDisplayedUrl: url }, undefined)).toMatch(/Inputs artifact missing/);
  });
});

describe('guidePath', () => {
  it('is the guide route for a slug', () => {
    expect(guidePath('enterprise-partner-development-manager-interview-preparation')).toBe(
      '/guides/enterprise-partner-development-manager-interview-preparation',
    );
  });
});
