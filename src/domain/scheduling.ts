/**
 * Spaced review of questions with FSRS (ts-fsrs). Pure: every function takes
 * the time it should use and returns new objects, never mutating its input.
 *
 * A question's `ReviewSchedule` keeps its card and a log of the reviews that
 * made it, each with the card as it was before. So any review can be taken
 * back or re-graded exactly: the card is restored from that review's `before`
 * and the later reviews are replayed (FSRS without fuzz is deterministic).
 *
 * Scheduling works in days (no minute-long learning steps): a question
 * answered today comes back on a later day. "Due" means due by the end of the
 * local day. An interview date caps a question's due date so it comes back at
 * least once on or after the day before the interview.
 */
import { type Card, createEmptyCard, fsrs, type Grade as FsrsGrade, Rating, type State } from 'ts-fsrs';

import type { Grade, ReviewCard, ReviewSchedule } from './model';
import { RECORD_VERSIONS } from './versions';

// The calendar side (due dates, interview dates) has no FSRS in it and is
// needed on the first page (the due count); it lives apart so importing it
// never pulls ts-fsrs into the entry. Re-exported so this stays the one
// place to import scheduling from where the size does not matter.
export * from './schedule-dates';

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

const RATINGS: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export interface ReviewInput {
  questionId: string;
  guideSlug: string;
  attemptId: string;
  grade: Grade;
  /** When the review happened (ms). */
  at: number;
}

export type ReviewLogEntry = ReviewSchedule['log'][number];

/** A card never reviewed, due at `now`. */
export function newCard(now: number): ReviewCard {
  return fromCard(createEmptyCard(new Date(now)));
}

export function toCard(card: ReviewCard): Card {
  const result: Card = {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
  };
  if (card.lastReview !== null) result.last_review = new Date(card.lastReview);
  return result;
}

export function fromCard(card: Card): ReviewCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as ReviewCard['state'],
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** The card after one review; a review dated before the card's last one counts as at that time. */
function step(card: ReviewCard, grade: Grade, at: number): ReviewCard {
  const when = Math.max(at, card.lastReview ?? at);
  return fromCard(scheduler.next(toCard(card), new Date(when), RATINGS[grade]).card);
}

/** Replays `entries` from `start`, re-recording each entry's `before`. */
function replay(start: ReviewCard | null, entries: readonly ReviewLogEntry[], fallbackNow: number) {
  let card = start;
  const log: ReviewLogEntry[] = [];
  for (const entry of entries) {
    const before = card;
    card = step(before ?? newCard(entry.reviewedAt), entry.grade, entry.reviewedAt);
    log.push({ ...entry, before });
  }
  return { card: card ?? newCard(fallbackNow), log };
}

/**
 * Records a review. The same attempt reviewed again (its grade changed) is a
 * re-review: see `reReview`.
 */
export function review(schedule: ReviewSchedule | null, input: ReviewInput): ReviewSchedule {
  if (schedule?.log.some((e) => e.attemptId === input.attemptId)) {
    return reReview(schedule, input.attemptId, input.grade, input.at);
  }
  const before = schedule ? schedule.card : null;
  const card = step(before ?? newCard(input.at), input.grade, input.at);
  return {
    schemaVersion: RECORD_VERSIONS.schedules,
    questionId: input.questionId,
    guideSlug: schedule?.guideSlug ?? input.guideSlug,
    card,
    log: [...(schedule?.log ?? []), { attemptId: input.attemptId, grade: input.grade, reviewedAt: input.at, before }],
    updatedAt: input.at,
  };
}

/**
 * The attempt's review with a new grade: the card it had before that review,
 * reviewed again at the original time, with any later reviews replayed.
 * Unchanged when the attempt has no review here or the grade is the same.
 */
export function reReview(schedule: ReviewSchedule, attemptId: string, grade: Grade, now: number): ReviewSchedule {
  const index = schedule.log.findIndex((e) => e.attemptId === attemptId);
  if (index < 0 || schedule.log[index]!.grade === grade) return schedule;
  const entries = schedule.log.map((e, i) => (i === index ? { ...e, grade } : e));
  const { card, log } = replay(schedule.log[index]!.before, entries.slice(index), now);
  return { ...schedule, card, log: [...schedule.log.slice(0, index), ...log], updatedAt: now };
}

/**
 * The schedule without the reviews made by `attemptIds` (later reviews are
 * replayed); null when no review is left. Unchanged when none of them is in it.
 */
export function undoReviews(
  schedule: ReviewSchedule,
  attemptIds: ReadonlySet<string>,
  now: number,
): ReviewSchedule | null {
  const index = schedule.log.findIndex((e) => attemptIds.has(e.attemptId));
  if (index < 0) return schedule;
  const rest = schedule.log.slice(index).filter((e) => !attemptIds.has(e.attemptId));
  if (index === 0 && rest.length === 0) return null;
  const { card, log } = replay(schedule.log[index]!.before, rest, now);
  return { ...schedule, card, log: [...schedule.log.slice(0, index), ...log], updatedAt: now };
}

/** Takes back one attempt's review; null when it was the only one. */
export function undoReview(schedule: ReviewSchedule, attemptId: string, now = Date.now()): ReviewSchedule | null {
  return undoReviews(schedule, new Set([attemptId]), now);
}
