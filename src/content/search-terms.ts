/**
 * How search turns text into index terms, the same at build time (the bundled
 * index, src/content-loader/search-index.ts) and in the browser (the query,
 * the user's own guides and notes): fold case and accents, split on anything
 * that is not a letter or a digit, stem with Porter (`stem`, as the hints do).
 *
 * The index holds stems only. Stems are (almost always) prefixes of the words
 * they come from, so a half-typed word still prefix-matches its stem
 * ("negoti" → "negoti", "leadershi" → "leadership"); the query also asks for
 * the word as typed, as a prefix, for the few stems that are not ("happi").
 * Indexing both forms was measured larger for no better results
 * (scripts/bench-search.ts, notes in docs).
 */
import { stem } from './key-terms.ts';
import type { Question } from './types.ts';

/** Lower case without accents, so "resume" finds "résumé". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Folded words of a text, in order, stopwords kept (phrase checks need them). */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Words too common to tell documents apart. Dropped from answers and notes
 * (they are most of the postings) and from queries that have other words;
 * kept in question texts and titles, which are short.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into ' +
    'is it its me my of on or our she so than that the their them then there these they this to was we were ' +
    'what when where which while who will with would you your'
  ).split(' '),
);

/** Fields whose stopwords are dropped from the index. */
const LONG_FIELDS: ReadonlySet<string> = new Set(['a', 'n']);

// A bank's vocabulary is tens of thousands of words in millions of tokens: stem each word once.
const stems = new Map<string, string>();
const MAX_CACHED = 200_000;

/** The index term of one folded word ("terminating" → "termin"), or null for a dropped stopword. */
export function indexTerm(word: string, field?: string): string | null {
  if (field !== undefined && LONG_FIELDS.has(field) && STOPWORDS.has(word)) return null;
  let term = stems.get(word);
  if (term === undefined) {
    // Porter is for English words; numbers and mixed tokens ("b2b", "2024") stay as they are.
    term = /^[a-z]+$/.test(word) ? stem(word) : word;
    if (stems.size >= MAX_CACHED) stems.clear();
    stems.set(word, term);
  }
  return term;
}

/** MiniSearch's tokenize/processTerm pair, for both the bundled index and the user's own. */
export const searchTokenize = (text: string): string[] => tokenize(text);
export const processSearchTerm = (word: string, field?: string): string | null => indexTerm(word, field);

/** A model answer (or any markdown) as plain text: markup dropped, words kept. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n?/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`#>|~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A question's model answer as one plain text: every part, in guide order, or the answer as written. */
export function answerPlainText(question: Pick<Question, 'sections' | 'asWritten'>): string {
  const parts = question.sections.map((s) => s.markdown);
  return plainText(parts.length > 0 ? parts.join('\n') : (question.asWritten ?? ''));
}

export interface QueryWord {
  /** As typed, folded. */
  word: string;
  /** Its index term (stem). */
  term: string;
  /** Matches words that start with it (the last word of the query, from 3 letters: a 2-letter prefix matches most of the bank and takes too long). */
  prefix: boolean;
  /** Edits allowed: 1 for 5–8 letters, 2 from 9, none below. */
  fuzzy: number;
}

export interface ParsedQuery {
  /** Words every hit must have (all of them, unquoted and quoted). */
  words: QueryWord[];
  /** Quoted phrases, as folded word lists (stopwords kept). */
  phrases: string[][];
}

export const PREFIX_MIN = 3;

export const fuzzyDistance = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

/**
 * A query's words and phrases. Stopwords are dropped unless every word is one;
 * the last word typed (outside quotes, not followed by a space) is a prefix.
 */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const loose: string[] = [];
  const parts = query.split('"');
  parts.forEach((part, i) => {
    const words = tokenize(part);
    // Odd parts are inside quotes; an unclosed quote still counts as a phrase.
    if (i % 2 === 1 && words.length > 1) phrases.push(words);
    else loose.push(...words);
  });
  const all = [...loose, ...phrases.flat()];
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  const chosen = [...new Set(meaningful.length > 0 ? meaningful : all)];
  const endsInWord = /[\p{L}\p{N}]$/u.test(query) && parts.length % 2 === 1;
  const last = loose.at(-1);
  const words = chosen.map(
    (word): QueryWord => ({
      word,
      term: indexTerm(word) ?? word,
      prefix: endsInWord && word === last && word.length >= PREFIX_MIN,
      fuzzy: fuzzyDistance(word),
    }),
  );
  return { words, phrases };
}

/** Whether `words` (folded, in order) contain `phrase` as consecutive words. */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
