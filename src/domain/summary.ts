/**
 * The end-of-session summary: one row per question of the session (in the
 * order asked, each from that question's latest attempt), the average rating
 * of each rubric part, the overall score, the weakest part with a tip for it,
 * and which questions to retry. Scores and averages count only what was
 * actually rated: skipped questions, questions never reached and partly rated
 * attempts add nothing to an average (rather than a zero), so a short session
 * is summarised by what the user did, not by what they missed. A part marked
 * "doesn't apply" to a question is left out the same way (never counted as a
 * 0), and counted apart so the screen can say "n/a".
 */
import { NOT_APPLICABLE, RUBRIC_PARTS, type Attempt, type Grade, type RubricPart } from './model';
import { effectiveGrade, isRating, MAX_RATING, PART_INFO, scoreOf } from './rubric';

/** Rated questions scoring below this are suggested for a retry. */
export const RETRY_BELOW_SCORE = 75;
/** At most this many rated questions are suggested for a retry (skipped ones come on top). */
export const MAX_RETRY_RATED = 3;

export interface SummaryRow {
  questionId: string;
  text: string;
  /** The latest attempt at the question in this session; null when it was never reached. */
  attemptId: string | null;
  skipped: boolean;
  /** 0–100 once every part that applies is rated; null for skipped, unrated or partly rated attempts. */
  score: number | null;
  grade: Grade | null;
  durationMs: number | null;
  overtimeSec: number;
}

export interface SessionSummary {
  rows: SummaryRow[];
  /** Mean rating (0–4, unrounded) of each part over the attempts that rated it; null when none did. */
  partAverages: Record<RubricPart, number | null>;
  /** Per part, how many answered questions marked it "doesn't apply" (left out of its average). */
  notApplicable: Record<RubricPart, number>;
  /** Mean of the rows' scores, rounded; null when no question has a score. */
  overallScore: number | null;
  /** Lowest average, ties to the earlier part in rubric order; null with nothing rated or every part at 4. */
  weakestPart: RubricPart | null;
  tip: string | null;
  totalDurationMs: number;
  /** Questions with a submitted (not skipped) answer. */
  answered: number;
  skipped: number;
  /** Up to three rated questions scoring under 75, weakest first (ties in session order), then every skipped one. */
  retryIds: string[];
}

function latestByQuestion(attempts: readonly Attempt[]): Map<string, Attempt> {
  const latest = new Map<string, Attempt>();
  for (const a of attempts) {
    const prev = latest.get(a.questionId);
    // Equal times keep the later one in the list: it was recorded after.
    if (!prev || a.submittedAt >= prev.submittedAt) latest.set(a.questionId, a);
  }
  return latest;
}

export function summarizeSession(input: {
  questionIds: string[];
  attempts: Attempt[];
  questionText: (id: string) => string;
}): SessionSummary {
  const latest = latestByQuestion(input.attempts);
  const seen = new Set<string>();
  const rows: SummaryRow[] = [];
  const rated: Attempt[] = [];
  for (const questionId of input.questionIds) {
    // A question listed twice is still one question to summarise.
    if (seen.has(questionId)) continue;
    seen.add(questionId);
    const attempt = latest.get(questionId) ?? null;
    const skipped = attempt?.skipped === true;
    if (attempt && !skipped) rated.push(attempt);
    rows.push({
      questionId,
      text: input.questionText(questionId),
      attemptId: attempt?.id ?? null,
      skipped,
      score: attempt && !skipped ? scoreOf(attempt.ratings) : null,
      grade: attempt && !skipped ? effectiveGrade(attempt) : null,
      durationMs: attempt ? attempt.durationMs : null,
      overtimeSec: attempt?.overtimeSec ?? 0,
    });
  }

  const partAverages = {} as Record<RubricPart, number | null>;
  const notApplicable = {} as Record<RubricPart, number>;
  for (const part of RUBRIC_PARTS) {
    const values = rated.map((a) => a.ratings?.[part]).filter(isRating);
    partAverages[part] = values.length ? values.reduce((s: number, v) => s + v, 0) / values.length : null;
    notApplicable[part] = rated.filter((a) => a.ratings?.[part] === NOT_APPLICABLE).length;
  }

  let weakestPart: RubricPart | null = null;
  for (const part of RUBRIC_PARTS) {
    const avg = partAverages[part];
    if (avg === null || avg >= MAX_RATING) continue;
    if (weakestPart === null || avg < partAverages[weakestPart]!) weakestPart = part;
  }

  const scores = rows.map((r) => r.score).filter((s): s is number => s !== null);
  const weak = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.score !== null && row.score < RETRY_BELOW_SCORE)
    .sort((a, b) => a.row.score! - b.row.score! || a.index - b.index)
    .slice(0, MAX_RETRY_RATED)
    .map(({ row }) => row.questionId);

  return {
    rows,
    partAverages,
    notApplicable,
    overallScore: scores.length ? Math.round(scores.reduce((s, v) => s + v, 0) / scores.length) : null,
    weakestPart,
    tip: weakestPart ? PART_INFO[weakestPart].tip : null,
    totalDurationMs: rows.reduce((s, r) => s + (Number.isFinite(r.durationMs) ? r.durationMs! : 0), 0),
    answered: rows.filter((r) => r.attemptId !== null && !r.skipped).length,
    skipped: rows.filter((r) => r.skipped).length,
    retryIds: [...weak, ...rows.filter((r) => r.skipped).map((r) => r.questionId)],
  };
}
