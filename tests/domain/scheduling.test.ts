import { describe, expect, it } from 'vitest';

import { GRADES, type Grade, type ReviewSchedule } from '@/domain/model';
import {
  applyInterviewDate,
  effectiveDue,
  fromCard,
  interviewCap,
  isDue,
  newCard,
  parseDateOnly,
  reReview,
  review,
  toCard,
  undoReview,
  undoReviews,
} from '@/domain/scheduling';

const DAY = 24 * 60 * 60 * 1000;
/** Local noon, 1 March 2026. */
const T0 = new Date(2026, 2, 1, 12).getTime();
const Q = 'guide-a--q-1';

const input = (attemptId: string, grade: Grade, at: number) => ({
  questionId: Q,
  guideSlug: 'guide-a',
  attemptId,
  grade,
  at,
});

function reviewed(grades: Grade[], start = T0): ReviewSchedule {
  let schedule: ReviewSchedule | null = null;
  let at = start;
  grades.forEach((grade, i) => {
    schedule = review(schedule, input(`a${i}`, grade, at));
    at = schedule.card.due;
  });
  return schedule!;
}

describe('card conversions', () => {
  it('round-trips a card through ts-fsrs and back', () => {
    const card = reviewed(['good', 'good']).card;
    expect(fromCard(toCard(card))).toEqual(card);
    const fresh = newCard(T0);
    expect(fresh).toMatchObject({ due: T0, reps: 0, state: 0, lastReview: null });
    expect(fromCard(toCard(fresh))).toEqual(fresh);
  });
});

describe('review', () => {
  it('schedules Good and Easy later than Again, and Easy latest', () => {
    const due = Object.fromEntries(GRADES.map((g) => [g, review(null, input('a', g, T0)).card.due]));
    expect(due.good!).toBeGreaterThan(due.again!);
    expect(due.easy!).toBeGreaterThan(due.again!);
    expect(due.easy!).toBeGreaterThanOrEqual(due.good!);
    // Whole days: nothing comes back the same day.
    for (const g of GRADES) expect(due[g]!).toBeGreaterThanOrEqual(T0 + DAY);
  });

  it('logs each review with the card it replaced', () => {
    const first = review(null, input('a1', 'good', T0));
    expect(first).toMatchObject({ questionId: Q, guideSlug: 'guide-a', schemaVersion: 1, updatedAt: T0 });
    expect(first.log).toEqual([{ attemptId: 'a1', grade: 'good', reviewedAt: T0, before: null }]);
    const second = review(first, input('a2', 'again', first.card.due));
    expect(second.log[1]).toEqual({ attemptId: 'a2', grade: 'again', reviewedAt: first.card.due, before: first.card });
    expect(second.card.lapses).toBe(1);
    expect(first.log).toHaveLength(1); // not mutated
  });

  it('treats a second review by the same attempt as a re-grade', () => {
    const first = review(null, input('a1', 'good', T0));
    expect(review(first, input('a1', 'easy', T0 + 5000))).toEqual(reReview(first, 'a1', 'easy', T0 + 5000));
  });
});

describe('undoReview', () => {
  it('restores exactly the schedule before the review', () => {
    const one = reviewed(['good']);
    const two = review(one, input('x', 'hard', one.card.due + DAY));
    expect(undoReview(two, 'x', T0)!.card).toEqual(one.card);
    expect(undoReview(two, 'x', T0)!.log).toEqual(one.log);
  });

  it('returns null when it was the first review', () => {
    expect(undoReview(reviewed(['good']), 'a0')).toBeNull();
  });

  it('replays later reviews when an earlier one is taken back', () => {
    const all = reviewed(['again', 'good', 'good']);
    const without = undoReviews(all, new Set(['a0']), T0)!;
    expect(without.log.map((e) => e.attemptId)).toEqual(['a1', 'a2']);
    expect(without.log[0]!.before).toBeNull();
    // Same as if a0 had never happened.
    let expected = review(null, { ...input('a1', 'good', all.log[1]!.reviewedAt) });
    expected = review(expected, input('a2', 'good', all.log[2]!.reviewedAt));
    expect(without.card).toEqual(expected.card);
  });

  it('leaves a schedule untouched when the attempt is not in it', () => {
    const s = reviewed(['good']);
    expect(undoReview(s, 'nope')).toBe(s);
  });
});

