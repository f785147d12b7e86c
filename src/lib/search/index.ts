/**
 * Full-text search over the bank (question texts, model answers, guide
 * titles, descriptions and tags) and the user's own guides and notes.
 *
 * - Terms: folded, stemmed (src/content/search-terms.ts), the same at build
 *   time and here; the last word typed is a prefix; words of five letters or
 *   more forgive one typo (two from nine letters), not in their first two.
 * - Words are ANDed; when that finds nothing, ORed, and the results say
 *   `relaxed: true`.
 * - `"a phrase"` must appear word for word: checked on the question text,
 *   the guide's title and description and the note as they are at hand; a
 *   hit found only in a model answer is checked against its guide's chunk,
 *   for the first PHRASE_GUIDE_LIMIT guides among the hits (the rest are
 *   dropped: the index stores no word positions, and checking every guide
 *   would load them all).
 * - The bundled index loads by parts (bank-index.ts): a keystroke that needs
 *   no new part runs in well under 50 ms on a phone for 1,000 guides
 *   (`npm run bench:search`).
 */
import type { SearchResult } from 'minisearch';

import type { BankDoc, SearchModule } from '@/content/search-format';
import { answerPlainText, containsPhrase, parseQuery, tokenize, type ParsedQuery } from '@/content/search-terms';
import type { Guide, Question } from '@/content/types';
import {
  loadGuide as loadAnyGuide,
  loadOwnSearchSources,
  loadSearchModule,
  type OwnSearchSources,
} from '@/lib/question-bank';

import { BankIndex } from './bank-index';
import { ownIndexOf, type OwnDoc } from './own-index';
import { fieldsOf, runQuery, type Combine } from './query';
import { highlightRuns, snippetAround } from './text';

export { highlightRuns };

export type SearchField = 'question' | 'answer' | 'guide' | 'note';
export interface SearchHit {
  kind: 'question' | 'guide';
  id: string;
  guideSlug: string;
  guideTitle: string;
  category: string;
  number: number;
  text: string;
  score: number;
  fields: SearchField[];
  terms: string[];
  mine: boolean;
}
export interface SearchResults {
  query: string;
  hits: SearchHit[];
  /** No hit had every word: these hits have some of them. */
  relaxed?: boolean;
  /** With `limit`: how many hits there are in all (`hits` holds the best `limit`). */
  total?: number;
}

export interface SearchOptions {
  /**
   * Only the best `limit` hits (the rest counted in `total`). Every hit needs
   * its row of the doc table, and a common word's hits are spread over all
   * of them: a limit keeps the first search to the chunks of the hits shown.
   */
  limit?: number;
}

export const MIN_QUERY_LENGTH = 2;
/** With a limit, a phrase is looked for in this many times as many of the best hits. */
const PHRASE_LOOKAHEAD = 4;
/** Guides loaded at most to check a phrase found only in model answers. */
export const PHRASE_GUIDE_LIMIT = 12;

export interface SearchSources {
  loadModule: () => Promise<SearchModule>;
  loadOwn: () => Promise<OwnSearchSources>;
  loadGuide: (slug: string) => Promise<Guide | undefined>;
}

export interface Search {
  searchBank(query: string, options?: SearchOptions): Promise<SearchResults>;
  snippetFor(hit: SearchHit): Promise<string | null>;
}

interface Candidate {
  hit: SearchHit;
  /** Texts at hand for a phrase check (question, guide title/description, note). */
  texts: string[];
  /** The question's model answer might hold the phrase (checked against the guide chunk). */
  answerIn?: { guideSlug: string; questionId: string };
}

