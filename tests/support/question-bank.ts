/**
 * A stand-in for `virtual:question-bank`, the module the Vite plugin generates
 * from content/: app tests run against a small, fixed bank instead. A test file
 * installs it with
 *
 *   vi.mock('virtual:question-bank', () => import('../support/question-bank'));
 *
 * (vi.mock is hoisted per file, so that line cannot live here). By default the
 * bank holds the sample guide (./sample-guides) and no search index; a file's
 * beforeEach changes that with stockQuestionBank(). tests/setup.ts empties the
 * call records and restores the default before every test.
 *
 * The full-text index (`loadSearch()`, src/lib/search/) is built from the
 * stocked guides by the build's own builder, in memory, with a small shard
 * target so that even a few guides make several shards; `searchLoads` lists
 * the parts a test's searches loaded ("meta", "shard/<key>", "docs/<n>").
 */
import { vi } from 'vitest';

import { unpackDocs, type SearchModule } from '@/content/search-format';
import type { Guide, GuideSummary, SearchEntry } from '@/content/types';
import { buildSearchIndex, type BuiltSearchIndex } from '@/content-loader/search-index';

import { sampleGuide, sampleSummaries } from './sample-guides';

/** The library's card for a guide: the loader's summary (src/content-loader/vite-plugin.ts), rebuilt here. */
export function summaryOf({ overview: _overview, notes: _notes, questions, ...card }: Guide): GuideSummary {
  const names = [...new Set(questions.map((q) => q.category))];
  const count = (name: string) => questions.filter((q) => q.category === name).length;
  return { ...card, questionCount: questions.length, categories: names.map((name) => ({ name, count: count(name) })) };
}

/** Every question of `guide`, as the search index lists it. */
export const searchEntriesOf = ({ slug, title, questions }: Guide): SearchEntry[] =>
  questions.map(({ id, category, number, text }) => ({
    id,
    guideSlug: slug,
    guideTitle: title,
    category,
    number,
    text,
  }));

const stock: { guides: Guide[]; searchIndex: SearchEntry[] } = { guides: [sampleGuide], searchIndex: [] };

// The module's own exports, shaped like the real one (src/content/virtual-question-bank.d.ts).
/** Every guide's summary; changed in place so importers see the current stock. */
export const guides: GuideSummary[] = [...sampleSummaries];
export const loadGuide = vi.fn((slug: string) => Promise.resolve(stock.guides.find((g) => g.slug === slug)));
export const loadSearchIndex = vi.fn(() => Promise.resolve(stock.searchIndex));

/** The parts of the full-text index loaded since the stock was last set, in load order. */
export const searchLoads: string[] = [];
let built: { guides: Guide[]; index: BuiltSearchIndex } | undefined;
const builtIndex = () => {
  if (built?.guides !== stock.guides)
    built = { guides: stock.guides, index: buildSearchIndex(stock.guides, { shardTarget: 512 }) };
  return built.index;
};
/** Like the generated loader map (src/content-loader/vite-plugin.ts `searchLoaderModule`), over the stocked guides. */
export function fakeSearchModule(): SearchModule {
  const index = builtIndex();
  const copy = <T>(part: string, data: T) => {
    searchLoads.push(part);
    return Promise.resolve(structuredClone(data));
  };
  const loadDocChunk = (n: number) =>
    index.docChunks[n] ? copy(`docs/${n}`, index.docChunks[n]) : Promise.reject(new Error(`no doc chunk ${n}`));
  return {
    shardKeys: [...index.shards.keys()].sort(),
    docChunkCount: index.docChunks.length,
    loadMeta: () => copy('meta', index.meta),
    loadShard: (key) => copy(`shard/${key}`, index.shards.get(key) ?? []),
    loadDocChunk,
    loadEntries: async () => {
      const chunks = await Promise.all(index.docChunks.map((_, n) => loadDocChunk(n)));
      return chunks.flatMap((chunk) =>
        [...unpackDocs(chunk).values()].filter((d) => d.kind === 'question').map(({ kind: _kind, ...entry }) => entry),
      );
    },
  };
}
export const loadSearch = vi.fn(() => Promise.resolve(fakeSearchModule()));

/** The loaders, for a test to assert on or to make fail (`bank.loadGuide.mockRejectedValueOnce(...)`). */
export const bank = { loadGuide, loadSearchIndex, loadSearch };

/**
 * Puts guides, summaries and a search index in the bank, with fresh loaders.
 * By default: the sample guide, sampleSummaries (which adds a guide that never
 * loads) and no search index; given guides, their own summaries. Call it from
 * beforeEach: every test starts from the default stock.
 */
export function stockQuestionBank({
  guides: full,
  summaries = full ? full.map(summaryOf) : sampleSummaries,
  searchIndex = [],
}: { guides?: Guide[]; summaries?: GuideSummary[]; searchIndex?: SearchEntry[] } = {}) {
  stock.guides = full ?? [sampleGuide];
  stock.searchIndex = searchIndex;
  guides.splice(0, guides.length, ...summaries);
  loadGuide.mockReset();
  loadSearchIndex.mockReset();
  loadSearch.mockReset();
  searchLoads.length = 0;
}

/** Back to the default stock, call records emptied. */
export function resetQuestionBank() {
  stockQuestionBank();
}