describe('reReview', () => {
  it('equals undo then review with the new grade', () => {
    const one = reviewed(['good']);
    const two = review(one, input('x', 'again', one.card.due));
    const regraded = reReview(two, 'x', 'easy', T0 + 99);
    const manual = review(undoReview(two, 'x', T0)!, input('x', 'easy', one.card.due));
    expect(regraded.card).toEqual(manual.card);
    expect(regraded.log).toEqual(manual.log);
  });

  it('re-grades the first review from a new card', () => {
    const s = reviewed(['again']);
    expect(reReview(s, 'a0', 'good', T0).card).toEqual(review(null, input('a0', 'good', T0)).card);
  });

  it('is a no-op for the same grade', () => {
    const s = reviewed(['good']);
    expect(reReview(s, 'a0', 'good', T0)).toBe(s);
  });
});

describe('interview date', () => {
  const interview = '2026-03-20';
  const dayBefore = new Date(2026, 2, 19).getTime();

  it('parses only real dates', () => {
    expect(parseDateOnly('2026-03-20')).toBe(new Date(2026, 2, 20).getTime());
    expect(parseDateOnly('2026-02-30')).toBeNull();
    expect(parseDateOnly('20-03-2026')).toBeNull();
    expect(parseDateOnly(null)).toBeNull();
  });

  it('caps a due date after the interview at the day before it', () => {
    const card = { due: new Date(2026, 3, 10).getTime(), lastReview: T0 };
    expect(applyInterviewDate(card, interview, T0)).toBe(dayBefore);
    expect(interviewCap(interview, T0)).toBe(dayBefore);
  });

  it('leaves an earlier due date alone', () => {
    const card = { due: new Date(2026, 2, 5).getTime(), lastReview: T0 };
    expect(applyInterviewDate(card, interview, T0)).toBe(card.due);
  });

  it('stops capping once the question has come back since the cap', () => {
    const card = { due: new Date(2026, 3, 10).getTime(), lastReview: dayBefore + 3600_000 };
    expect(applyInterviewDate(card, interview, dayBefore + 3600_000)).toBe(card.due);
  });

  it('ignores an interview date that is past', () => {
    const card = { due: new Date(2026, 3, 10).getTime(), lastReview: T0 };
    expect(applyInterviewDate(card, '2026-02-01', T0)).toBe(card.due);
    expect(interviewCap('2026-02-01', T0)).toBeNull();
    expect(applyInterviewDate(card, null, T0)).toBe(card.due);
  });

  it('makes a question due the day before the interview, and still on the day if it has not come back', () => {
    const s = reviewed(['easy']);
    const plan = { schemaVersion: 1, guideSlug: 'guide-a', interviewDate: '2026-03-05', updatedAt: T0 };
    const mar3 = new Date(2026, 2, 3, 9).getTime();
    const mar4 = new Date(2026, 2, 4, 9).getTime();
    const mar5 = new Date(2026, 2, 5, 9).getTime();
    expect(isDue(s, mar4, null)).toBe(false);
    expect(isDue(s, mar3, plan)).toBe(false);
    expect(isDue(s, mar4, plan)).toBe(true);
    expect(isDue(s, mar5, plan)).toBe(true);
    expect(effectiveDue(s, mar4, plan)).toBe(new Date(2026, 2, 4).getTime());
    // Reviewed on the day before: it has come back, so FSRS decides again.
    const again = review(s, input('b', 'good', mar4));
    expect(isDue(again, mar5, plan)).toBe(false);
  });
});

describe('isDue', () => {
  it('is due by the end of the day it falls on', () => {
    const s = reviewed(['good']);
    const dueDay = new Date(s.card.due);
    dueDay.setHours(0, 0, 1, 0);
    expect(isDue(s, T0)).toBe(false);
    expect(isDue(s, dueDay.getTime())).toBe(true);
    expect(isDue(s, s.card.due + DAY)).toBe(true);
  });
});
