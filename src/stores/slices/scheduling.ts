import type { Attempt, GuidePlan, ReviewSchedule } from '@/domain/model';
import { effectiveGrade } from '@/domain/rubric';
import { parseDateOnly, reReview, review, undoReview } from '@/domain/scheduling';

import type { PracticeState, RecordWriter, SchedulingSlice, StoreEnv } from '../types';
import type { SliceCreator } from './create';
import { SCHEMA_VERSION } from './sessions';

/** The grade an attempt contributes to its question's schedule: rated and graded, else none. */
export function scheduledGrade(attempt: Attempt) {
  return attempt.ratedAt === null ? null : effectiveGrade(attempt);
}

/**
 * The question's schedule made consistent with `attempt`: reviewed when it is
 * graded and was not yet, re-reviewed when its grade changed, the review taken
 * back when it is no longer graded. `undefined` when nothing changes; `null`
 * when the schedule is left without reviews (delete it).
 */
export function syncSchedule(
  current: ReviewSchedule | undefined,
  attempt: Attempt,
  now: number,
): ReviewSchedule | null | undefined {
  const grade = scheduledGrade(attempt);
  const entry = current?.log.find((e) => e.attemptId === attempt.id);
  let next: ReviewSchedule | null;
  if (grade && !entry) {
    next = review(current ?? null, {
      questionId: attempt.questionId,
      guideSlug: attempt.guideSlug,
      attemptId: attempt.id,
      grade,
      at: attempt.ratedAt ?? now,
    });
  } else if (grade && entry && current && entry.grade !== grade) {
    next = reReview(current, attempt.id, grade, now);
  } else if (!grade && entry && current) {
    next = undoReview(current, attempt.id, now);
  } else {
    return undefined;
  }
  return next && { ...next, updatedAt: now };
}

/** State change (and writes) bringing `schedules` in line with `attempt`. */
export function scheduleChange(
  state: Pick<PracticeState, 'schedules'>,
  attempt: Attempt,
  now: number,
  writer: RecordWriter,
): Pick<PracticeState, 'schedules'> | Record<string, never> {
  const next = syncSchedule(state.schedules[attempt.questionId], attempt, now);
  if (next === undefined) return {};
  if (next === null) {
    const { [attempt.questionId]: _removed, ...schedules } = state.schedules;
    writer.deleteSchedule(attempt.questionId);
    return { schedules };
  }
  writer.saveSchedule(next);
  return { schedules: { ...state.schedules, [attempt.questionId]: next } };
}

export const createSchedulingSlice =
  (writer: RecordWriter, env: StoreEnv): SliceCreator<SchedulingSlice> =>
  (set, get) => ({
    schedules: {},
    plans: {},
    setInterviewDate: (guideSlug, date) => {
      if (!guideSlug) return;
      const interviewDate = date === null || date === '' ? null : parseDateOnly(date) === null ? undefined : date;
      if (interviewDate === undefined) return;
      const current = get().plans[guideSlug];
      if ((current?.interviewDate ?? null) === interviewDate) return;
      const plan: GuidePlan = { schemaVersion: SCHEMA_VERSION, guideSlug, interviewDate, updatedAt: env.now() };
      set((state) => ({ plans: { ...state.plans, [guideSlug]: plan } }));
      writer.savePlan(plan);
    },
  });
