import type { AnswerSource } from '@/domain/model';

/**
 * How an answer was produced once more text arrives `via` typing or
 * dictation: the first words decide, and any later words of the other kind
 * make it mixed.
 */
export function nextSource(current: AnswerSource, textBefore: string, via: 'typed' | 'dictated'): AnswerSource {
  if (textBefore.trim() === '') return via;
  return current === via ? current : 'mixed';
}