/** A search over the given sources; `searchBank` below is the app's. */
export function createSearch(sources: SearchSources): Search {
  const bank = new BankIndex(sources.loadModule);
  let lastOwn: OwnSearchSources | undefined;

  async function bankCandidates(
    parsed: ParsedQuery,
    combine: Combine,
    limit: number,
  ): Promise<{ candidates: Candidate[]; total: number }> {
    const index = await bank.indexFor(parsed.words);
    const all = runQuery(index, parsed.words, combine);
    const results = all.slice(0, limit);
    const docs = await bank.documents(results.map((r) => r.id as number));
    const candidates = results.flatMap((r): Candidate[] => {
      const doc = docs.get(r.id as number);
      return doc ? [bankCandidate(doc, r)] : [];
    });
    return { candidates, total: all.length };
  }

  async function ownCandidates(parsed: ParsedQuery, combine: Combine): Promise<Candidate[]> {
    const own = await sources.loadOwn();
    lastOwn = own;
    if (own.guides.length === 0 && own.notes.length === 0) return [];
    const { index, docs } = ownIndexOf(own);
    const results = runQuery(index, parsed.words, combine);
    const out = await Promise.all(
      results.map((r) => {
        const doc = docs.get(r.id as string);
        return doc ? ownCandidate(doc, r, sources.loadGuide) : undefined;
      }),
    );
    return out.filter((c): c is Candidate => c !== undefined);
  }

  async function run(
    parsed: ParsedQuery,
    combine: Combine,
    limit: number,
  ): Promise<{ hits: SearchHit[]; total: number }> {
    // A phrase filters after the index: look further than the limit for hits that hold it.
    const wanted = parsed.phrases.length > 0 ? limit * PHRASE_LOOKAHEAD : limit;
    const [{ candidates: bundled, total: bankTotal }, mine] = await Promise.all([
      bankCandidates(parsed, combine, wanted),
      ownCandidates(parsed, combine),
    ]);
    let candidates = merge([...bundled, ...mine]);
    let total = bankTotal + mine.length - (bundled.length + mine.length - candidates.length);
    if (parsed.phrases.length > 0) {
      candidates = await withPhrases(candidates, parsed.phrases, sources.loadGuide);
      total = candidates.length;
    }
    const hits = candidates.map((c) => c.hit).sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, limit), total };
  }

  return {
    async searchBank(query, options = {}) {
      const limit = options.limit ?? Infinity;
      const parsed = parseQuery(query);
      const counted = (r: { hits: SearchHit[]; total: number }, relaxed?: true): SearchResults => ({
        query,
        hits: r.hits,
        ...(relaxed ? { relaxed } : {}),
        ...(options.limit !== undefined ? { total: r.total } : {}),
      });
      if (parsed.words.map((w) => w.word).join('').length < MIN_QUERY_LENGTH) return counted({ hits: [], total: 0 });
      const strict = await run(parsed, 'AND', limit);
      // A quoted phrase needs all its words anyway: no relaxing.
      if (strict.hits.length > 0 || parsed.words.length < 2 || parsed.phrases.length > 0) return counted(strict);
      const relaxed = await run(parsed, 'OR', limit);
      return relaxed.hits.length > 0 ? counted(relaxed, true) : counted(strict);
    },

    async snippetFor(hit) {
      if (hit.kind === 'guide') return null;
      if (hit.fields.includes('note')) {
        const own = lastOwn ?? (await sources.loadOwn());
        const notes = own.notes.filter((n) => n.questionId === hit.id).map((n) => n.note);
        const matching = notes.find((note) => highlightRuns(note, hit.terms).some((r) => r.match));
        if (matching ?? notes[0]) return snippetAround(matching ?? notes[0]!, hit.terms);
      }
      const guide = await sources.loadGuide(hit.guideSlug).catch(() => undefined);
      const question = guide?.questions.find((q) => q.id === hit.id);
      return question ? snippetAround(answerPlainText(question), hit.terms) : null;
    },
  };
}

function bankCandidate(doc: BankDoc, r: SearchResult): Candidate {
  const fields = fieldsOf(r);
  return {
    hit: {
      kind: doc.kind,
      id: doc.id,
      guideSlug: doc.guideSlug,
      guideTitle: doc.guideTitle,
      category: doc.category,
      number: doc.number,
      text: doc.text,
      score: r.score,
      fields,
      terms: r.terms,
      mine: false,
    },
    texts: [doc.text, doc.guideTitle],
    answerIn: doc.kind === 'question' ? { guideSlug: doc.guideSlug, questionId: doc.id } : undefined,
  };
}

/** A hit on one of the user's own questions (found in its text, its answer or a note on it). */
function questionHit(
  base: Pick<SearchHit, 'score' | 'fields' | 'terms' | 'mine'>,
  guide: { slug: string; title: string },
  question: { id: string; category: string; number: number; text: string },
): SearchHit {
  return {
    ...base,
    kind: 'question',
    id: question.id,
    guideSlug: guide.slug,
    guideTitle: guide.title,
    category: question.category,
    number: question.number,
    text: question.text,
  };
}

