/**
 * Vite plugin: turns `content/` into the question bank.
 *
 * - `virtual:question-bank` is the catalogue: guide summaries and a
 *   `loadGuide(slug)` that imports the full guide on demand. It grows with the
 *   bank, so the app keeps it out of the entry chunk (src/lib/question-bank.ts).
 * - `virtual:question-bank/guide/<slug>` is one guide, its own lazy chunk, so
 *   the first page does not grow with the number of guides.
 * - `virtual:question-bank/search` is the full-text index's loader map; the
 *   index itself is `…/search/meta`, `…/search/shard/<key>` and
 *   `…/search/docs/<n>`, each its own lazy chunk (search-index.ts).
 * - Any content error fails `vite build` with every error listed as
 *   `file:line: message`; in `vite dev` the same list shows in the error
 *   overlay, and fixing the file reloads the app.
 */
import { resolve, sep } from 'node:path';

import type { Plugin, ViteDevServer } from 'vite';

export { summarize } from '../content/summary.ts';
import { guideMarkdownTrees } from '../content/markdown-tree.ts';
import { summarize } from '../content/summary.ts';
import type { Guide } from '../content/types.ts';
import { extractKeyTerms } from './extract-key-terms.ts';
import { defaultCacheDir, formatIssue, loadGuides, ParseCache, type ContentLoad } from './load-content.ts';
import { buildSearchIndex, dataModule, type BuiltSearchIndex } from './search-index.ts';

export interface QuestionBankOptions {
  /** Folder of guides, relative to the Vite root. Default: `$REHEARSE_CONTENT_DIR`, else `content`. */
  dir?: string;
  /** Folder for the parse cache. Default: `$REHEARSE_CONTENT_CACHE`, else `node_modules/.cache/rehearse-content`. */
  cacheDir?: string;
}

const INDEX_ID = 'virtual:question-bank';
const GUIDE_PREFIX = `${INDEX_ID}/guide/`;
const SEARCH_ID = `${INDEX_ID}/search`;
const SEARCH_META = `${SEARCH_ID}/meta`;
const SEARCH_SHARD = `${SEARCH_ID}/shard/`;
const SEARCH_DOCS = `${SEARCH_ID}/docs/`;
const RESOLVED = '\0';

/** The index module's code: summaries inline, each guide behind a dynamic import. */
export function indexModule(load: ContentLoad): string {
  const guides = load.guides.map((g) => g.guide).sort((a, b) => a.title.localeCompare(b.title));
  const loaders = guides
    .map((g) => `  ${JSON.stringify(g.slug)}: () => import(${JSON.stringify(GUIDE_PREFIX + g.slug)}),`)
    .join('\n');
  return [
    `export const guides = JSON.parse(${JSON.stringify(JSON.stringify(guides.map(summarize)))});`,
    `const loaders = {\n${loaders}\n};`,
    'export function loadGuide(slug) {',
    '  const load = Object.prototype.hasOwnProperty.call(loaders, slug) ? loaders[slug] : undefined;',
    '  return load ? load().then((m) => m.default) : Promise.resolve(undefined);',
    '}',
    'export function loadSearch() {',
    `  return import(${JSON.stringify(SEARCH_ID)});`,
    '}',
    'export function loadSearchIndex() {',
    '  return loadSearch().then((m) => m.loadEntries());',
    '}',
  ].join('\n');
}

const SEARCH_FORMAT = resolve(import.meta.dirname, '../content/search-format.ts');

/** Shard keys are folded letters and digits; any other character is escaped in the module id. */
const shardId = (key: string) => SEARCH_SHARD + encodeURIComponent(key);

/**
 * The search index's loader map: each part of the index behind a dynamic
 * import, so a query fetches only the shards its words need (src/lib/search/).
 */
