// Issue 17's budgets in `npm run size` (scripts/size-lib.ts): the service worker's precache list,
// the largest chunk of all and the first visit's download; and the real-sized generated guides the
// scale builds use. Pure functions fed hand-made inputs.
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { parseGuide } from '@/content/parse-guide';

import type { BundleReport, ReportChunk } from '../../scripts/build-plugins';
import {
  firstVisitDownload,
  fmtMB,
  isBankDataChunk,
  largestChunks,
  LIMITS,
  precacheUrls,
  serviceWorkerImports,
} from '../../scripts/size-lib';
import { syntheticGuides } from '../../scripts/synthetic-guides';

// What vite-plugin-pwa's generateSW writes, minified (shortened from a real dist/sw.js).
const SW_MINIFIED =
  'if(!self.define){let s,e={};}define(["./workbox-9c191d2f"],function(s){"use strict";' +
  'self.addEventListener("message",s=>{s.data&&"SKIP_WAITING"===s.data.type&&self.skipWaiting()}),s.clientsClaim(),' +
  's.precacheAndRoute([{url:"manifest.webmanifest",revision:"715a26cc"},{url:"index.html",revision:"a6f03d70"},' +
  '{url:"assets/index-A.js",revision:null},{url:"assets/guides/one-B.js",revision:null},' +
  '{url:"assets/index-A.js",revision:null}],{ignoreURLParametersMatching:[/^utm_/]}),' +
  's.registerRoute(new s.NavigationRoute(s.createHandlerBoundToURL("index.html"),{denylist:[/^\\/api\\//]})),' +
  's.registerRoute(/\\/assets\\/search\\//,new s.CacheFirst({cacheName:"search",plugins:[{url:"not-a-precache-entry"}]}),"GET")});';

// The same, unminified, with single quotes and a "]" inside a string of the list.
const SW_PRETTY = `
importScripts('workbox-sw.js');
workbox.precaching.precacheAndRoute([
  { 'url': '/index.html', 'revision': 'x]y' },
  { "url": "./assets/a-1.js?v=2", "revision": null },
], {});
workbox.routing.registerRoute(({ url }) => url.pathname.startsWith('/assets/guides/'), new CacheFirst());
`;

describe('precacheUrls', () => {
  it('reads every URL of the precache list once, and nothing after the list', () => {
    expect(precacheUrls(SW_MINIFIED)).toEqual([
      'manifest.webmanifest',
      'index.html',
      'assets/index-A.js',
      'assets/guides/one-B.js',
    ]);
  });

  it('reads quoted keys, either quote, leading slashes and query strings, past a "]" inside a string', () => {
    expect(precacheUrls(SW_PRETTY)).toEqual(['index.html', 'assets/a-1.js']);
  });

  it('throws when the service worker has no precache list, rather than count nothing', () => {
    expect(() => precacheUrls('self.addEventListener("fetch", () => {})')).toThrow(/precacheAndRoute/);
  });

  it('reads an empty list as empty', () => {
    expect(precacheUrls('s.precacheAndRoute([],{})')).toEqual([]);
  });
});

describe('serviceWorkerImports', () => {
  it('names the Workbox runtime a generated sw.js defines itself with, and importScripts files', () => {
    expect(serviceWorkerImports(SW_MINIFIED)).toEqual(['workbox-9c191d2f.js']);
    expect(serviceWorkerImports(SW_PRETTY)).toEqual(['workbox-sw.js']);
    expect(serviceWorkerImports('self.skipWaiting()')).toEqual([]);
  });
});

function chunk(file: string, modules: string[]): ReportChunk {
  return {
    file,
    name: file,
    isEntry: false,
    isDynamicEntry: true,
    facadeModuleId: null,
    imports: [],
    dynamicImports: [],
    modules: modules.map((id) => ({ id, renderedLength: 100, gzip: 40 })),
  };
}

describe('largestChunks', () => {
  const report: BundleReport = {
    version: 1,
    chunks: [
      chunk('assets/index-A.js', ['src/app/main.tsx']),
      chunk('assets/guides/big-B.js', ['virtual:question-bank/guide/big']),
      chunk('assets/route-C.js', ['src/routes/stats.tsx']),
    ],
  };
  const sizes: Record<string, number> = {
    'assets/index-A.js': 50 * 1024,
    'assets/guides/big-B.js': 120 * 1024,
    'assets/route-C.js': 20 * 1024,
  };

  it('ranks code and data chunks together, biggest first, and says which is data', () => {
    expect(largestChunks(report, (f) => sizes[f]!, 2)).toEqual([
      { file: 'assets/guides/big-B.js', bytes: 120 * 1024, data: true },
      { file: 'assets/index-A.js', bytes: 50 * 1024, data: false },
    ]);
    expect(largestChunks(report, (f) => sizes[f]!)).toHaveLength(1);
    expect(largestChunks(report, (f) => sizes[f]!)[0]!.bytes).toBeGreaterThan(LIMITS.anyChunk);
  });

  it('counts the sharded search index as data, and nothing that merely starts like it', () => {
    const data = (id: string) => isBankDataChunk(chunk('assets/x.js', [id]));
    expect(data('virtual:question-bank/search/shard/ab')).toBe(true);
    expect(data('virtual:question-bank/search/meta')).toBe(true);
    expect(data('virtual:question-bank/search')).toBe(true);
    expect(data('virtual:question-bank/searchable')).toBe(false);
    expect(data('virtual:question-bank')).toBe(false);
  });

  it('is empty for a build without chunks', () => {
    expect(largestChunks({ version: 1, chunks: [] }, () => 1)).toEqual([]);
  });
});

