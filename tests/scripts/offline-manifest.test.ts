import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { chunkFileName, type ManifestChunk, offlineManifestOf } from '../../scripts/build-plugins';
import { serviceWorkerOptions } from '../../scripts/service-worker';

const GUIDE = '\0virtual:question-bank/guide/';

describe('chunk names', () => {
  it('puts a guide chunk in assets/guides/ and a search chunk in assets/search/', () => {
    expect(chunkFileName({ facadeModuleId: `${GUIDE}cloud-architect`, moduleIds: [`${GUIDE}cloud-architect`] })).toBe(
      'assets/guides/[name]-[hash].js',
    );
    expect(
      chunkFileName({
        facadeModuleId: '\0virtual:question-bank/search',
        moduleIds: ['\0virtual:question-bank/search'],
      }),
    ).toBe('assets/search/[name]-[hash].js');
    expect(
      chunkFileName({
        facadeModuleId: '\0virtual:question-bank/search/shard/ab',
        moduleIds: ['\0virtual:question-bank/search/shard/ab'],
      }),
    ).toBe('assets/search/[name]-[hash].js');
    // A chunk several search parts share, with no facade of its own.
    expect(
      chunkFileName({
        facadeModuleId: null,
        moduleIds: ['\0virtual:question-bank/search/docs/1', '\0virtual:question-bank/search/docs/2'],
      }),
    ).toBe('assets/search/[name]-[hash].js');
  });

  it('leaves the catalogue, shared helpers and the app where they were', () => {
    expect(chunkFileName({ facadeModuleId: '\0virtual:question-bank', moduleIds: ['\0virtual:question-bank'] })).toBe(
      'assets/[name]-[hash].js',
    );
    // prepared-markdown, which every guide chunk imports: it stays in the precached shell.
    expect(chunkFileName({ facadeModuleId: null, moduleIds: ['/app/src/lib/prepared-markdown.ts'] })).toBe(
      'assets/[name]-[hash].js',
    );
    expect(chunkFileName({ facadeModuleId: null, moduleIds: [`${GUIDE}a`, '/app/src/lib/prepared-markdown.ts'] })).toBe(
      'assets/[name]-[hash].js',
    );
    expect(chunkFileName({ facadeModuleId: '/app/src/routes/index.tsx', moduleIds: [] })).toBe(
      'assets/[name]-[hash].js',
    );
  });
});

describe('the offline manifest', () => {
  const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], code = fileName) => ({
    fileName,
    facadeModuleId,
    imports,
    code,
  });
  const chunks: ManifestChunk[] = [
    chunk('assets/index-1.js', '/app/src/main.tsx'),
    chunk('assets/prepared-markdown-2.js', null),
    chunk('assets/guides/beta-3.js', `${GUIDE}beta`, ['assets/prepared-markdown-2.js', 'assets/guides/big-5.js']),
    chunk('assets/guides/alpha-4.js', `${GUIDE}alpha`, ['assets/prepared-markdown-2.js'], 'x'.repeat(5000)),
    chunk('assets/guides/big-5.js', null),
    chunk('assets/search/search-6.js', '\0virtual:question-bank/search'),
    chunk('assets/search/shard-7.js', '\0virtual:question-bank/search/shard/a'),
  ];

  it('lists each guide with its chunk and the on-demand chunks it imports, not the shell', () => {
    const manifest = offlineManifestOf(chunks);
    expect(Object.keys(manifest.guides).sort()).toEqual(['alpha', 'beta']);
    expect(manifest.guides.alpha!.map((f) => f.url)).toEqual(['assets/guides/alpha-4.js']);
    expect(manifest.guides.beta!.map((f) => f.url)).toEqual(['assets/guides/beta-3.js', 'assets/guides/big-5.js']);
    expect(manifest.search.map((f) => f.url)).toEqual(['assets/search/search-6.js', 'assets/search/shard-7.js']);
  });

  it('gives each file its size as stored and over the wire (gzip)', () => {
    const [alpha] = offlineManifestOf(chunks).guides.alpha!;
    expect(alpha).toEqual({
      url: 'assets/guides/alpha-4.js',
      bytes: 5000,
      gzip: gzipSync('x'.repeat(5000), { level: 9 }).length,
    });
    expect(alpha!.gzip).toBeLessThan(100);
  });
});

describe('the service worker', () => {
  it('precaches the shell and the manifest, and caches guide and search chunks as they load', () => {
    const workbox = serviceWorkerOptions.workbox!;
    expect(workbox.globIgnores).toEqual(expect.arrayContaining(['assets/guides/**', 'assets/search/**']));
    expect(workbox.globPatterns).toContain('offline-manifest.json');
    const [route] = workbox.runtimeCaching!;
    expect(route).toMatchObject({
      handler: 'CacheFirst',
      options: { cacheName: 'rehearse-guides', matchOptions: { ignoreVary: true } },
    });
    // No expiration: nothing the user kept is evicted by the worker.
    expect(route!.options).not.toHaveProperty('expiration');
    const matches = route!.urlPattern as (options: { sameOrigin: boolean; url: URL }) => boolean;
    const at = (path: string, sameOrigin = true) => matches({ sameOrigin, url: new URL(path, 'https://x.test') });
    expect(at('/assets/guides/alpha-4.js')).toBe(true);
    expect(at('/rehearse/assets/search/shard-7.js')).toBe(true);
    expect(at('/assets/index-1.js')).toBe(false);
    expect(at('/guides/alpha')).toBe(false);
    expect(at('/assets/guides/alpha-4.js', false)).toBe(false);
  });
});