async function ownCandidate(
  doc: OwnDoc,
  r: SearchResult,
  loadGuide: SearchSources['loadGuide'],
): Promise<Candidate | undefined> {
  const base = { score: r.score, fields: fieldsOf(r), terms: r.terms, mine: true };
  if (doc.kind === 'guide') {
    const { guide } = doc;
    return {
      hit: {
        ...base,
        kind: 'guide',
        id: guide.slug,
        guideSlug: guide.slug,
        guideTitle: guide.title,
        category: '',
        number: 0,
        text: guide.description,
      },
      texts: [guide.title, guide.description, ...guide.tags],
    };
  }
  if (doc.kind === 'question') {
    const { guide, question } = doc;
    return { hit: questionHit(base, guide, question), texts: [question.text, guide.title, answerPlainText(question)] };
  }
  // A note links to its question, bundled or the user's own (which loads its guide's chunk).
  const { note } = doc;
  const guide = await loadGuide(note.guideSlug).catch(() => undefined);
  const question = guide?.questions.find((q) => q.id === note.questionId);
  if (!guide || !question) return undefined;
  return { hit: questionHit(base, guide, question), texts: [note.note] };
}

/** One hit per question or guide: a note's hit joins its question's (scores add up, fields and terms merge). */
function merge(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.hit.kind}:${c.hit.id}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, c);
      continue;
    }
    const order: SearchField[] = ['question', 'answer', 'guide', 'note'];
    const fields = new Set([...seen.hit.fields, ...c.hit.fields]);
    seen.hit = {
      ...seen.hit,
      score: seen.hit.score + c.hit.score,
      fields: order.filter((f) => fields.has(f)),
      terms: [...new Set([...seen.hit.terms, ...c.hit.terms])],
      mine: seen.hit.mine || c.hit.mine,
    };
    seen.texts = [...seen.texts, ...c.texts];
    seen.answerIn ??= c.answerIn;
  }
  return [...byKey.values()];
}

// A guide's answers are tokenised once per session, not on every keystroke of a phrase query.
const answerTokens = new WeakMap<Question, string[]>();
function answerWords(question: Question): string[] {
  let words = answerTokens.get(question);
  if (!words) answerTokens.set(question, (words = tokenize(answerPlainText(question))));
  return words;
}

async function withPhrases(
  candidates: Candidate[],
  phrases: string[][],
  loadGuide: SearchSources['loadGuide'],
): Promise<Candidate[]> {
  const holds = (text: string) => {
    const words = tokenize(text);
    return phrases.every((p) => containsPhrase(words, p));
  };
  const ranked = [...candidates].sort((a, b) => b.hit.score - a.hit.score);
  const guides = new Map<string, Promise<Guide | undefined>>();
  const checked = await Promise.all(
    ranked.map(async (c) => {
      // Phrases may be split between the texts at hand ("… tell me" / "about yourself" is not a phrase).
      if (c.texts.some(holds)) return true;
      if (!c.answerIn || !c.hit.fields.includes('answer')) return false;
      const { guideSlug, questionId } = c.answerIn;
      if (!guides.has(guideSlug)) {
        if (guides.size >= PHRASE_GUIDE_LIMIT) return false;
        guides.set(
          guideSlug,
          loadGuide(guideSlug).catch(() => undefined),
        );
      }
      const question = (await guides.get(guideSlug))?.questions.find((q) => q.id === questionId);
      return question !== undefined && phrases.every((p) => containsPhrase(answerWords(question), p));
    }),
  );
  return ranked.filter((_, i) => checked[i]);
}

let appSearch: Search | undefined;
const app = (): Search =>
  (appSearch ??= createSearch({
    loadModule: loadSearchModule,
    loadOwn: loadOwnSearchSources,
    loadGuide: loadAnyGuide,
  }));

/** Loads only the index parts the query needs (lazily, cached), then searches bundled + own guides + notes. */
export function searchBank(query: string, options?: SearchOptions): Promise<SearchResults> {
  return app().searchBank(query, options);
}

/** A short excerpt (≤ 200 chars) of the model answer or note around the first matched term, or null. Loads that guide's chunk. */
export function snippetFor(hit: SearchHit): Promise<string | null> {
  return app().snippetFor(hit);
}
