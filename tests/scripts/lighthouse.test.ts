// `npm run lighthouse`: the pure part (scripts/lighthouse-lib.ts) — options,
// the CPU calibration, which categories each run measures, medians, thresholds, the audits reported as costing points, and the check
// that the practice runs really measured the answering screen. The browser
// part is exercised by running the script itself.
import { describe, expect, it } from 'vitest';

import {
  answeringScreenProblem,
  categoriesForRun,
  cpuSlowdownFor,
  fmtMetric,
  formatRows,
  guidePath,
  type InputsArtifact,
  type LhAudit,
  type LhResult,
  lostPoints,
  median,
  pageRows,
  parseCpuSlowdown,
  parseOptions,
  parsePages,
  runFigures,
} from '../../scripts/lighthouse-lib';

function audit(id: string, score: number | null, over: Partial<LhAudit> = {}): LhAudit {
  return { id, title: `Title of ${id}`, score, scoreDisplayMode: score === null ? 'informative' : 'binary', ...over };
}

/** A result with the given category scores (0–1) and metric values. */
function lhr(
  scores: {
    performance: number | null;
    accessibility: number | null;
    'best-practices': number | null;
    seo?: number | null;
  },
  metrics: Partial<Record<string, number>> = {},
  extra: {
    audits?: LhAudit[];
    refs?: Partial<Record<keyof typeof scores, LhResult['categories'][string]['auditRefs']>>;
  } = {},
): LhResult {
  const audits: Record<string, LhAudit> = {};
  for (const [id, value] of Object.entries(metrics)) {
    audits[id] = audit(id, 1, { numericValue: value, scoreDisplayMode: 'numeric' });
  }
  for (const a of extra.audits ?? []) audits[a.id] = a;
  const category = (id: keyof typeof scores) => ({ id, score: scores[id] ?? null, auditRefs: extra.refs?.[id] ?? [] });
  return {
    finalDisplayedUrl: 'http://localhost:4620/',
    audits,
    categories: {
      performance: category('performance'),
      accessibility: category('accessibility'),
      'best-practices': category('best-practices'),
      ...(scores.seo === undefined ? {} : { seo: category('seo') }),
    },
    runWarnings: [],
  };
}

describe('parseOptions', () => {
  it('defaults: build into dist/, port 4620, 3 runs', () => {
    expect(parseOptions([])).toEqual({
      build: true,
      outDir: 'dist',
      port: 4620,
      runs: 3,
      saveDir: null,
      min: {},
      cpuSlowdown: 'auto',
      pages: ['home', 'guide', 'practice'],
      floor: true,
      guides: null,
    });
  });

  it('reads every option, with a space or an equals sign', () => {
    expect(
      parseOptions([
        '--no-build',
        '--out-dir',
        'dist-lh',
        '--port=4621',
        '--runs',
        '5',
        '--save',
        'lh',
        '--min',
        'performance=101',
        '--cpu-slowdown',
        '4',
        '--pages',
        'practice,guide',
        '--no-floor',
      ]),
    ).toEqual({
      build: false,
      outDir: 'dist-lh',
      port: 4621,
      runs: 5,
      saveDir: 'lh',
      min: { performance: 101 },
      cpuSlowdown: 4,
      pages: ['guide', 'practice'],
      floor: false,
      guides: null,
    });
    expect(parseOptions(['--guides', '1000']).guides).toBe(1000);
    expect(() => parseOptions(['--guides', '0'])).toThrow(/--guides needs a whole number ≥ 1/);
    expect(() => parseOptions(['--no-build', '--guides=1000'])).toThrow(/cannot be used with --no-build/);
    expect(parseOptions(['--cpu-slowdown=2.5']).cpuSlowdown).toBe(2.5);
    expect(parseOptions(['--cpu-slowdown', 'auto']).cpuSlowdown).toBe('auto');
  });

  it('rejects what it cannot use', () => {
    expect(() => parseOptions(['--runs', '0'])).toThrow(/--runs needs a whole number ≥ 1/);
    expect(() => parseOptions(['--port', 'x'])).toThrow(/--port/);
    expect(() => parseOptions(['--port'])).toThrow(/--port needs a value/);
    expect(() => parseOptions(['--min', 'pwa=90'])).toThrow(/--min needs category=score/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown argument --fast/);
    expect(() => parseOptions(['--cpu-slowdown'])).toThrow(/--cpu-slowdown needs a value/);
  });
});

describe('parseCpuSlowdown', () => {
  it('takes auto or a multiplier from 1 to 20', () => {
    expect(parseCpuSlowdown('auto')).toBe('auto');
    expect(parseCpuSlowdown('1')).toBe(1);
    expect(parseCpuSlowdown('4')).toBe(4);
    expect(parseCpuSlowdown('2.1')).toBe(2.1);
    expect(parseCpuSlowdown('20')).toBe(20);
    for (const bad of ['0', '0.5', '21', '-2', 'x', '2x', 'Auto', '1e1', ' 2']) {
      expect(() => parseCpuSlowdown(bad), bad).toThrow(/--cpu-slowdown needs auto or a number from 1 to 20/);
    }
  });
});

