/**
 * The calendar side of review scheduling: local days, `YYYY-MM-DD` dates and
 * the interview-date cap on a question's due time. Pure and free of ts-fsrs,
 * so the first page (the due count, the store's checks) can use it without
 * loading the FSRS scheduler, which only rating, importing and deleting need
 * (`@/domain/scheduling`, loaded on demand by the store).
 */
import type { GuidePlan, ReviewCard, ReviewSchedule } from './model';

/** Local midnight starting the day that contains `time`. */
export function startOfDay(time: number): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Local midnight starting the day after the one that contains `time`. */
export function endOfDay(time: number): number {
  const d = new Date(time);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/** A `YYYY-MM-DD` date as local midnight, or null when it is not a real date. */
export function parseDateOnly(date: string | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const value = new Date(y, mo, d);
  if (value.getFullYear() !== y || value.getMonth() !== mo || value.getDate() !== d) return null;
  return value.getTime();
}

/**
 * The latest time a question should come back to be seen before an interview
 * on `interviewDate`: local midnight starting the day before it. Null when
 * there is no (valid) date or the interview day is over by `now`.
 */
export function interviewCap(interviewDate: string | null | undefined, now: number): number | null {
  const day = parseDateOnly(interviewDate);
  if (day === null) return null;
  if (endOfDay(day) <= now) return null;
  const before = new Date(day);
  before.setDate(before.getDate() - 1);
  return before.getTime();
}

/**
 * The card's due time with the interview taken into account: no later than
 * the day before the interview, unless the question has already been reviewed
 * since then (it has come back) or the interview is past.
 */
export function applyInterviewDate(
  card: Pick<ReviewCard, 'due' | 'lastReview'>,
  interviewDate: string | null | undefined,
  now: number,
): number {
  const cap = interviewCap(interviewDate, now);
  if (cap === null || card.due <= cap) return card.due;
  if (card.lastReview !== null && card.lastReview >= cap) return card.due;
  return cap;
}

/** When the question is next due, interview date applied. */
export function effectiveDue(schedule: ReviewSchedule, now: number, plan?: GuidePlan | null): number {
  return applyInterviewDate(schedule.card, plan?.interviewDate ?? null, now);
}

/** Due for review today (by the end of the local day containing `now`). */
export function isDue(schedule: ReviewSchedule, now: number, plan?: GuidePlan | null): boolean {
  return effectiveDue(schedule, now, plan) < endOfDay(now);
}
