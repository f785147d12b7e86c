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
  /** Practise exactly these questions, in this order (at most `MAX_LINKED_QUESTIONS`; from a search, say). */
  questions?: string[];
}

/** The most questions a `questions` link can ask; further ids are ignored. */
export const MAX_LINKED_QUESTIONS = 50;

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The ids of a `questions` param: a JSON array (how the router writes it) or a comma list, without repeats. */
function idList(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const ids = new Set<string>();
  for (const item of raw) {
    const id = text(item);
    if (id) ids.add(id);
    if (ids.size === MAX_LINKED_QUESTIONS) break;
  }
  return [...ids];
}

/** Anything in the URL that is not a non-empty string (or list of them) is dropped rather than rejected: the page still works. */
export function parseSetupSearch(search: Record<string, unknown>): SetupSearch {
  const result: SetupSearch = {};
  const guide = text(search.guide);
  const question = text(search.question);
  const questions = idList(search.questions);
  if (guide) result.guide = guide;
  if (question) result.question = question;
  if (questions.length > 0) result.questions = questions;
  return result;
}

/** The question ids a link pins, in order: the `questions` list, else the one `question`. */
export function linkedQuestionIds(search: SetupSearch): string[] {
  if (search.questions?.length) return search.questions;
  return search.question ? [search.question] : [];
}

/** One question chosen from the library or a search; the session asks the pinned questions and nothing else. */
export interface PinnedQuestion {
  question: Question;
  guideSlug: string;
  guideTitle: string;
}
