/**
 * Key terms at build time: src/content/extract-key-terms.ts with the words
 * judged against SUBTLEX-US (key-term-lexicon-node.ts). The browser's
 * guide-import worker uses the same extraction with the compact lexicon.
 */
import { extractKeyTerms as extract, type KeyTermOptions } from '../content/extract-key-terms.ts';
import type { Question } from '../content/types.ts';
import { useSubtlex } from './key-term-lexicon-node.ts';

export { EVERYDAY_FAMILIES } from '../content/key-term-lexicon.ts';
export type { KeyTermOptions };

/** Per question id, its key terms (as written, most distinctive first), weighed against `questions`. */
export function extractKeyTerms(questions: readonly Question[], options: KeyTermOptions = {}): Map<string, string[]> {
  useSubtlex();
  return extract(questions, options);
}
