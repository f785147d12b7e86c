// `npm run size`: the budget logic (scripts/size-lib.ts), the generated guides
// it builds on, and the build plugins that feed it. In the Node project because
// all of it is build tooling.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { parseGuide } from '@/content/parse-guide';
import { questionBank } from '@/content-loader/vite-plugin';

import {
  BUNDLE_REPORT_FILE,
  bundleReport,
  type BundleReport,
  type ReportChunk,
  withCspMeta,
} from '../../scripts/build-plugins';
import { scriptHash, withPrerender } from '../../scripts/prerender-html';
import {
  bankCodeInInitial,
  budget,
  FIRST_PAGES,
  firstPageWave,
  formatChecks,
  growthPer100,
  guidesNotInOwnChunk,
  initialJs,
  isBankDataChunk,
  keepOutOfInitial,
  KIB,
  LIMITS,
  parseIndexHtml,
} from '../../scripts/size-lib';
import { syntheticGuides } from '../../scripts/synthetic-guides';

function chunk(file: string, over: Partial<ReportChunk> = {}, modules: string[] = []): ReportChunk {
  return {
    file,
    name: file,
    isEntry: false,
    isDynamicEntry: false,
    facadeModuleId: null,
    imports: [],
    dynamicImports: [],
    modules: modules.map((id) => ({ id, renderedLength: 100, gzip: 40 })),
    ...over,
  };
}

const report = (...chunks: ReportChunk[]): BundleReport => ({ version: 1, chunks });

const HTML = `<!doctype html><html><head>
  <meta charset="UTF-8" />
  <script type="module" crossorigin src="/assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vendor-B.js">
  <link rel="stylesheet" crossorigin href="/assets/index-C.css">
  <link rel="icon" href="/favicon.svg">
</head><body><div id="root"></div></body></html>`;

describe('parseIndexHtml', () => {
  it('finds the entry script, modulepreloads and stylesheets as paths in the output folder', () => {
    expect(parseIndexHtml(HTML)).toEqual({
      scripts: ['assets/index-A.js'],
      modulepreloads: ['assets/vendor-B.js'],
      stylesheets: ['assets/index-C.css'],
      inlineScripts: [],
      scriptSources: [],
    });
  });

  it('reads a prerendered page: the files its boot script starts, and the CSP that allows it', () => {
    const template = HTML.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'" />`,
    );
    const html = withPrerender(template, { path: '/', title: 'Guides', markup: '<main>x</main>' });
    const refs = parseIndexHtml(html);
    expect(refs.scripts).toEqual(['assets/index-A.js']);
    expect(refs.modulepreloads).toEqual(['assets/vendor-B.js']);
    expect(refs.inlineScripts).toHaveLength(1);
    expect(refs.scriptSources).toEqual(["'self'", scriptHash(refs.inlineScripts[0]!)]);
  });

  it('reports inline scripts, but not JSON-LD data blocks', () => {
    const html = HTML.replace(
      '</head>',
      `<script>document.documentElement.dataset.theme = 'dark'</script>
       <script type="application/ld+json">{"@type": "WebApplication"}</script></head>`,
    );
    expect(parseIndexHtml(html).inlineScripts).toEqual(["document.documentElement.dataset.theme = 'dark'"]);
  });
});

describe('initialJs', () => {
  const bundle = report(
    chunk('assets/index-A.js', { isEntry: true, imports: ['assets/vendor-B.js'], dynamicImports: ['assets/lazy.js'] }),
    chunk('assets/vendor-B.js', { imports: ['assets/deep-D.js'] }),
    chunk('assets/deep-D.js'),
    chunk('assets/lazy.js', { isDynamicEntry: true, imports: ['assets/vendor-B.js'] }),
  );

  it('is the entry and every chunk it imports statically, transitively, never a dynamic import', () => {
    const { files, mismatches } = initialJs(bundle, parseIndexHtml(HTML));
    expect(files.sort()).toEqual(['assets/deep-D.js', 'assets/index-A.js', 'assets/vendor-B.js']);
    // index.html preloads B but not D: still counted, and worth a note.
    expect(mismatches).toEqual(['assets/deep-D.js (not preloaded)']);
  });

  it('counts a chunk index.html preloads even if nothing imports it', () => {
    const html = HTML.replace('</head>', '<link rel="modulepreload" href="/assets/lazy.js"></head>');
    expect(initialJs(bundle, parseIndexHtml(html)).files).toContain('assets/lazy.js');
  });

  it('falls back to the chunk marked as entry when index.html names none', () => {
    expect(initialJs(bundle, parseIndexHtml('<html></html>')).files).toContain('assets/index-A.js');
  });
});

