/**
 * The rules of reviewing an answer: what each thing the user does on the
 * reveal (rate a part, mark it "doesn't apply", tick a best practice or a
 * pitfall, choose or reset the grade, write a note, move on) saves. Pure: each
 * takes the attempt as stored now and returns the writes to make, which the
 * caller hands to the store's `rateAttempt` one by one, in order.
 *
 * Every action first records what the hints showed, once (`recordHints`): a
 * later review can then tell what the user was shown when they rated. That
 * record is its own write, before the user's change, because it is
 * bookkeeping rather than a choice: Undo takes back the last write, and must
 * take back what the user did, leaving the record.
 *
 * The grade follows the ratings until the user chooses one of their own (an
 * override), and a review is only "finished" (`ratedAt`, which puts the answer
 * into progress and the review schedule) once every part that applies is rated.
 * A skipped answer has nothing to rate: nothing but the hints is ever saved
 * for it, and a skipped answer has no hints.
 */
import type { DetectedParts } from './hints';
import {
  NOT_APPLICABLE,
  RUBRIC_PARTS,
  type Attempt,
  type Grade,
  type HintsShown,
  type Rating,
  type RubricPart,
} from './model';
import { applicableParts, gradeFromRatings, isFullyRated } from './rubric';

/** A change to an attempt, in the shape the store's `rateAttempt` takes (`RatingPatch`). */
export type AttemptPatch = Partial<
  Pick<
    Attempt,
    'ratings' | 'practicesCovered' | 'pitfallsHit' | 'hints' | 'grade' | 'gradeOverridden' | 'note' | 'ratedAt'
  >
>;

/**
 * What one action saves: patches to write in this order, each a write of its
 * own (so each is one Undo). Empty when the action changes nothing.
 */
export type ReviewWrites = AttemptPatch[];

export interface ReviewContext {
  /** What the hints showed for this answer, recorded with the first action; null when none were shown. */
  hints: HintsShown | null;
}

/** The two checklists an answer is ticked against: best practices covered, pitfalls fallen into. */
export type ChecklistField = 'practicesCovered' | 'pitfallsHit';

/** What the hints showed, as an attempt keeps it: the parts they spotted and the key terms used and missed. */
export function hintsShown(parts: DetectedParts, terms: { used: string[]; missed: string[] }): HintsShown {
  return {
    partsDetected: RUBRIC_PARTS.filter((part) => parts[part].present),
    termsUsed: terms.used,
    termsMissed: terms.missed,
  };
}

/** Records the hints shown, unless some were recorded already (an earlier visit keeps its own). */
export function recordHints(attempt: Attempt, ctx: ReviewContext): ReviewWrites {
  return ctx.hints && attempt.hints === null ? [{ hints: ctx.hints }] : [];
}

/** The hints first, then the user's change (if there is one). */
function withHints(attempt: Attempt, ctx: ReviewContext, change: AttemptPatch | null): ReviewWrites {
  const writes = recordHints(attempt, ctx);
  return change && !attempt.skipped ? [...writes, change] : writes;
}

/** New ratings with the grade they lead to, unless the user chose their own: one write, so Undo takes back both. */
function withRatings(attempt: Attempt, ratings: Attempt['ratings']): AttemptPatch {
  return attempt.gradeOverridden ? { ratings } : { ratings, grade: gradeFromRatings(ratings) };
}

/** Rates one part 0–4. The grade follows (null until every part that applies is rated) unless overridden. */
export function rate(attempt: Attempt, part: RubricPart, rating: Rating, ctx: ReviewContext): ReviewWrites {
  return withHints(attempt, ctx, withRatings(attempt, { ...attempt.ratings, [part]: rating }));
}

/**
 * Marks a part "doesn't apply": left out of the score and the grade, which
 * follows. Nothing changes when it is marked already, or when it is the last
 * part that applies (one part at least must count).
 */
export function markNotApplicable(attempt: Attempt, part: RubricPart, ctx: ReviewContext): ReviewWrites {
  const ratings = { ...attempt.ratings, [part]: NOT_APPLICABLE };
  const change = attempt.ratings[part] === NOT_APPLICABLE || applicableParts(ratings).length === 0;
  return withHints(attempt, ctx, change ? null : withRatings(attempt, ratings));
}

/** Makes a part marked "doesn't apply" count again, unrated; the grade follows. */
export function markApplicable(attempt: Attempt, part: RubricPart, ctx: ReviewContext): ReviewWrites {
  if (attempt.ratings[part] !== NOT_APPLICABLE) return withHints(attempt, ctx, null);
  return withHints(attempt, ctx, withRatings(attempt, { ...attempt.ratings, [part]: null }));
}

/** The user's own grade: an override unless it is the one the ratings give. */
export function chooseGrade(attempt: Attempt, grade: Grade, ctx: ReviewContext): ReviewWrites {
  return withHints(attempt, ctx, { grade, gradeOverridden: grade !== gradeFromRatings(attempt.ratings) });
}

/** Back to the grade the ratings give. */
export function resetGrade(attempt: Attempt, ctx: ReviewContext): ReviewWrites {
  return withHints(attempt, ctx, { grade: gradeFromRatings(attempt.ratings), gradeOverridden: false });
}

/** Ticks or unticks one item of a checklist (its index in the model answer's bullets). */
export function toggleCovered(
  attempt: Attempt,
  field: ChecklistField,
  index: number,
  ctx: ReviewContext,
): ReviewWrites {
  return withHints(attempt, ctx, { [field]: toggleIndex(attempt[field], index) });
}

/** Saves the note, when it changed. */
export function saveNote(attempt: Attempt, text: string, ctx: ReviewContext): ReviewWrites {
  return withHints(attempt, ctx, attempt.note === text ? null : { note: text });
}

/**
 * Moving on: a fully rated answer is stamped rated (`ratedAt`, once), which
 * counts it toward progress and reviews it in the schedule. A partly rated one
 * is not: stamping it would count it with no score behind it.
 */
export function finishReview(attempt: Attempt, now: number, ctx: ReviewContext): ReviewWrites {
  const finishes = attempt.ratedAt === null && isFullyRated(attempt.ratings);
  return withHints(attempt, ctx, finishes ? { ratedAt: now } : null);
}

/** Adds or removes one checklist index, keeping the list sorted so stored attempts compare cleanly. */
export function toggleIndex(list: readonly number[], index: number): number[] {
  return list.includes(index) ? list.filter((i) => i !== index) : [...list, index].sort((a, b) => a - b);
}
