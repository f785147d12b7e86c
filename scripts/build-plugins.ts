/**
 * Small build-only Vite plugins for the production bundle:
 *
 * - `bundleReport()` writes `.vite/bundle-report.json` into the output folder:
 *   every chunk with its imports and the modules it holds (id, rendered size,
 *   gzip size of the module's rendered code). `npm run size` reads it to find
 *   what the first page loads and which packages end up there, by module id
 *   rather than by guessing from minified code.
 * - `contentSecurityPolicy()` adds the CSP `<meta http-equiv>` to the built
 *   index.html only: the dev server injects inline scripts and styles (HMR,
 *   the React refresh preamble, CSS as `<style>`) that it would block.
 * - `compileHints()` marks the first page's chunks for eager compilation.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Plugin } from 'vite';

import { OFFLINE_MANIFEST_FILE, type OfflineFile, type OfflineManifest } from '../src/lib/offline-manifest.ts';

export const BUNDLE_REPORT_FILE = '.vite/bundle-report.json';

export interface ReportModule {
  /** Relative to the project root; virtual modules keep their id without the `\0` prefix. */
  id: string;
  /** Length of the module's rendered (tree-shaken, not yet minified) code. */
  renderedLength: number;
  /** Gzip size of that rendered code on its own. */
  gzip: number;
}

export interface ReportChunk {
  file: string;
  name: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  /** Chunks this one imports statically (file names). */
  imports: string[];
  /** Chunks this one imports with `import()` (file names, where the target is a chunk). */
  dynamicImports: string[];
  modules: ReportModule[];
}

export interface BundleReport {
  version: 1;
  chunks: ReportChunk[];
}

export function bundleReport(): Plugin {
  let root = process.cwd();
  const moduleId = (id: string): string => {
    const bare = id.startsWith('\0') ? id.slice(1) : id;
    return bare.startsWith('/') ? relative(root, bare).split('\\').join('/') : bare;
  };
  return {
    name: 'rehearse:bundle-report',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks: ReportChunk[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.push({
          file: output.fileName,
          name: output.name,
          isEntry: output.isEntry,
          isDynamicEntry: output.isDynamicEntry,
          facadeModuleId: output.facadeModuleId ? moduleId(output.facadeModuleId) : null,
          imports: [...output.imports],
          dynamicImports: [...output.dynamicImports],
          modules: Object.entries(output.modules).map(([id, info]) => ({
            id: moduleId(id),
            renderedLength: info.renderedLength,
            gzip: info.code ? gzipSync(info.code, { level: 9 }).length : 0,
          })),
        });
      }
      const report: BundleReport = { version: 1, chunks };
      this.emitFile({ type: 'asset', fileName: BUNDLE_REPORT_FILE, source: JSON.stringify(report) });
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136 and later): in a file that starts with this comment, every function is
 * compiled as the file streams in, on a background thread, instead of on the main thread the first time it is
 * called. Other engines read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The part of an output chunk `firstPageChunks` reads (Rolldown's OutputChunk has these). */
export interface HintChunk {
  fileName: string;
  isEntry: boolean;
  imports: readonly string[];
}

/** The entry chunks and every chunk they import statically, followed recursively: what every page runs as it loads. */
export function firstPageChunks(chunks: readonly HintChunk[]): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const visit = (chunk: HintChunk | undefined) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.imports) visit(byFile.get(file));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  return [...seen];
}

/**
 * Starts each of the first page's chunks (the entry and the libraries it imports: React, React DOM, the router)
 * with `COMPILE_HINT`. Nearly all of their functions run before the first page is interactive; compiled lazily,
 * each one's first call stopped the main thread to compile it. Measured with Lighthouse at a fixed 4x
 * (docs/quality.md, Lighthouse): one guide, home page Total Blocking Time 67–107 ms -> 0–41 ms. The lazy chunks
 * the first page also runs (the store, the route's code) were tried as well, and were no better: much of the
 * store's code (zod, the migrations) does not run on a first visit.
 *
 * In `generateBundle`, after minification (which would drop the comment) and before the files are written, so
 * the service worker's precache and the size budgets see the files as served. The build has no source maps to
 * shift.
 */
export function compileHints(): Plugin {
  return {
    name: 'rehearse:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        for (const file of firstPageChunks(chunks)) {
          const chunk = bundle[file];
          if (chunk?.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}

/**
 * The strictest policy the built app works under (checked in Chromium by
 * tests/e2e/csp.spec.ts on every main route): nothing unless listed; scripts,
 * styles, images, the manifest and a service worker from our own origin
 * only; no inline script, no eval, no inline `<style>` or `style="…"` markup.
 * React's `style` props are allowed without 'unsafe-inline': it sets them
 * through the CSSOM, which CSP does not restrict. `connect-src 'self'` is for
 * the modulepreload polyfill in browsers without modulepreload.
 *
 * A `<meta>` cannot carry `frame-ancestors`, `report-uri` or `sandbox`; a host
 * that can send headers should send this policy plus `frame-ancestors 'none'`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  // Recordings play from object URLs made of the audio stored on the device (features/recording).
  'media-src blob:',
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** `html` with the policy's `<meta>` right after the charset, before any script or stylesheet it governs. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (!charset) return html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
  const end = charset.index + charset[0].length;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}

export function contentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'rehearse:content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html, policy) },
  };
}

/**
 * For the worker bundles (vite.config.ts `worker.plugins`): a package whose
 * exports have a `worker` condition is resolved to it rather than to its
 * `browser` build. A worker has no `document`, and some browser builds need
 * one: `decode-named-character-reference` (micromark's, so the guide
 * parser's) creates an element as it loads, which stopped the parse worker
 * before it read a message. (Vite builds workers with the page's resolve
 * conditions, and a worker plugin's `config` hook cannot change them.)
 */
export function workerConditions(): Plugin {
  return {
    name: 'rehearse:worker-conditions',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      const root = packageRoot(resolved.id, source);
      if (!root) return null;
      const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports?: unknown };
      const main =
        exports && typeof exports === 'object' && '.' in exports ? (exports as { '.': unknown })['.'] : exports;
      const worker = main && typeof main === 'object' ? (main as { worker?: unknown }).worker : undefined;
      return typeof worker === 'string' ? join(root, worker) : null;
    },
  };
}