describe('keepOutOfInitial', () => {
  const bundle = report(
    chunk('assets/index.js', { isEntry: true }, ['src/app/main.tsx', 'node_modules/react-dom/index.js']),
    chunk('assets/Markdown.js', {}, [
      'node_modules/react-markdown/lib/index.js',
      'node_modules/micromark-core-commonmark/dev/lib/list.js',
      'node_modules/remark-gfm/lib/index.js',
      'node_modules/mdast-util-to-hast/lib/index.js',
    ]),
    chunk('assets/progress.js', {}, ['src/features/progress/ScoreChart.tsx']),
    chunk('assets/schedule-sync.js', {}, ['node_modules/ts-fsrs/dist/index.mjs']),
    chunk('assets/sync.js', {}, ['src/stores/sync.ts']),
    chunk('assets/store.js', {}, ['src/stores/store.ts', 'node_modules/zustand/esm/vanilla.mjs']),
    chunk('assets/AudioPlayer.js', {}, ['src/features/recording/AudioPlayer.tsx']),
    chunk('assets/analyse.js', {}, ['src/lib/recording/analyse.ts', 'src/domain/delivery/audio.ts']),
    chunk('assets/archive.js', {}, ['node_modules/fflate/esm/browser.js']),
  );
  const initial = new Set(['assets/index.js']);

  it('passes when every rule matches modules in lazy chunks only', () => {
    const results = keepOutOfInitial(bundle, initial);
    expect(results.map((r) => [r.name, r.inInitial.length, r.inLazy.length > 0])).toEqual([
      ['react-markdown', 0, true],
      ['remark', 0, true],
      ['micromark', 0, true],
      ['mdast utilities', 0, true],
      ['progress charts (src/features/progress)', 0, true],
      ['ts-fsrs (review scheduling)', 0, true],
      ['tab sync (src/stores/sync.ts)', 0, true],
      ['recording and playback (src/features/recording)', 0, true],
      ['delivery analysis (lib/recording, domain/delivery audio and transcript)', 0, true],
      ['fflate (the export archive)', 0, true],
      ['the store (src/stores/store.ts) and zustand', 0, true],
    ]);
  });

  it('names the chunk and module when one slips into the initial JS, nested node_modules included', () => {
    const leaked = report(
      ...bundle.chunks.map((c) =>
        c.file === 'assets/index.js'
          ? chunk(c.file, { isEntry: true }, [
              ...c.modules.map((m) => m.id),
              'node_modules/a/node_modules/micromark/index.js',
            ])
          : c,
      ),
    );
    const micromark = keepOutOfInitial(leaked, initial).find((r) => r.name === 'micromark')!;
    expect(micromark.inInitial).toEqual([
      { file: 'assets/index.js', module: 'node_modules/a/node_modules/micromark/index.js' },
    ]);
  });

  it('does not mistake look-alike names for the packages', () => {
    const lookalike = report(
      chunk('assets/index.js', { isEntry: true }, [
        'src/components/ui/Markdown.tsx',
        'node_modules/remarkable/index.js',
      ]),
    );
    const results = keepOutOfInitial(lookalike, new Set(['assets/index.js']));
    // Matching nothing anywhere is reported too: the caller fails such a rule as stale.
    expect(results.every((r) => r.inInitial.length === 0 && r.inLazy.length === 0)).toBe(true);
  });
});