describe('firstVisitDownload', () => {
  const sizes: Record<string, number> = {
    'index.html': 1_000,
    'assets/index-A.js': 40_000,
    'assets/index-C.css': 8_000,
    'sw.js': 2_000,
    'workbox-1.js': 6_000,
    'manifest.webmanifest': 300,
    'assets/guides/one-B.js': 5_000,
    'assets/route-D.js': 12_000,
  };
  const sizeOf = (file: string): number | null => sizes[file] ?? null;

  it('adds the page, the service worker and each precached file the page did not fetch, once', () => {
    const visit = firstVisitDownload(
      {
        page: ['index.html', 'assets/index-A.js', 'assets/index-C.css'],
        serviceWorker: ['sw.js', 'workbox-1.js'],
        precache: [
          'manifest.webmanifest',
          'index.html',
          'assets/index-A.js',
          'assets/guides/one-B.js',
          'assets/route-D.js',
        ],
      },
      sizeOf,
    );
    expect(visit.parts).toEqual({ page: 49_000, serviceWorker: 8_000, precache: 17_300 });
    expect(visit.total).toBe(74_300);
    expect(visit.precache.map((p) => p.file)).toEqual([
      'assets/route-D.js',
      'assets/guides/one-B.js',
      'manifest.webmanifest',
    ]);
    expect(visit.missing).toEqual([]);
  });

  it('lists files the output folder lacks instead of counting them as nothing silently', () => {
    const visit = firstVisitDownload(
      { page: ['index.html'], serviceWorker: ['sw.js', 'workbox-gone.js'], precache: ['assets/gone.js'] },
      sizeOf,
    );
    expect(visit.total).toBe(3_000);
    expect(visit.missing).toEqual(['workbox-gone.js', 'assets/gone.js']);
  });

  it('is over the 1.5 MB budget with a thousand 5 KB guides precached', () => {
    const guides = Array.from({ length: 1000 }, (_, i) => `assets/guides/g${i}.js`);
    const visit = firstVisitDownload({ page: ['index.html'], serviceWorker: [], precache: guides }, (f) =>
      f === 'index.html' ? 1_000 : 5_000,
    );
    expect(visit.total).toBe(5_001_000);
    expect(visit.total).toBeGreaterThan(LIMITS.firstVisit);
    expect(fmtMB(visit.total)).toBe('5.00 MB');
  });
});

describe("syntheticGuides({ size: 'real' })", () => {
  const guides = syntheticGuides(40, { size: 'real' });
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

  it('are deterministic, uniquely named, and parse without errors or warnings into the questions they list', () => {
    expect(syntheticGuides(40, { size: 'real' })).toEqual(guides);
    expect(new Set(guides.map((g) => g.name)).size).toBe(40);
    for (const guide of guides) {
      const result = parseGuide(guide.text, guide.name);
      if (!result.ok) throw new Error(`${guide.name}: ${JSON.stringify(result.errors)}`);
      expect(result.warnings).toEqual([]);
      expect(result.guide.questions).toHaveLength(guide.groups.reduce((n, g) => n + g.questions, 0));
    }
  }, 30_000);

  it('keep the short bodies and titles by default, so the same guide differs only in its body', () => {
    const short = syntheticGuides(40);
    expect(short.map((g) => g.title)).toEqual(guides.map((g) => g.title));
    expect(short.map((g) => g.name)).toEqual(guides.map((g) => g.name));
    const total = (list: { text: string }[]) => list.reduce((n, g) => n + g.text.length, 0);
    expect(total(short) * 3).toBeLessThan(total(guides));
  });

  it('are sized and compress like the real guides: about 5 KB gzip each, gzip ratio 0.25–0.45', () => {
    const raw = guides.reduce((n, g) => n + Buffer.byteLength(g.text), 0);
    const packed = guides.reduce((n, g) => n + gzip(g.text), 0);
    // The 13 real guides in ../shared/corpus-sample: 13.3 kB each on average, 5.0 kB gzip, ratio 0.37.
    expect(packed / guides.length).toBeGreaterThan(4_000);
    expect(packed / guides.length).toBeLessThan(6_500);
    expect(packed / raw).toBeGreaterThan(0.25);
    expect(packed / raw).toBeLessThan(0.45);
    const questions = guides.map((g) => g.groups.reduce((n, x) => n + x.questions, 0));
    expect(Math.min(...questions)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...questions)).toBeLessThanOrEqual(20);
  });
});
