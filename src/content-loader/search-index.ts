/**
 * Build time: the bank's full-text index (MiniSearch), cut into the modules
 * the browser loads as a query needs them (format and reasons:
 * src/content/search-format.ts). Each shard is kept under `shardTarget`
 * bytes gzipped by splitting its key by the next letter; a single term's
 * postings are never split, so a shard made of one very common term may stay
 * over the target (its size is reported by `npm run bench:search`).
 */
import { gzipSync, strToU8 } from 'fflate';
import MiniSearch from 'minisearch';

import {
  BANK_FIELDS,
  packLength,
  packPostings,
  type DocChunk,
  type PackedTerm,
  type SearchMeta,
  type SearchShard,
} from '../content/search-format.ts';
import { answerPlainText, processSearchTerm, searchTokenize } from '../content/search-terms.ts';
import type { Guide } from '../content/types.ts';

export interface SearchIndexOptions {
  /** Largest gzip size a shard may have before it is split by the next letter. Default 24 KiB. */
  shardTarget?: number;
  /** Documents per doc-table chunk. Default 128: a query shows its best hits, which are spread over the bank, and each loads its chunk. */
  docChunkSize?: number;
}

export interface BuiltSearchIndex {
  meta: SearchMeta;
  /** Shard key → its terms. */
  shards: Map<string, SearchShard>;
  docChunks: DocChunk[];
}

interface IndexDoc {
  id: number;
  q?: string;
  a?: string;
  t?: string;
  d?: string;
}

export const searchOptions = (fields: readonly string[]) => ({
  fields: [...fields],
  tokenize: searchTokenize,
  processTerm: processSearchTerm,
});

/** The documents in id order: each guide (title, description, tags), then its questions (text, answer, guide title). */
function documentsOf(guides: readonly Guide[]) {
  const docs: IndexDoc[] = [];
  const table: { guide: number; row: DocChunk['docs'][number] }[] = [];
  guides.forEach((guide, g) => {
    docs.push({ id: docs.length, t: guide.title, d: [guide.description, ...guide.tags].join('\n') });
    table.push({ guide: g, row: [g, guide.description] });
    for (const q of guide.questions) {
      docs.push({ id: docs.length, q: q.text, a: answerPlainText(q), t: guide.title });
      const prefix = `${guide.slug}--`;
      const shortId = q.id.startsWith(prefix) ? q.id.slice(prefix.length) : `=${q.id}`;
      table.push({ guide: g, row: [g, shortId, q.category, q.number, q.text] });
    }
  });
  return { docs, table };
}

// fflate rather than node:zlib: the unit tests' fake bank builds the index in the app's (browser-typed) project.
export const gzipSize = (text: string): number => gzipSync(strToU8(text), { level: 9 }).length;

/** A module's code for a piece of the index (JSON.parse is faster than a JS literal of the same data). */
export function dataModule(data: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
}

function splitShards(terms: PackedTerm[], target: number): Map<string, SearchShard> {
  const out = new Map<string, SearchShard>();
  const group = (list: PackedTerm[], length: number) => {
    const groups = new Map<string, PackedTerm[]>();
    for (const t of list) {
      const key = t[0].slice(0, length);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(t);
    }
    return groups;
  };
  const place = (key: string, list: PackedTerm[]) => {
    const longer = list.filter((t) => t[0].length > key.length);
    if (longer.length === 0 || gzipSize(dataModule(list)) <= target) {
      out.set(key, list);
      return;
    }
    // Terms equal to the key keep the key; the rest go by their next letter.
    const exact = list.filter((t) => t[0].length === key.length);
    if (exact.length > 0) out.set(key, exact);
    for (const [sub, subList] of group(longer, key.length + 1)) place(sub, subList);
  };
  for (const [key, list] of group(terms, 2)) place(key, list);
  return out;
}

export function buildSearchIndex(guides: readonly Guide[], options: SearchIndexOptions = {}): BuiltSearchIndex {
  const { shardTarget = 24 * 1024, docChunkSize = 128 } = options;
  const { docs, table } = documentsOf(guides);
  const index = new MiniSearch<IndexDoc>(searchOptions(BANK_FIELDS));
  index.addAll(docs);
  const js = index.toJSON();

  const fields = BANK_FIELDS.map((f) => f as string);
  const fieldIds = fields.map((f) => js.fieldIds[f]!);
  const lengths = fieldIds.map((fieldId) =>
    docs.map((doc) => packLength(js.fieldLength[doc.id]?.[fieldId] ?? undefined)).join(''),
  );
  const meta: SearchMeta = {
    documentCount: js.documentCount,
    fields,
    averageFieldLength: fieldIds.map((id) => js.averageFieldLength[id] ?? 0),
    lengths,
    docChunkSize,
  };

  // Field ids in the shards are positions in meta.fields.
  const terms: PackedTerm[] = js.index.map(([term, data]) => {
    const packed: PackedTerm = [term];
    for (const [fieldId, postings] of Object.entries(data)) {
      packed.push(fieldIds.indexOf(Number(fieldId)), packPostings(postings as Record<string, number>));
    }
    return packed;
  });
  terms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shards = splitShards(terms, shardTarget);

  const docChunks: DocChunk[] = [];
  for (let start = 0; start < table.length; start += docChunkSize) {
    const rows = table.slice(start, start + docChunkSize);
    const guideIndex = new Map<number, number>();
    const chunkGuides: DocChunk['guides'] = [];
    const chunkDocs = rows.map(({ guide, row }) => {
      let local = guideIndex.get(guide);
      if (local === undefined) {
        guideIndex.set(guide, (local = chunkGuides.length));
        chunkGuides.push([guides[guide]!.slug, guides[guide]!.title]);
      }
      return [local, ...row.slice(1)] as DocChunk['docs'][number];
    });
    docChunks.push({ start, guides: chunkGuides, docs: chunkDocs });
  }
  return { meta, shards, docChunks };
}