export function searchLoaderModule(built: BuiltSearchIndex): string {
  const keys = [...built.shards.keys()].sort();
  const shards = keys.map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(shardId(key))}),`);
  const docs = built.docChunks.map((_, n) => `  () => import(${JSON.stringify(SEARCH_DOCS + n)}),`);
  return [
    `import { unpackDocs } from ${JSON.stringify(SEARCH_FORMAT)};`,
    `export const shardKeys = ${JSON.stringify(keys)};`,
    `const shards = {\n${shards.join('\n')}\n};`,
    `const docs = [\n${docs.join('\n')}\n];`,
    `export const docChunkCount = ${built.docChunks.length};`,
    `export function loadMeta() { return import(${JSON.stringify(SEARCH_META)}).then((m) => m.default); }`,
    'export function loadShard(key) {',
    '  const load = Object.prototype.hasOwnProperty.call(shards, key) ? shards[key] : undefined;',
    '  return load ? load().then((m) => m.default) : Promise.resolve([]);',
    '}',
    'export function loadDocChunk(n) {',
    '  const load = docs[n];',
    '  return load ? load().then((m) => m.default) : Promise.reject(new Error(`no search doc chunk ${n}`));',
    '}',
    '/** Every question with its guide (the old search index): all doc chunks. */',
    'export function loadEntries() {',
    '  return Promise.all(docs.map((_, n) => loadDocChunk(n))).then((chunks) =>',
    '    chunks.flatMap((chunk) => [...unpackDocs(chunk).values()].filter((d) => d.kind === "question")',
    '      .map(({ kind, ...entry }) => entry)),',
    '  );',
    '}',
  ].join('\n');
}

/** Parsing JSON is faster than evaluating the same data as a JS literal. */
function jsonModule(data: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
}

const PREPARED_MARKDOWN = resolve(import.meta.dirname, '../lib/prepared-markdown.ts');

/**
 * One guide's module: the guide, and its markdown compiled to the trees the
 * app renders (content/markdown-tree.ts), registered as the chunk loads so
 * that no screen parses guide markdown on the reader's device.
 */
export function guideModule(guide: Guide): string {
  return [
    `import { registerMarkdownTrees } from ${JSON.stringify(PREPARED_MARKDOWN)};`,
    `registerMarkdownTrees(JSON.parse(${JSON.stringify(JSON.stringify(guideMarkdownTrees(guide)))}));`,
    jsonModule(guide),
  ].join('\n');
}

/** The bank's search index, built once per content load. */
const builtIndexes = new WeakMap<ContentLoad, BuiltSearchIndex>();
export function searchIndexOf(load: ContentLoad): BuiltSearchIndex {
  let built = builtIndexes.get(load);
  if (!built) builtIndexes.set(load, (built = buildSearchIndex(load.guides.map((g) => g.guide))));
  return built;
}

/** A search module's code (the loader map, meta, a shard or a doc chunk), or undefined for an unknown id. */
export function searchModule(load: ContentLoad, name: string): string | undefined {
  const built = searchIndexOf(load);
  if (name === SEARCH_ID) return searchLoaderModule(built);
  if (name === SEARCH_META) return dataModule(built.meta);
  if (name.startsWith(SEARCH_SHARD)) {
    const shard = built.shards.get(decodeURIComponent(name.slice(SEARCH_SHARD.length)));
    return shard ? dataModule(shard) : undefined;
  }
  if (name.startsWith(SEARCH_DOCS)) {
    const chunk = built.docChunks[Number(name.slice(SEARCH_DOCS.length))];
    return chunk ? dataModule(chunk) : undefined;
  }
  return undefined;
}

/** Fills in every question's key terms, weighted against the whole bank (the parser sees one file at a time). */
export function addKeyTerms(load: ContentLoad): void {
  const terms = extractKeyTerms(load.guides.flatMap((g) => g.guide.questions));
  for (const { guide } of load.guides) {
    for (const q of guide.questions) q.keyTerms = terms.get(q.id) ?? [];
  }
}

export function contentErrorMessage(load: ContentLoad): string {
  const n = load.errors.length;
  return `${n} content error${n === 1 ? '' : 's'} in guides:\n${load.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`;
}

export function questionBank(options: QuestionBankOptions = {}): Plugin {
  // The environment lets a script build the app on other guides (`npm run size`
  // builds generated banks) without a config file of its own; a generated bank
  // also keeps its parses out of the project's cache.
  const dir = options.dir ?? (process.env.REHEARSE_CONTENT_DIR || 'content');
  const cacheDir = options.cacheDir ?? (process.env.REHEARSE_CONTENT_CACHE || undefined);
  let root = process.cwd();
  let contentDir = resolve(root, dir);
  let cache: ParseCache | null = null;
  let current: ContentLoad | null = null;

  const reload = (): ContentLoad => {
    cache ??= new ParseCache(cacheDir ? resolve(root, cacheDir) : defaultCacheDir(root));
    const load = loadGuides([contentDir], dir, { cache, displayRoot: root });
    if (load.errors.length === 0) addKeyTerms(load);
    current = load;
    return load;
  };
  const get = (): ContentLoad => current ?? reload();
  const isContentFile = (file: string) => file.startsWith(contentDir + sep) && /\.(md|markdown)$/i.test(file);

  return {
    name: 'rehearse:question-bank',

    configResolved(config) {
      root = config.root;
      contentDir = resolve(root, dir);
    },

    buildStart() {
      const load = reload();
      for (const file of load.files) this.addWatchFile(resolve(root, file));
      // Dev reports errors through the overlay when the module is requested; a build stops here.
      if (load.errors.length && this.meta.watchMode === false) this.error(contentErrorMessage(load));
    },

    resolveId(source) {
      if (source === INDEX_ID || source.startsWith(GUIDE_PREFIX)) return RESOLVED + source;
      if (source === SEARCH_ID || source.startsWith(`${SEARCH_ID}/`)) return RESOLVED + source;
      return undefined;
    },

    load(id) {
      if (!id.startsWith(RESOLVED + INDEX_ID)) return undefined;
      const load = get();
      if (load.errors.length) {
        const first = load.errors[0]!;
        this.error({
          message: contentErrorMessage(load),
          id: resolve(root, first.file),
          loc: { file: resolve(root, first.file), line: first.line, column: 1 },
        });
      }
      const name = id.slice(RESOLVED.length);
      if (name === INDEX_ID) return indexModule(load);
      if (name === SEARCH_ID || name.startsWith(`${SEARCH_ID}/`)) {
        const code = searchModule(load, name);
        if (code === undefined) this.error(`no search index module "${name}"`);
        return code;
      }
      const slug = name.slice(GUIDE_PREFIX.length);
      const found = load.guides.find((g) => g.guide.slug === slug);
      if (!found) this.error(`no guide with slug "${slug}" in ${dir}/`);
      return guideModule(found.guide);
    },

    hotUpdate({ file }) {
      if (!isContentFile(file)) return undefined;
      const load = reload();
      const graph = this.environment.moduleGraph;
      for (const mod of graph.idToModuleMap.values()) {
        if (mod.id?.startsWith(RESOLVED + INDEX_ID)) graph.invalidateModule(mod);
      }
      if (load.errors.length) {
        const first = load.errors[0]!;
        this.environment.hot.send({
          type: 'error',
          err: {
            message: contentErrorMessage(load),
            stack: '',
            id: resolve(root, first.file),
            loc: { file: resolve(root, first.file), line: first.line, column: 1 },
            plugin: 'rehearse:question-bank',
          },
        });
      } else {
        this.environment.hot.send({ type: 'full-reload' });
      }
      return [];
    },

    configureServer(server: ViteDevServer) {
      // New guide files are not in any module's dependencies; watch the folder itself.
      server.watcher.add(contentDir);
    },
  };
}