describe('the question bank in the bundle', () => {
  const bundle = report(
    chunk('assets/index.js', { isEntry: true, imports: ['assets/bank.js'] }, ['src/app/main.tsx']),
    chunk('assets/bank.js', {}, ['virtual:question-bank']),
    chunk('assets/guide-a.js', { isDynamicEntry: true }, ['virtual:question-bank/guide/a']),
    chunk('assets/guide-b.js', { isDynamicEntry: true }, ['virtual:question-bank/guide/b', 'src/lib/cn.ts']),
    chunk('assets/search.js', { isDynamicEntry: true }, ['virtual:question-bank/search']),
  );

  it('sums the bank modules in initial chunks only', () => {
    expect(bankCodeInInitial(bundle, new Set(['assets/index.js', 'assets/bank.js']))).toBe(40);
    expect(bankCodeInInitial(bundle, new Set(['assets/index.js']))).toBe(0);
  });

  it('tells data chunks (a guide, the search index) from code', () => {
    expect(bundle.chunks.filter(isBankDataChunk).map((c) => c.file)).toEqual(['assets/guide-a.js', 'assets/search.js']);
  });

  it('finds a guide that shares its chunk with other modules', () => {
    expect(guidesNotInOwnChunk(bundle)).toEqual({ guides: 2, shared: ['virtual:question-bank/guide/b'] });
  });

  it('measures growth per 100 guides between builds, in any order', () => {
    const points = [
      { guides: 501, bytes: 10_000 },
      { guides: 1, bytes: 1_000 },
      { guides: 101, bytes: 3_000 },
    ];
    expect(growthPer100(points)).toEqual([
      { from: 1, to: 101, per100: 2_000 },
      { from: 101, to: 501, per100: 1_750 },
    ]);
  });
});

describe('firstPageWave', () => {
  const bundle = report(
    chunk('assets/index.js', { isEntry: true, imports: ['assets/react.js'] }, ['src/app/main.tsx']),
    chunk('assets/react.js', {}, ['node_modules/react/index.js']),
    chunk('assets/store.js', { imports: ['assets/react.js', 'assets/bank.js'] }, ['src/stores/start.ts']),
    chunk('assets/bank.js', {}, ['virtual:question-bank']),
    chunk(
      'assets/home.js',
      {
        isDynamicEntry: true,
        facadeModuleId: 'src/routes/index.tsx?tsr-split=component---loader',
        imports: ['assets/index.js', 'assets/ui.js', 'assets/store.js'],
        dynamicImports: ['assets/dialog.js'],
      },
      ['src/routes/index.tsx?tsr-split=component---loader'],
    ),
    chunk('assets/ui.js', { imports: ['assets/lib.js'] }, ['src/components/ui/Card.tsx']),
    chunk('assets/lib.js', {}, ['node_modules/vfile-message/lib/index.js']),
    chunk('assets/dialog.js', {}, ['src/components/ui/Dialog.tsx']),
  );
  const initial = new Set(['assets/index.js', 'assets/react.js']);

  it('is the store, the catalogue and the route chunks with their static imports, minus the initial JS', () => {
    expect(firstPageWave(bundle, initial, ['src/routes/index.tsx'])).toEqual({
      files: ['assets/bank.js', 'assets/home.js', 'assets/lib.js', 'assets/store.js', 'assets/ui.js'],
      missing: [],
    });
  });

  it('names a route no chunk is built from, so a rename cannot pass on an empty page', () => {
    expect(firstPageWave(bundle, initial, ['src/routes/gone.tsx']).missing).toEqual(['src/routes/gone.tsx']);
  });

  it('covers the three pages Lighthouse measures', () => {
    expect(FIRST_PAGES.map((page) => page.name)).toEqual(['home', 'guide page', 'answering screen']);
  });
});