describe('parsePages', () => {
  it('takes a comma-separated subset of home, guide and practice, always measured in that order', () => {
    expect(parsePages('home')).toEqual(['home']);
    expect(parsePages('practice,home')).toEqual(['home', 'practice']);
    expect(parsePages('guide, practice')).toEqual(['guide', 'practice']);
    expect(parseOptions([]).pages).toEqual(['home', 'guide', 'practice']);
    expect(parseOptions(['--pages=guide']).pages).toEqual(['guide']);
    for (const bad of ['', 'history', 'home,nope', ',']) {
      expect(() => parsePages(bad), bad).toThrow(/--pages takes a comma-separated list of home, guide, practice/);
    }
  });
});

describe('cpuSlowdownFor', () => {
  it('is 4 × BI / 1750: the default 4× at the middle of the high-end desktop bracket, 2× for half of it', () => {
    expect(cpuSlowdownFor(1750)).toBe(4);
    expect(cpuSlowdownFor(875)).toBe(2);
    expect(cpuSlowdownFor(1000)).toBe(2.3); // 2.2857…
    expect(cpuSlowdownFor(900)).toBe(2.1); // 2.0571…, this host when quiet
    expect(cpuSlowdownFor(1500)).toBe(3.4); // 3.4285…
  });

  it('is rounded to one decimal', () => {
    expect(cpuSlowdownFor(1234)).toBe(2.8); // 2.8206…
    expect(cpuSlowdownFor(1247)).toBe(2.9); // 2.8503…
  });

  it('never throttles beyond 4× nor below 1× (no speed-up)', () => {
    expect(cpuSlowdownFor(2000)).toBe(4);
    expect(cpuSlowdownFor(5000)).toBe(4);
    expect(cpuSlowdownFor(437.5)).toBe(1);
    expect(cpuSlowdownFor(200)).toBe(1);
    expect(cpuSlowdownFor(1)).toBe(1);
  });

  it('rejects what is not a benchmark index', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => cpuSlowdownFor(bad)).toThrow();
  });
});

describe('categoriesForRun', () => {
  it('measures all four categories in the first run, Performance alone in the others', () => {
    expect(categoriesForRun(1)).toEqual(['performance', 'accessibility', 'best-practices', 'seo']);
    expect(categoriesForRun(2)).toEqual(['performance']);
    expect(categoriesForRun(3)).toEqual(['performance']);
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
    expect(
      runFigures(lhr({ performance: 0.946, accessibility: 1, 'best-practices': 0.96 }, metrics(2100, 40))),
    ).toEqual({
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
      runFigures(lhr({ performance: 0.97, accessibility: 1, 'best-practices': 1, seo: 1 }, metrics(2000, 30))),
      runFigures(lhr({ performance: 0.81, accessibility: 1, 'best-practices': 1, seo: 0.92 }, metrics(3900, 400))),
      runFigures(lhr({ performance: 0.96, accessibility: 1, 'best-practices': 1, seo: 1 }, metrics(2100, 60))),
    ];
    const rows = pageRows(runs);
    expect(rows.map((r) => [r.label, r.value, r.runs, r.limit, r.ok])).toEqual([
      ['Performance', '96', '97, 81, 96', '≥ 95', true],
      ['Accessibility', '100', '100, 100, 100', '= 100', true],
      ['Best Practices', '100', '100, 100, 100', '= 100', true],
      ['SEO', '100', '100, 92, 100', '= 100', true],
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

  it('takes the median of the runs that measured a category; the others show "–"', () => {
    const perfOnly = (performance: number) => {
      const result = lhr({ performance, accessibility: null, 'best-practices': null });
      delete result.categories.accessibility;
      delete result.categories['best-practices'];
      return runFigures(result);
    };
    const first = runFigures(lhr({ performance: 0.9, accessibility: 1, 'best-practices': 0.96 }));
    expect(perfOnly(0.97).scores).toEqual({ performance: 97 });
    const rows = pageRows([first, perfOnly(0.97), perfOnly(0.96)]);
    expect(rows.slice(0, 3).map((r) => [r.label, r.value, r.runs, r.ok])).toEqual([
      ['Performance', '96', '90, 97, 96', true],
      ['Accessibility', '100', '100, –, –', true],
      ['Best Practices', '96', '96, –, –', false],
    ]);
    // A category that no run measured fails rather than passing on nothing.
    expect(
      pageRows([perfOnly(0.99)])
        .slice(1, 3)
        .map((r) => [r.value, r.runs, r.ok]),
    ).toEqual([
      ['n/a', '–', false],
      ['n/a', '–', false],
    ]);
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
    const found = lostPoints(
      [lhr({ performance: 0.8, accessibility: 1, 'best-practices': 1 }, {}, { audits, refs })],
      'performance',
    );
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
      answeringScreenProblem(
        url,
        { finalDisplayedUrl: 'http://localhost:4620/practice/new' },
        inputs([['textarea', 'Your answer']]),
      ),
    ).toMatch(/ended on .*practice\/new/);
    expect(
      answeringScreenProblem(
        url,
        { finalDisplayedUrl: url, runtimeError: { code: 'NO_FCP', message: 'no paint' } },
        undefined,
      ),
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
