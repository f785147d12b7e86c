/**
 * One query shape for both indexes (the bundled one and the user's own):
 * each word is an OR of its stem (prefix for the last word typed, typo
 * tolerance from five letters) and, for a prefix, the word as typed; words
 * are ANDed, or ORed for the relaxed fallback.
 */
import type MiniSearch from 'minisearch';
import type { Query, SearchResult } from 'minisearch';

import type { QueryWord } from '@/content/search-terms';

export type Combine = 'AND' | 'OR';

export function queryTree(words: readonly QueryWord[], combineWith: Combine): Query {
  return {
    combineWith,
    queries: words.map((w): Query => ({
      combineWith: 'OR',
      queries: [
        { queries: [w.term], prefix: w.prefix, fuzzy: w.fuzzy > 0 ? w.fuzzy : false },
        ...(w.prefix && w.word !== w.term ? [{ queries: [w.word], prefix: true, fuzzy: false }] : []),
      ],
    })),
  };
}

/** Question text counts most, then the guide's title; answers, descriptions and notes count as found. */
const BOOST = { q: 2, t: 1.5 };

export function runQuery<T>(index: MiniSearch<T>, words: readonly QueryWord[], combineWith: Combine): SearchResult[] {
  if (words.length === 0) return [];
  return index.search(queryTree(words, combineWith), {
    // Terms arrive processed (search-terms.ts parseQuery).
    tokenize: (text) => [text],
    processTerm: (term) => term,
    boost: BOOST,
  });
}

const FIELD_NAMES = { q: 'question', a: 'answer', t: 'guide', d: 'guide', n: 'note' } as const;
export type HitField = (typeof FIELD_NAMES)[keyof typeof FIELD_NAMES];

/** Where a result's terms were found, as the API names fields. */
export function fieldsOf(result: SearchResult): HitField[] {
  const out = new Set<HitField>();
  for (const fields of Object.values(result.match)) {
    for (const f of fields) {
      const name = FIELD_NAMES[f as keyof typeof FIELD_NAMES];
      if (name) out.add(name);
    }
  }
  const order: HitField[] = ['question', 'answer', 'guide', 'note'];
  return order.filter((f) => out.has(f));
}
