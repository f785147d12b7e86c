/**
 * The bundled search index's shipped form, shared by the builder
 * (src/content-loader/search-index.ts) and the browser (src/lib/search/).
 *
 * One MiniSearch index over the bank, serialised with `toJSON()` and cut in
 * three kinds of module so the first search loads only what its words need:
 *
 * - meta: document count, field names, average field lengths and every
 *   document's field lengths (BM25 needs them for any document a term
 *   matches), packed one character per document and field;
 * - term shards: the index's terms grouped by their first letters (keys of
 *   two letters, split by the next letter while a shard is over the size
 *   target), postings delta-encoded in base 36;
 * - doc tables: what a hit shows (question id, guide, category, number,
 *   text), by ranges of document ids.
 *
 * `assembleIndex` turns meta + loaded shards back into the object
 * `MiniSearch.loadJS` reads (serializationVersion 2, minisearch 7.x).
 */

/** Field names of the bundled index: question text, model answer, guide title, guide description and tags. */
export const BANK_FIELDS = ['q', 'a', 't', 'd'] as const;
/** The user's own index adds their attempt notes. */
export const OWN_FIELDS = ['q', 'a', 't', 'd', 'n'] as const;
export type IndexField = (typeof OWN_FIELDS)[number];

export interface SearchMeta {
  documentCount: number;
  fields: string[];
  averageFieldLength: number[];
  /** Per field, one character per document: its length quantised (`unpackLength`); absent fields are '#'. */
  lengths: string[];
  /** Documents per doc-table chunk: document id `i` is in chunk `Math.floor(i / docChunkSize)`. */
  docChunkSize: number;
}

/** One term's postings: the term, then per field its id and the documents ("delta" or "delta:freq", base 36, comma-joined). */
export type PackedTerm = [term: string, ...fieldPostings: (number | string)[]];
export type SearchShard = PackedTerm[];

/** A doc table chunk: guides referenced by index, then its documents in id order. */
export interface DocChunk {
  /** First document id in the chunk. */
  start: number;
  guides: [slug: string, title: string][];
  /** A question: [guide, id without `slug--` (or `=` + the whole id), category, number, text]; a guide: [guide, description]. */
  docs: ([number, string, string, number, string] | [number, string])[];
}

export interface BankDoc {
  kind: 'question' | 'guide';
  /** Question id, or the guide's slug. */
  id: string;
  guideSlug: string;
  guideTitle: string;
  category: string;
  number: number;
  /** Question text, or the guide's description. */
  text: string;
}

// Lengths: 0 = absent, else 1 + round(log_1.09(length)), at most 90 (≈ 2,000 terms); ±5%, which BM25 barely feels.
const ALPHABET = Array.from({ length: 92 }, (_, i) => String.fromCharCode(35 + i))
  .filter((c) => c !== '\\')
  .join('');
const BASE = Math.log(1.09);

export function packLength(length: number | undefined): string {
  if (!length) return ALPHABET[0]!;
  return ALPHABET[Math.min(90, 1 + Math.round(Math.log(length) / BASE))]!;
}

export function unpackLength(char: string): number | undefined {
  const code = ALPHABET.indexOf(char);
  return code <= 0 ? undefined : Math.max(1, Math.round(Math.exp((code - 1) * BASE)));
}

/** postings: document id → term frequency, in id order. */
export function packPostings(postings: Record<string, number> | Map<number, number>): string {
  const entries = postings instanceof Map ? [...postings] : Object.entries(postings).map(([k, v]) => [Number(k), v]);
  entries.sort((a, b) => a[0]! - b[0]!);
  let previous = 0;
  return entries
    .map(([id, freq]) => {
      const delta = (id! - previous).toString(36);
      previous = id!;
      return freq === 1 ? delta : `${delta}:${freq!.toString(36)}`;
    })
    .join(',');
}

export function unpackPostings(packed: string): Record<number, number> {
  const out: Record<number, number> = {};
  let id = 0;
  for (const part of packed.split(',')) {
    const colon = part.indexOf(':');
    id += parseInt(colon < 0 ? part : part.slice(0, colon), 36);
    out[id] = colon < 0 ? 1 : parseInt(part.slice(colon + 1), 36);
  }
  return out;
}

/** The shard a term lives in: the longest key that starts it (keys are sorted or not; any order). */
export function shardOf(term: string, keys: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const key of keys) if (term.startsWith(key) && (!best || key.length > best.length)) best = key;
  return best;
}

/** Every shard that can hold a term starting with `prefix`. */
export function shardsForPrefix(prefix: string, keys: readonly string[]): string[] {
  const out = keys.filter((key) => key.startsWith(prefix));
  const holder = shardOf(prefix, keys);
  if (holder && !out.includes(holder)) out.push(holder);
  return out;
}

/** The object `MiniSearch.loadJS` reads, from the meta and the shards loaded so far. */
export interface MiniSearchJS {
  documentCount: number;
  nextId: number;
  documentIds: Record<number, number>;
  fieldIds: Record<string, number>;
  fieldLength: Record<number, number[]>;
  averageFieldLength: number[];
  storedFields: Record<number, never>;
  dirtCount: number;
  index: [string, Record<string, Record<number, number>>][];
  serializationVersion: 2;
}

/** The index's document part (built once per meta, reused for each set of shards). */
export function documentPart(meta: SearchMeta): Omit<MiniSearchJS, 'index'> {
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  for (let i = 0; i < meta.documentCount; i++) {
    documentIds[i] = i;
    // A field the document lacks is never scored, so its length does not matter.
    fieldLength[i] = meta.lengths.map((packed) => unpackLength(packed[i]!) ?? 0);
  }
  return {
    documentCount: meta.documentCount,
    nextId: meta.documentCount,
    documentIds,
    fieldIds: Object.fromEntries(meta.fields.map((f, i) => [f, i])),
    fieldLength,
    averageFieldLength: meta.averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    serializationVersion: 2,
  };
}

export function unpackShard(shard: SearchShard): MiniSearchJS['index'] {
  return shard.map(([term, ...rest]) => {
    const data: Record<string, Record<number, number>> = {};
    for (let i = 0; i < rest.length; i += 2) data[String(rest[i])] = unpackPostings(String(rest[i + 1]));
    return [term, data];
  });
}

/** A doc table chunk's documents, by id. */
export function unpackDocs(chunk: DocChunk): Map<number, BankDoc> {
  const out = new Map<number, BankDoc>();
  chunk.docs.forEach((doc, i) => {
    const [slug, guideTitle] = chunk.guides[doc[0]]!;
    out.set(
      chunk.start + i,
      doc.length === 2
        ? { kind: 'guide', id: slug, guideSlug: slug, guideTitle, category: '', number: 0, text: doc[1] }
        : {
            kind: 'question',
            id: doc[1].startsWith('=') ? doc[1].slice(1) : `${slug}--${doc[1]}`,
            guideSlug: slug,
            guideTitle,
            category: doc[2],
            number: doc[3],
            text: doc[4],
          },
    );
  });
  return out;
}

/** The loader map module `virtual:question-bank/search` (generated by src/content-loader/vite-plugin.ts). */
export interface SearchModule {
  /** Every shard's key, sorted. */
  shardKeys: readonly string[];
  docChunkCount: number;
  loadMeta(): Promise<SearchMeta>;
  /** A shard's terms; an unknown key gives none. */
  loadShard(key: string): Promise<SearchShard>;
  loadDocChunk(n: number): Promise<DocChunk>;
  /** Every question with its guide, for screens that list questions by id (all doc chunks). */
  loadEntries(): Promise<Omit<BankDoc, 'kind'>[]>;
}
