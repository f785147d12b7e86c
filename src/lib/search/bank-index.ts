/**
 * The bundled index in the browser: loads the meta and the term shards a
 * query's words need (each once, cached), rebuilds one MiniSearch over what
 * is loaded when a new shard arrives (`MiniSearch.loadJS`, a few ms), and
 * loads doc-table chunks only for the hits it returns.
 *
 * Limits that follow from loading by first letters: typo tolerance works
 * within the shards the word itself needs, so a typo in the first two letters
 * (or in the letters of a deeper shard key) is not forgiven; and a fuzzy
 * match may also come from a shard an earlier query loaded.
 */
import MiniSearch from 'minisearch';

import {
  documentPart,
  shardOf,
  shardsForPrefix,
  unpackDocs,
  unpackShard,
  type BankDoc,
  type MiniSearchJS,
  type SearchMeta,
  type SearchModule,
} from '@/content/search-format';
import { processSearchTerm, searchTokenize, type QueryWord } from '@/content/search-terms';

export interface IndexDocument {
  id: number;
}

export class BankIndex {
  private module: Promise<SearchModule> | undefined;
  private base: Promise<{ meta: SearchMeta; documents: Omit<MiniSearchJS, 'index'> }> | undefined;
  private readonly shards = new Map<string, Promise<MiniSearchJS['index']>>();
  private readonly docChunks = new Map<number, Promise<Map<number, BankDoc>>>();
  private built: { keys: string; index: MiniSearch<IndexDocument> } | undefined;

  constructor(private readonly source: () => Promise<SearchModule>) {}

  private loader(): Promise<SearchModule> {
    this.module ??= this.source().catch((error: unknown) => {
      this.module = undefined;
      throw error;
    });
    return this.module;
  }

  private loadBase() {
    this.base ??= this.loader()
      .then((m) => m.loadMeta())
      .then((meta) => ({ meta, documents: documentPart(meta) }))
      .catch((error: unknown) => {
        this.base = undefined;
        throw error;
      });
    return this.base;
  }

  private loadShard(module: SearchModule, key: string) {
    let shard = this.shards.get(key);
    if (!shard) {
      shard = module.loadShard(key).then(unpackShard);
      shard.catch(() => this.shards.delete(key));
      this.shards.set(key, shard);
    }
    return shard;
  }

  /** The shard keys a query's words need. */
  static keysFor(words: readonly QueryWord[], keys: readonly string[]): string[] {
    const out = new Set<string>();
    for (const w of words) {
      for (const form of new Set([w.term, w.word])) {
        if (w.prefix) for (const key of shardsForPrefix(form, keys)) out.add(key);
        else {
          const key = shardOf(form, keys);
          if (key) out.add(key);
        }
      }
    }
    return [...out].sort();
  }

  /** A MiniSearch holding at least every term the words can match. */
  async indexFor(words: readonly QueryWord[]): Promise<MiniSearch<IndexDocument>> {
    const [module, { meta, documents }] = await Promise.all([this.loader(), this.loadBase()]);
    await Promise.all(BankIndex.keysFor(words, module.shardKeys).map((key) => this.loadShard(module, key)));
    const loaded = [...this.shards.keys()].sort();
    const signature = loaded.join(' ');
    if (this.built?.keys !== signature) {
      const terms = (await Promise.all(loaded.map((key) => this.shards.get(key)!))).flat();
      const index = MiniSearch.loadJS<IndexDocument>({ ...documents, index: terms }, bankOptions(meta.fields));
      this.built = { keys: signature, index };
    }
    return this.built.index;
  }

  /** What the hits show, for these document ids (loads their doc-table chunks). */
  async documents(ids: readonly number[]): Promise<Map<number, BankDoc>> {
    const [module, { meta }] = await Promise.all([this.loader(), this.loadBase()]);
    const chunks = [...new Set(ids.map((id) => Math.floor(id / meta.docChunkSize)))];
    const tables = new Map<number, Map<number, BankDoc>>();
    const loaded = await Promise.all(
      chunks.map((n) => {
        let chunk = this.docChunks.get(n);
        if (!chunk) {
          chunk = module.loadDocChunk(n).then(unpackDocs);
          chunk.catch(() => this.docChunks.delete(n));
          this.docChunks.set(n, chunk);
        }
        return chunk;
      }),
    );
    chunks.forEach((n, i) => tables.set(n, loaded[i]!));
    const out = new Map<number, BankDoc>();
    for (const id of ids) {
      const doc = tables.get(Math.floor(id / meta.docChunkSize))?.get(id);
      if (doc) out.set(id, doc);
    }
    return out;
  }
}

export const bankOptions = (fields: readonly string[]) => ({
  fields: [...fields],
  tokenize: searchTokenize,
  processTerm: processSearchTerm,
});
