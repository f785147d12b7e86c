/** Whether a story's result is measured: a figure, a percentage, an amount, or a change told in numbers. */
import { words } from '@/content/words';

import { NUMBER_WORDS, wordSet } from '../hints/words';

/** Changes and amounts told without digits ("doubled sign-ups", "halved the backlog", "a dozen teams"). */
const CHANGE_WORDS = wordSet(`
  zero double doubled doubling halve halved halving triple tripled tripling treble trebled quadrupled twice thrice
  percent percentage quarter quarters tenfold hundredfold dozens hundreds thousands millions billions`);

/**
 * True when the text has a number in it: digits (20%, $4k, 3x, Q3), a written
 * number ("three", "a hundred", "half"), or a change in numbers ("doubled",
 * "halved", "per cent"). "One" is not counted: it is far more often a pronoun.
 */
export function hasNumber(text: string): boolean {
  if (/\d/.test(text)) return true;
  if (/\bper\s?cent\b/i.test(text)) return true;
  return words(text).some((w) => NUMBER_WORDS.has(w) || CHANGE_WORDS.has(w) || /-fold$/.test(w));
}
