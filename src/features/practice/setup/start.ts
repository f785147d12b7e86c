import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

import type { Guide } from '@/content/types';
import type { SessionSettings } from '@/domain/model';
import { scoreOf } from '@/domain/rubric';
import { DEFAULT_SETUP, MAX_COUNT, normalizeSetup, selectQuestions, type PoolQuestion } from '@/domain/selection';
import { loadGuide } from '@/lib/question-bank';
import {
  selectDueQuestionIds,
  selectGuideSummaries,
  selectLatestRatedByQuestion,
  selectPlannedGuideSlugs,
  selectTodaysPractice,
  usePracticeStore,
} from '@/stores';

import { availableChoices } from './prefill';
import { loadFailure } from './setup-form';

/** The guides a setup draws from: its list, or every guide when the list is empty ("all"). */
async function loadChosenGuides(guideSlugs: readonly string[]): Promise<Guide[]> {
  const slugs =
    guideSlugs.length > 0 ? guideSlugs : selectGuideSummaries(usePracticeStore.getState()).map((g) => g.slug);
  const loaded = await Promise.all(slugs.map((slug) => loadGuide(slug)));
  return loaded.filter((guide): guide is Guide => guide !== undefined);
}

/**
 * The questions a new session asks, in order. Weakest-first ordering reads
 * each question's latest rated score from the store; due-first reads the
 * review schedules.
 */
export async function chooseQuestions(
  settings: SessionSettings,
  random: () => number = Math.random,
  now: number = Date.now(),
) {
  const guides = await loadChosenGuides(settings.guideSlugs);
  const pool: PoolQuestion[] = guides.flatMap((guide) =>
    guide.questions.map((q) => ({ id: q.id, guideSlug: guide.slug, category: q.category, number: q.number })),
  );
  const state = usePracticeStore.getState();
  const scores: Record<string, number | null> = {};
  for (const [questionId, attempt] of Object.entries(selectLatestRatedByQuestion(state))) {
    scores[questionId] = scoreOf(attempt.ratings);
  }
  const due = settings.order === 'due' ? selectDueQuestionIds(state, now) : [];
  return selectQuestions(pool, settings, scores, random, due);
}

/**
 * The questions due for review today that are still in the library, most
 * overdue first, then today's share of new questions of each guide with an
 * interview to come (its interview plan), at most `MAX_COUNT` in all, and the
 * guides they come from.
 */
export async function chooseDueQuestions(now: number = Date.now()) {
  const state = usePracticeStore.getState();
  const dueIds = selectDueQuestionIds(state, now);
  const known = new Set(selectGuideSummaries(state).map((g) => g.slug));
  const planned = selectPlannedGuideSlugs(state, now).filter((slug) => known.has(slug));
  const slugs = [
    ...new Set([
      ...dueIds.map((id) => state.schedules[id]?.guideSlug).filter((s): s is string => !!s && known.has(s)),
      ...planned,
    ]),
  ];
  if (slugs.length === 0) return { questionIds: [], guideSlugs: [] };
  const guides = await loadChosenGuides(slugs);
  const present = new Set(guides.flatMap((g) => g.questions.map((q) => q.id)));
  const plannedGuides = guides
    .filter((g) => planned.includes(g.slug))
    .map((g) => ({ slug: g.slug, questionIds: g.questions.map((q) => q.id) }));
  const questionIds = selectTodaysPractice(state, plannedGuides, now)
    .filter((id) => present.has(id))
    .slice(0, MAX_COUNT);
  const guideSlugs = guides.filter((g) => g.questions.some((q) => questionIds.includes(q.id))).map((g) => g.slug);
  return { questionIds, guideSlugs };
}

/**
 * Starts a session of today's due questions with the user's usual pacing and
 * opens it. `error` says why it could not start (nothing due, or loading failed).
 */
export function useStartDueReview() {
  const navigate = useNavigate();
  const createSession = usePracticeStore((s) => s.createSession);
  const lastSetup = usePracticeStore((s) => s.settings.lastSetup);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    if (starting) return;
    setStarting(true);
    setError(null);
    try {
      const { questionIds, guideSlugs } = await chooseDueQuestions();
      if (questionIds.length === 0) {
        setError('Nothing is due for review right now.');
        setStarting(false);
        return;
      }
      const base = normalizeSetup(
        lastSetup ?? DEFAULT_SETUP,
        availableChoices(selectGuideSummaries(usePracticeStore.getState())),
      );
      const settings: SessionSettings = {
        ...base,
        guideSlugs,
        categories: [],
        count: questionIds.length,
        order: 'due',
      };
      const sessionId = createSession(settings, questionIds);
      await navigate({ to: '/practice/$sessionId', params: { sessionId } });
    } catch (failure) {
      setError(loadFailure(failure));
      setStarting(false);
    }
  }

  return { start: () => void start(), starting, error };
}
