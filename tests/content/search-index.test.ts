import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';

import {
  documentPart,
  packLength,
  shardOf,
  shardsForPrefix,
  unpackDocs,
  unpackLength,
  unpackShard,
} from '../../src/content/search-format';
import { containsPhrase, indexTerm, parseQuery, plainText, tokenize } from '../../src/content/search-terms';
import { buildSearchIndex, dataModule, gzipSize, searchOptions } from '../../src/content-loader/search-index';
import { searchLoaderModule } from '../../src/content-loader/vite-plugin';
import { searchGuides } from '../lib/search-fixtures';

describe('search terms', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(tokenize('Résumé: C++/B2B — naïve 2024!')).toEqual(['resume', 'c', 'b2b', 'naive', '2024']);
  });

  it('stems English words and leaves numbers and mixed tokens alone', () => {
    expect(indexTerm('terminating')).toBe(indexTerm('terminate'));
    expect(indexTerm('negotiation')).toBe(indexTerm('negotiating'));
    expect(indexTerm('b2b')).toBe('b2b');
  });

  it('drops stopwords from answers and notes only', () => {
    expect(indexTerm('the', 'a')).toBeNull();
    expect(indexTerm('the', 'n')).toBeNull();
    expect(indexTerm('the', 'q')).toBe('the');
  });

  it('reads a query: stopwords out, the last word typed a prefix from three letters, quoted phrases', () => {
    expect(parseQuery('the negoti').words.map((w) => [w.word, w.prefix])).toEqual([['negoti', true]]);
    expect(parseQuery('negoti ').words[0]!.prefix).toBe(false);
    expect(parseQuery('ne').words[0]!.prefix).toBe(false);
    expect(parseQuery('leadership').words[0]!.fuzzy).toBe(2);
    expect(parseQuery('lead').words[0]!.fuzzy).toBe(0);
    const phrased = parseQuery('"Tell me about yourself" role');
    expect(phrased.phrases).toEqual([['tell', 'me', 'about', 'yourself']]);
    expect(phrased.words.map((w) => w.word)).toEqual(['role', 'tell', 'about', 'yourself']);
    // The word being typed is a prefix; words in quotes never are.
    expect(phrased.words.filter((w) => w.prefix).map((w) => w.word)).toEqual(['role']);
    expect(parseQuery('"tell me about yourself"').words.some((w) => w.prefix)).toBe(false);
    // Only stopwords: they are the query.
    expect(parseQuery('to be').words.map((w) => w.word)).toEqual(['to', 'be']);
  });

  it('finds a phrase only as consecutive words', () => {
    const words = tokenize('Tell me about yourself, briefly.');
    expect(containsPhrase(words, ['about', 'yourself'])).toBe(true);
    expect(containsPhrase(words, ['tell', 'about'])).toBe(false);
  });

  it('reads markdown as plain text', () => {
    expect(plainText('Use **EBITDA** and [DCF](https://x.y) `code`')).toBe('Use EBITDA and DCF code');
  });
});

describe('the search index builder', () => {
  const whole = new MiniSearch(searchOptions(['q', 'a', 't', 'd']));
  // Documents as the builder makes them: each guide, then its questions.
  let id = 0;
  for (const g of searchGuides) {
    whole.add({ id: id++, t: g.title, d: [g.description, ...g.tags].join('\n') });
    for (const q of g.questions) {
      whole.add({ id: id++, q: q.text, a: plainText(q.sections.map((s) => s.markdown).join('\n')), t: g.title });
    }
  }
  const reference = whole.toJSON();

  it('keeps every shard under the target unless it is one key that cannot split', () => {
    const target = 100;
    const built = buildSearchIndex(searchGuides, { shardTarget: target });
    expect(built.shards.size).toBeGreaterThan(10);
    for (const [key, shard] of built.shards) {
      const size = gzipSize(dataModule(shard));
      if (size > target) expect(shard.every(([term]) => term.length <= key.length + 1)).toBe(true);
    }
    // A larger target makes fewer, larger shards.
    expect(buildSearchIndex(searchGuides, { shardTarget: 100_000 }).shards.size).toBeLessThan(built.shards.size);
  });

  it('splits the index without losing or changing a posting', () => {
    const built = buildSearchIndex(searchGuides, { shardTarget: 300 });
    const keys = [...built.shards.keys()];
    const terms = [...built.shards.values()].flatMap(unpackShard);
    expect(terms.map(([t]) => t).sort()).toEqual(reference.index.map(([t]) => t).sort());
    expect(Object.fromEntries(terms)).toEqual(Object.fromEntries(reference.index));
    // Each term is in the shard its key lookup names, and a prefix finds all its shards.
    for (const [key, shard] of built.shards) for (const [term] of shard) expect(shardOf(term, keys)).toBe(key);
    const negoShards = shardsForPrefix('negoti', keys);
    const nego = terms.filter(([t]) => t.startsWith('negoti')).map(([t]) => shardOf(t, keys));
    expect(nego.length).toBeGreaterThan(0);
    for (const key of nego) expect(negoShards).toContain(key);
  });

  it('keeps field lengths within 5% and the rest of the meta exact', () => {
    const { meta } = buildSearchIndex(searchGuides);
    const part = documentPart(meta);
    expect(part.documentCount).toBe(reference.documentCount);
    expect(part.averageFieldLength).toEqual(reference.averageFieldLength);
    for (const [doc, lengths] of Object.entries(reference.fieldLength)) {
      lengths.forEach((length, field) => {
        if (length) expect(Math.abs(part.fieldLength[Number(doc)]![field]! - length) / length).toBeLessThanOrEqual(0.05);
      });
    }
    expect(unpackLength(packLength(undefined))).toBeUndefined();
    expect(unpackLength(packLength(1))).toBe(1);
  });

  it('round-trips the doc table by id ranges', () => {
    const built = buildSearchIndex(searchGuides, { docChunkSize: 4 });
    expect(built.docChunks).toHaveLength(Math.ceil(reference.documentCount / 4));
    const docs = new Map(built.docChunks.flatMap((c) => [...unpackDocs(JSON.parse(JSON.stringify(c)))]));
    expect(docs.get(0)).toEqual({
      kind: 'guide',
      id: 'portfolio-analyst',
      guideSlug: 'portfolio-analyst',
      guideTitle: 'Portfolio Analyst Interview Guide',
      category: '',
      number: 0,
      text: 'Prepare for questions on valuation and risk.',
    });
    const questions = [...docs.values()].filter((d) => d.kind === 'question');
    expect(questions.map((d) => d.id)).toEqual(searchGuides.flatMap((g) => g.questions.map((q) => q.id)));
    expect(docs.get(2)).toMatchObject({ id: 'portfolio-analyst--q2', category: 'Technical', number: 2 });
  });

  it('generates a loader map with one dynamic import per part', () => {
    const built = buildSearchIndex(searchGuides, { shardTarget: 300, docChunkSize: 4 });
    const code = searchLoaderModule(built);
    const imports = code.match(/import\("virtual:question-bank\/search\/[^"]+"\)/g) ?? [];
    expect(imports).toHaveLength(built.shards.size + built.docChunks.length + 1);
  });
});