/** The folder of package `name` that holds the file `id`. */
function packageRoot(id: string, name: string): string | null {
  const marker = `${sep}node_modules${sep}${name.split('/').join(sep)}${sep}`;
  const at = id.lastIndexOf(marker);
  return at === -1 ? null : id.slice(0, at + marker.length - 1);
}

/** Module ids (as Rolldown sees them, with the `\0` of a virtual module) of the bundled guides and search index. */
export const GUIDE_MODULE_PREFIX = '\0virtual:question-bank/guide/';
export const SEARCH_MODULE_PREFIX = '\0virtual:question-bank/search';
/** The output folders of those chunks: the service worker precaches everything else (scripts/service-worker.ts). */
export const GUIDES_DIR = 'assets/guides/';
export const SEARCH_DIR = 'assets/search/';

/** The part of Rolldown's pre-rendered chunk `chunkFileName` reads. */
export interface ChunkNaming {
  facadeModuleId?: string | null;
  moduleIds: readonly string[];
}

/**
 * Which folder a chunk belongs in: a chunk that is one guide (its facade is the guide's module) or that holds only
 * guide modules goes to `assets/guides/`, the same for the search index's chunks; everything else, including a
 * helper several guides import (prepared-markdown), stays in `assets/` with the app shell.
 */
export function chunkFolder(chunk: ChunkNaming): 'guides' | 'search' | null {
  for (const [prefix, folder] of [
    [GUIDE_MODULE_PREFIX, 'guides'],
    [SEARCH_MODULE_PREFIX, 'search'],
  ] as const) {
    if (chunk.facadeModuleId?.startsWith(prefix)) return folder;
    if (chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => id.startsWith(prefix))) return folder;
  }
  return null;
}

/** vite.config.ts `build.rolldownOptions.output.chunkFileNames`. */
export function chunkFileName(chunk: ChunkNaming): string {
  const folder = chunkFolder(chunk);
  return folder ? `assets/${folder}/[name]-[hash].js` : 'assets/[name]-[hash].js';
}

// The manifest's shape is shared with the app, which reads it.
export { OFFLINE_MANIFEST_FILE, type OfflineFile, type OfflineManifest } from '../src/lib/offline-manifest.ts';

/** The part of an output chunk `offlineManifestOf` reads (Rolldown's OutputChunk has these). */
export interface ManifestChunk {
  fileName: string;
  facadeModuleId: string | null;
  imports: readonly string[];
  code: string;
}

/**
 * The manifest for a bundle: each guide's files (its chunk, plus the chunks it imports that are not precached,
 * followed recursively) and the search chunks, with sizes. What is in the shell is left out: it is precached.
 */
export function offlineManifestOf(chunks: readonly ManifestChunk[]): OfflineManifest {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const onDemand = (file: string) => file.startsWith(GUIDES_DIR) || file.startsWith(SEARCH_DIR);
  const sizes = new Map<string, OfflineFile>();
  const entry = (chunk: ManifestChunk): OfflineFile => {
    let file = sizes.get(chunk.fileName);
    if (!file) {
      const code = Buffer.from(chunk.code);
      file = { url: chunk.fileName, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
      sizes.set(chunk.fileName, file);
    }
    return file;
  };
  const closure = (start: ManifestChunk): OfflineFile[] => {
    const seen = new Set<string>();
    const out: OfflineFile[] = [];
    const visit = (chunk: ManifestChunk) => {
      if (seen.has(chunk.fileName)) return;
      seen.add(chunk.fileName);
      out.push(entry(chunk));
      for (const file of chunk.imports) {
        const imported = byFile.get(file);
        if (imported && onDemand(file)) visit(imported);
      }
    };
    visit(start);
    return out;
  };
  const guides: Record<string, OfflineFile[]> = {};
  const search: OfflineFile[] = [];
  for (const chunk of [...chunks].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const facade = chunk.facadeModuleId ?? '';
    if (facade.startsWith(GUIDE_MODULE_PREFIX)) guides[facade.slice(GUIDE_MODULE_PREFIX.length)] = closure(chunk);
    else if (chunk.fileName.startsWith(SEARCH_DIR)) search.push(entry(chunk));
  }
  return { version: 1, guides, search };
}

/**
 * Emits `offline-manifest.json` at the root of the build: what "make available offline" downloads for a guide
 * (src/lib/offline.ts), and the sizes the data page shows. Small (about 100 bytes a guide) and precached.
 */
export function offlineManifest(): Plugin {
  return {
    name: 'rehearse:offline-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ManifestChunk[] = [];
      for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.push(output);
      this.emitFile({
        type: 'asset',
        fileName: OFFLINE_MANIFEST_FILE,
        source: JSON.stringify(offlineManifestOf(chunks)),
      });
    },
  };
}
