import type { SearchEntry } from '@/content/types';

/** Lower case without accents, so "resume" finds "résumé". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export interface IndexedEntry {
  entry: SearchEntry;
  folded: string;
}

export function indexEntries(entries: readonly SearchEntry[]): IndexedEntry[] {
  return entries.map((entry) => ({ entry, folded: foldText(entry.text) }));
}

export const MIN_QUERY_LENGTH = 2;

/**
 * Questions containing every term of the query (in any order, word prefixes
 * count), best first: terms found at the start of a word rank above terms
 * found inside one, and the query as a phrase ranks above both.
 */
export function searchQuestions(index: readonly IndexedEntry[], query: string): SearchEntry[] {
  const terms = queryTerms(query);
  if (terms.join('').length < MIN_QUERY_LENGTH) return [];
  const phrase = terms.join(' ');
  const wordStarts = terms.map((term) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'u'));

  const hits: { entry: SearchEntry; score: number; order: number }[] = [];
  index.forEach(({ entry, folded }, order) => {
    let score = 0;
    for (let i = 0; i < terms.length; i++) {
      if (!folded.includes(terms[i]!)) return;
      score += wordStarts[i]!.test(folded) ? 2 : 1;
    }
    if (terms.length > 1 && folded.includes(phrase)) score += terms.length;
    hits.push({ entry, score, order });
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map((hit) => hit.entry);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text split into runs, marking those that match a query term, for
 * highlighting. Matching ignores case; accented letters only match as typed.
 */
export function highlightRuns(text: string, query: string): { text: string; match: boolean }[] {
  const terms = [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
  if (terms.length === 0) return [{ text, match: false }];
  // Longest first, so "manage" does not cut "management" short.
  terms.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'giu');
  // split() with a capturing group alternates: unmatched, matched, unmatched…
  return text
    .split(pattern)
    .map((run, index) => ({ text: run, match: index % 2 === 1 }))
    .filter((run) => run.text !== '');
}
