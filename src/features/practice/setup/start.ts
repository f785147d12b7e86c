import { guides as guideSummaries, loadGuide } from 'virtual:question-bank';

import type { Guide } from '@/content/types';
import type { SessionSettings } from '@/domain/model';
import { scoreOf } from '@/domain/rubric';
import { selectQuestions, type PoolQuestion } from '@/domain/selection';
import { selectLatestRatedByQuestion, usePracticeStore } from '@/stores';

/** The guides a setup draws from: its list, or every guide when the list is empty ("all"). */
async function loadChosenGuides(guideSlugs: readonly string[]): Promise<Guide[]> {
  const slugs = guideSlugs.length > 0 ? guideSlugs : guideSummaries.map((g) => g.slug);
  const loaded = await Promise.all(slugs.map((slug) => loadGuide(slug)));
  return loaded.filter((guide): guide is Guide => guide !== undefined);
}

/**
 * The questions a new session asks, in order. Weakest-first ordering reads
 * each question's latest rated score from the store.
 */
export async function chooseQuestions(settings: SessionSettings, random: () => number = Math.random) {
  const guides = await loadChosenGuides(settings.guideSlugs);
  const pool: PoolQuestion[] = guides.flatMap((guide) =>
    guide.questions.map((q) => ({ id: q.id, guideSlug: guide.slug, category: q.category, number: q.number })),
  );
  const scores: Record<string, number | null> = {};
  for (const [questionId, attempt] of Object.entries(selectLatestRatedByQuestion(usePracticeStore.getState()))) {
    scores[questionId] = scoreOf(attempt.ratings);
  }
  return selectQuestions(pool, settings, scores, random);
}
