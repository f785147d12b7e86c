/**
 * /practice/new's search params. Apart from prefill.ts because the route's
 * `validateSearch` is part of the entry chunk: this must stay small and free
 * of the form's logic (and the selection rules it uses).
 */
import type { Question } from '@/content/types';

export interface SetupSearch {
  /** Practise this guide only. */
  guide?: string;
  /** Practise exactly this question. */
  question?: string;
}

/** Anything in the URL that is not a non-empty string is dropped rather than rejected: the page still works. */
export function parseSetupSearch(search: Record<string, unknown>): SetupSearch {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const result: SetupSearch = {};
  const guide = text(search.guide);
  const question = text(search.question);
  if (guide) result.guide = guide;
  if (question) result.question = question;
  return result;
}

/** One question chosen from the library; the session asks it and nothing else. */
export interface PinnedQuestion {
  question: Question;
  guideSlug: string;
  guideTitle: string;
}
