/**
 * Keeping review schedules in line with attempts: the store's half of
 * scheduling that needs FSRS. A lazy chunk together with `@/domain/scheduling`
 * (ts-fsrs) and the grade rule (`@/domain/rubric`): the store reaches it only
 * through its schedule queue (scheduler.ts), so the first page carries none
 * of it.
 */
import type { Attempt, ReviewSchedule } from '@/domain/model';
import { effectiveGrade } from '@/domain/rubric';
import { reReview, review, undoReview, undoReviews } from '@/domain/scheduling';

import type { DeletedSession, PracticeState, RecordWriter } from './types';

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

/**
 * The schedules without the reviews made by a deleted session's attempts
 * (later reviews replayed), with the schedules those reviews were in, as they
 * were before, for `restoredSchedules`.
 */
export function withoutReviews(
  current: Record<string, ReviewSchedule>,
  removed: readonly Attempt[],
  now: number,
  writer: RecordWriter,
): { schedules: Record<string, ReviewSchedule>; before: ReviewSchedule[] } {
  const removedIds = new Set(removed.map((a) => a.id));
  const schedules = { ...current };
  const before: ReviewSchedule[] = [];
  for (const questionId of new Set(removed.map((a) => a.questionId))) {
    const existing = schedules[questionId];
    if (!existing) continue;
    const next = undoReviews(existing, removedIds, now);
    if (next === existing) continue;
    before.push(existing);
    if (next) {
      schedules[questionId] = { ...next, updatedAt: now };
      writer.saveSchedule(schedules[questionId]);
    } else {
      delete schedules[questionId];
      writer.deleteSchedule(questionId);
    }
  }
  return { schedules, before };
}

/** Oldest rating first, so reviews replay in the order they happened. */
const byRatedAt = (a: Attempt, b: Attempt) => (a.ratedAt ?? a.submittedAt) - (b.ratedAt ?? b.submittedAt);

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The schedules with a deleted session's reviews put back. A schedule nobody
 * has reviewed since the delete goes back exactly as it was; one reviewed
 * since gets the restored attempts' reviews added again.
 */
export function restoredSchedules(
  current: Record<string, ReviewSchedule>,
  deleted: DeletedSession,
  now: number,
  writer: RecordWriter,
): Record<string, ReviewSchedule> {
  const schedules = { ...current };
  const restoredIds = new Set(deleted.attempts.map((a) => a.id));
  for (const before of deleted.schedules) {
    const existing = schedules[before.questionId];
    const expected = before.log.filter((e) => !restoredIds.has(e.attemptId)).map((e) => e.attemptId);
    if (sameIds(expected, existing?.log.map((e) => e.attemptId) ?? [])) {
      schedules[before.questionId] = before;
      writer.saveSchedule(before);
    }
  }
  for (const attempt of [...deleted.attempts].sort(byRatedAt)) {
    const next = syncSchedule(schedules[attempt.questionId], attempt, now);
    if (next === undefined) continue;
    if (next === null) {
      delete schedules[attempt.questionId];
      writer.deleteSchedule(attempt.questionId);
    } else {
      schedules[attempt.questionId] = next;
      writer.saveSchedule(next);
    }
  }
  return schedules;
}
