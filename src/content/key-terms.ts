/**
 * The half of key terms that the browser needs: `stem`, with which hints
 * match a question's key terms in the user's answer. The terms themselves are
 * chosen at build time (src/content-loader/extract-key-terms.ts), which
 * needs a word-frequency list that must stay out of the bundle.
 */
import { stemmer } from 'stemmer';

/** Porter stemming (the `stemmer` package), so "negotiated" in an answer matches "negotiation" in the model. */
export function stem(word: string): string {
  return stemmer(word.toLowerCase());
}
