/**
 * What the user has done with each guide, for the library's sort and
 * progress filter: when it was last practised and how many of its questions
 * are due today.
 *
 * Built from sessions and schedules, not attempts: those two are in the
 * store's first loading step, which the home route waits for, so the order
 * is right in the first paint. Attempts load afterwards in pages, and sorting
 * by them would reshuffle the grid while the user looks at it.
 */
import { useMemo } from 'react';

import { guideSlugOfQuestion } from '@/content/ids';
import type { PracticeSession, ReviewSchedule } from '@/domain/model';
import { useDueQuestionIds, usePracticeStore } from '@/stores';

import type { GuideActivity } from '../filters';

/**
 * Per guide slug. A session counts as practice of the guides of the
 * questions it reached (all of them once completed) at its last change; a
 * schedule (a rated answer) at its last review. `due` counts `dueIds` by the
 * guide their schedule belongs to.
 */
export function guideActivity(
  sessions: Readonly<Record<string, PracticeSession>>,
  schedules: Readonly<Record<string, ReviewSchedule>>,
  dueIds: readonly string[],
): Map<string, GuideActivity> {
  const out = new Map<string, GuideActivity>();
  const entry = (slug: string) => {
    let a = out.get(slug);
    if (!a) out.set(slug, (a = { due: 0 }));
    return a;
  };
  const practised = (slug: string, at: number) => {
    const a = entry(slug);
    if (a.lastPractised === undefined || at > a.lastPractised) a.lastPractised = at;
  };
  for (const session of Object.values(sessions)) {
    const reached =
      session.status === 'completed' ? session.questionIds : session.questionIds.slice(0, session.currentIndex + 1);
    for (const slug of new Set(reached.map(guideSlugOfQuestion))) practised(slug, session.updatedAt);
  }
  for (const schedule of Object.values(schedules))
    if (schedule.log.length > 0) practised(schedule.guideSlug, schedule.updatedAt);
  for (const id of dueIds) {
    const slug = schedules[id]?.guideSlug;
    if (slug) entry(slug).due++;
  }
  return out;
}

/** `guideActivity` of the store's current records, recomputed only when they change. */
export function useGuideActivity(): ReadonlyMap<string, GuideActivity> {
  const sessions = usePracticeStore((s) => s.sessions);
  const schedules = usePracticeStore((s) => s.schedules);
  const due = useDueQuestionIds();
  return useMemo(() => guideActivity(sessions, schedules, due), [sessions, schedules, due]);
}
