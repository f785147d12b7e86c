/**
 * The words a story and a question are compared by: content words, stemmed
 * the way the hints stem them, so "negotiated" meets "negotiation" and
 * "leading" meets "lead".
 */
import { stem } from '@/content/key-terms';
import { words } from '@/content/words';

import { FUNCTION_WORDS, VAGUE_WORDS, wordSet } from '../hints/words';

/** How interview questions are asked, which says nothing about what they ask. */
const QUESTION_WORDS = wordSet(`
  tell describe describing explain give share walk talk discuss recall example examples instance occasion time times
  specific particular interview interviewer would you've`);

/** Past forms Porter stemming leaves apart from their verb ("led" and "lead"). */
const IRREGULAR: Record<string, string> = {
  led: 'lead',
  built: 'build',
  ran: 'run',
  wrote: 'write',
  rewrote: 'rewrite',
  taught: 'teach',
  sold: 'sell',
  won: 'win',
  drove: 'drive',
  chose: 'choose',
  brought: 'bring',
  fought: 'fight',
  spoke: 'speak',
  hired: 'hire',
  bought: 'buy',
  oversaw: 'oversee',
};

export interface Term {
  /** The word as first written. */
  word: string;
  /** Says little by itself ("team", "project", "stakeholders"): counts for less in body text. */
  vague: boolean;
}

/** Content words of a text by stem, first spelling kept; function words, question phrasing and bare numbers left out. */
export function contentTerms(text: string): Map<string, Term> {
  const out = new Map<string, Term>();
  for (const w of words(text)) {
    if (w.length < 2 || /^[\d.,/'-]+$/.test(w)) continue;
    if (FUNCTION_WORDS.has(w) || QUESTION_WORDS.has(w)) continue;
    const key = stem(IRREGULAR[w] ?? w);
    if (!out.has(key)) out.set(key, { word: w, vague: VAGUE_WORDS.has(w) });
  }
  return out;
}
