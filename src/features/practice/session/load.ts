import { notFound } from '@tanstack/react-router';

import { guideSlugOfQuestion } from '@/content/ids';
import type { Guide } from '@/content/types';
import type { PracticeSession } from '@/domain/model';
import { loadGuide } from '@/lib/question-bank';
import { selectAttemptFor, usePracticeStore } from '@/stores';
import { storeCoreReady, storeReady } from '@/stores/app-store';

import { loadReveal } from '../reveal/lazy';

export interface PracticeSessionData {
  /** As it was when the route loaded: screens read the live session from the store. */
  session: PracticeSession;
  /** The guides the session's questions come from (a removed guide is simply absent). */
  guides: Guide[];
}

/** Loader for /practice/$sessionId and everything under it. */
export async function loadPracticeSession(sessionId: string): Promise<PracticeSessionData> {
  // A deep link or reload can arrive before the store has loaded its data. Sessions come in its first
  // loading step: the guides' data is fetched as soon as the session says which guides, while the
  // attempts (a long history takes a while to read) are still loading; the screen needs both.
  // (Rating reviews the question with FSRS, a lazy chunk PracticeScreen fetches once it has painted: a
  // rating given before it arrives waits for it in the store's queue, stores/scheduler.ts.)
  await storeCoreReady();
  const session = usePracticeStore.getState().sessions[sessionId];
  if (!session) throw notFound();
  const slugs = [...new Set(session.questionIds.map(guideSlugOfQuestion))];
  const [loaded] = await Promise.all([Promise.all(slugs.map((slug) => loadGuide(slug))), storeReady()]);
  // Back on a question already answered (a reload on its review): the review's code, a lazy chunk the
  // answering screen fetches while the user writes, is needed for the first paint.
  const state = usePracticeStore.getState();
  const current = session.questionIds[session.currentIndex];
  if (current && selectAttemptFor(state, sessionId, current)) await loadReveal().catch(() => {});
  return {
    session: state.sessions[sessionId] ?? session,
    guides: loaded.filter((guide): guide is Guide => guide !== undefined),
  };
}