describe('budgets', () => {
  it('passes at the limit and fails a byte above it', () => {
    expect(budget('CSS', LIMITS.css, LIMITS.css).ok).toBe(true);
    expect(budget('CSS', LIMITS.css + 1, LIMITS.css).ok).toBe(false);
  });

  it('has the agreed limits', () => {
    expect(LIMITS).toEqual({
      initialJs: 105 * KIB,
      lazyChunk: 60 * KIB,
      css: 15 * KIB,
      bankPer100Guides: 2 * KIB,
      anyChunk: 100 * KIB,
      firstVisit: 1_500_000,
    });
  });

  it('prints each figure with its limit and verdict, details indented beneath', () => {
    const text = formatChecks([
      budget('initial JS', 120 * KIB, LIMITS.initialJs, ['90.0 KiB  assets/index.js']),
      budget('CSS', 9.5 * KIB, LIMITS.css),
    ]);
    expect(text.split('\n')).toEqual([
      '  initial JS  120.0 KiB  ≤ 105 KiB  FAIL',
      '      90.0 KiB  assets/index.js',
      '  CSS          9.50 KiB  ≤ 15 KiB   PASS',
    ]);
  });
});

describe('syntheticGuides', () => {
  it('are deterministic, uniquely named, and parse without errors or warnings', () => {
    const guides = syntheticGuides(60);
    expect(syntheticGuides(60)).toEqual(guides);
    expect(new Set(guides.map((g) => g.name)).size).toBe(60);
    for (const guide of guides) {
      const result = parseGuide(guide.text, guide.name);
      if (!result.ok) throw new Error(`${guide.name}: ${JSON.stringify(result.errors)}`);
      expect(result.warnings).toEqual([]);
      expect(result.guide.title).toBe(guide.title);
      expect(result.guide.questions).toHaveLength(guide.groups.reduce((n, g) => n + g.questions, 0));
    }
  }, 30_000);
});

describe('the build plugins', () => {
  const roots: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('adds the CSP right after the charset, so it governs every script and stylesheet', () => {
    expect(withCspMeta(HTML, "script-src 'self'")).toMatch(
      /<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="script-src 'self'" \/>\s*<script/,
    );
    expect(withCspMeta('<html><head><title>x</title></head></html>', 'a "b"')).toContain(
      '<head>\n    <meta http-equiv="Content-Security-Policy" content="a &quot;b&quot;" />',
    );
  });

  it('builds on the guides in $REHEARSE_CONTENT_DIR and reports each chunk with its modules', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rehearse-size-'));
    roots.push(root);
    const content = join(root, 'generated');
    mkdirSync(content);
    for (const guide of syntheticGuides(3)) writeFileSync(join(content, guide.name), guide.text);
    writeFileSync(join(root, 'index.html'), '<script type="module" src="/main.js"></script>');
    writeFileSync(
      join(root, 'main.js'),
      "import('virtual:question-bank').then((bank) => bank.loadGuide(bank.guides[0].slug)).then(console.log);\n",
    );
    vi.stubEnv('REHEARSE_CONTENT_DIR', 'generated');
    vi.stubEnv('REHEARSE_CONTENT_CACHE', join(root, 'cache'));

    await build({ root, configFile: false, logLevel: 'silent', plugins: [questionBank(), bundleReport()] });

    const built = JSON.parse(readFileSync(join(root, 'dist', BUNDLE_REPORT_FILE), 'utf8')) as BundleReport;
    const entry = built.chunks.find((c) => c.isEntry)!;
    expect(entry.modules.map((m) => m.id)).toContain('main.js');
    expect(entry.dynamicImports).toHaveLength(1);
    expect(guidesNotInOwnChunk(built)).toEqual({ guides: 3, shared: [] });
    const initial = new Set(
      initialJs(built, parseIndexHtml(readFileSync(join(root, 'dist', 'index.html'), 'utf8'))).files,
    );
    expect(bankCodeInInitial(built, initial)).toBe(0);
    const bank = built.chunks.find((c) => c.modules.some((m) => m.id === 'virtual:question-bank'))!;
    expect(bank.modules[0]!.gzip).toBeGreaterThan(0);
  });
});
