/**
 * Progress over all of a user's practice: score over time, strength by
 * category and guide, a practice calendar with the current streak, totals,
 * the weakest questions and rubric part, and self-calibration findings.
 *
 * Everything is a pure function of `{ sessions, attempts, questionInfo, now }`
 * and runs in one pass over the attempts (plus sorting what it keeps), so
 * 10,000 attempts take milliseconds; callers memoise the result on the
 * identity of their inputs. Days are local calendar days (the user's time
 * zone), identified by an "epoch day" number computed from the local
 * year/month/day, so daylight-saving changes never merge or split a day.
 *
 * What counts: an "answer" is a submitted attempt that was not skipped.
 * Scores (0–100, `scoreOf`) exist only for fully rated answers; a part's
 * average counts every answer that rated that part. A part marked "doesn't
 * apply" ('na') is not a rating: it adds nothing to that part's average, its
 * day's line or the calibration findings, and the answer's score is over the
 * parts that apply. Skipped attempts add their time to the total but never a
 * day of practice or a score.
 */
import { detectParts } from './hints';
import { RUBRIC_PARTS, type Attempt, type PracticeSession, type Rating, type RubricPart } from './model';
import { MAX_RATING, PART_INFO, scoreOf } from './rubric';
import { isTimestamp } from './timestamps';

export interface QuestionInfo {
  text: string;
  category: string;
  guideSlug: string;
}

export interface ProgressInput {
  sessions: Record<string, PracticeSession> | readonly PracticeSession[];
  attempts: Record<string, Attempt> | readonly Attempt[];
  /** Undefined for a question no longer in the library. */
  questionInfo: (questionId: string) => QuestionInfo | undefined;
  /** Defaults to Date.now(). */
  now?: number;
  /** Weeks the calendar covers, ending with the current week. */
  calendarWeeks?: number;
}

/** One day with scored or rated answers. Values are 0–100 (a part's mean rating × 25), unrounded. */
export interface DayScore {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Epoch day of the local date (days since 1970-01-01), for spacing points on a time axis. */
  day: number;
  /** Mean score of the day's fully rated answers; null when none was fully rated. */
  overall: number | null;
  /** Fully rated answers that day. */
  count: number;
  parts: Record<RubricPart, number | null>;
}

export interface GroupStrength {
  /** Category name or guide slug. */
  key: string;
  /** Mean score (0–100, unrounded) of the group's fully rated answers. */
  average: number;
  /** Fully rated answers in the group. */
  count: number;
  /** Distinct questions among them. */
  questions: number;
}

export interface CalendarDay {
  date: string;
  day: number;
  /** Answers submitted that day (skips excluded). */
  count: number;
  /** Later than today (the rest of the current week). */
  future: boolean;
}

export interface PracticeCalendar {
  /** Week columns, oldest first, each Monday → Sunday. */
  weeks: CalendarDay[][];
  /** Highest daily count in the window (0 when none). */
  max: number;
  /** Answers inside the window. */
  total: number;
  /** Days inside the window with at least one answer. */
  activeDays: number;
}

export interface Streak {
  /** Consecutive days with an answer, ending today or yesterday; 0 otherwise. */
  current: number;
  longest: number;
  practisedToday: boolean;
  /** Local date of the most recent answer, or null. */
  lastDate: string | null;
}

export interface WeakQuestion {
  questionId: string;
  text: string;
  category: string;
  guideSlug: string;
  /** Score of the latest fully rated answer. */
  score: number;
  /** Fully rated answers to this question. */
  attempts: number;
  lastAt: number;
}

export interface CalibrationFinding {
  part: RubricPart;
  direction: 'over' | 'under';
  /** Answers where the user rated the part. */
  rated: number;
  /** Of those, rated 3–4 ('over') or 0–1 ('under'). */
  matching: number;
  /** Of the matching ones, answers where the hints found the part. */
  detected: number;
  message: string;
}

export interface Totals {
  /** Submitted, not skipped. */
  answers: number;
  skipped: number;
  /** Fully rated answers. */
  scored: number;
  /** Distinct questions answered. */
  questions: number;
  sessions: number;
  completedSessions: number;
  /** Answering time of every attempt, skips included (pauses are already excluded). */
  practiceMs: number;
  /** Days with at least one answer, ever. */
  activeDays: number;
  /** Mean score of every fully rated answer, unrounded; null when none. */
  averageScore: number | null;
}

export interface Progress {
  /** False when there is nothing to show: no answers at all. */
  hasData: boolean;
  today: string;
  totals: Totals;
  scoreOverTime: DayScore[];
  byCategory: GroupStrength[];
  byGuide: GroupStrength[];
  calendar: PracticeCalendar;
  streak: Streak;
  weakestQuestions: WeakQuestion[];
  /** Mean rating (0–4, unrounded) of each part over every answer that rated it. */
  partAverages: Record<RubricPart, number | null>;
  weakestPart: { part: RubricPart; average: number; tip: string } | null;
  calibration: CalibrationFinding[];
}

export const CALENDAR_WEEKS = 20;
export const MAX_WEAK_QUESTIONS = 5;
/** Calibration looks at the most recent rated answers: today's habits, not last year's. */
export const CALIBRATION_WINDOW = 50;
export const CALIBRATION_MIN_RATED = 8;
/** Share of rated answers at one end of the scale that makes a habit. */
export const CALIBRATION_HABIT_SHARE = 0.6;
/** Below this share of those answers showing the part, a high rating looks generous (and the reverse). */
export const CALIBRATION_EVIDENCE_SHARE = 0.35;
/** Category for questions the library no longer has. */
export const UNKNOWN_CATEGORY = 'Not in the library';

const MS_PER_DAY = 86_400_000;

/** The local calendar date of a time, as days since 1970-01-01 (DST-proof). */
export function localDay(ms: number): number {
  const d = new Date(ms);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / MS_PER_DAY);
}

/** YYYY-MM-DD of an epoch day. */
export function dayKey(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 Monday … 6 Sunday. */
function weekday(day: number): number {
  // 1970-01-01 was a Thursday (3 counting from Monday).
  return (((day + 3) % 7) + 7) % 7;
}

function isRating(value: unknown): value is Rating {
  return value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
}

function valuesOf<T>(input: Record<string, T> | readonly T[]): readonly T[] {
  return Array.isArray(input) ? (input as readonly T[]) : Object.values(input as Record<string, T>);
}

interface Acc {
  sum: number;
  count: number;
}

interface DayAcc {
  score: Acc;
  parts: Record<RubricPart, Acc>;
}

interface GroupAcc extends Acc {
  questions: Set<string>;
}

function partAccs(): Record<RubricPart, Acc> {
  return {
    context: { sum: 0, count: 0 },
    approach: { sum: 0, count: 0 },
    example: { sum: 0, count: 0 },
    outcome: { sum: 0, count: 0 },
  };
}

function mean(acc: Acc): number | null {
  return acc.count ? acc.sum / acc.count : null;
}

function addToGroup(groups: Map<string, GroupAcc>, key: string, score: number, questionId: string) {
  let group = groups.get(key);
  if (!group) {
    group = { sum: 0, count: 0, questions: new Set() };
    groups.set(key, group);
  }
  group.sum += score;
  group.count += 1;
  group.questions.add(questionId);
}

/** Weakest first; ties by name so the order is stable. */
function strengths(groups: Map<string, GroupAcc>): GroupStrength[] {
  return [...groups]
    .map(([key, g]) => ({ key, average: g.sum / g.count, count: g.count, questions: g.questions.size }))
    .sort((a, b) => a.average - b.average || a.key.localeCompare(b.key));
}

/** What each part looks like in an answer, for calibration messages. */
const PART_EVIDENCE: Record<RubricPart, { present: string; verb: string }> = {
  context: { present: 'set the scene (where, your role, what was at stake)', verb: 'set the scene' },
  approach: { present: 'say what you decided to do and why', verb: 'explain a plan or decision' },
  example: { present: 'give concrete steps, names or dates', verb: 'give concrete details' },
  outcome: { present: 'state a result or a number', verb: 'state a result' },
};

const presentCache = new WeakMap<Attempt, Record<RubricPart, boolean>>();

/** detectParts is the costly step: cached per attempt record (records are replaced, never mutated). */
function partsPresent(attempt: Attempt): Record<RubricPart, boolean> {
  let found = presentCache.get(attempt);
  if (!found) {
    const detected = detectParts(attempt.answer);
    found = {
      context: detected.context.present,
      approach: detected.approach.present,
      example: detected.example.present,
      outcome: detected.outcome.present,
    };
    presentCache.set(attempt, found);
  }
  return found;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Where the user's ratings and the hints disagree, as habits: over the most
 * recent rated answers (at most CALIBRATION_WINDOW), a part rated 3–4 in at
 * least 60 % of 8 or more answers while the hints find it in under 35 % of
 * those ('over'), or rated 0–1 that often while the hints find it in over
 * 65 % of them ('under'). Answers that marked the part "doesn't apply" are
 * not among them. Hints are heuristics, so the wording suggests, never
 * asserts.
 */
export function calibrationFindings(rated: readonly Attempt[]): CalibrationFinding[] {
  const recent = [...rated]
    .filter((a) => !a.skipped && typeof a.answer === 'string' && a.answer.trim() !== '')
    .sort((a, b) => b.submittedAt - a.submittedAt)
    .slice(0, CALIBRATION_WINDOW);
  const findings: CalibrationFinding[] = [];
  for (const part of RUBRIC_PARTS) {
    let ratedCount = 0;
    let high = 0;
    let highFound = 0;
    let low = 0;
    let lowFound = 0;
    for (const attempt of recent) {
      const rating = attempt.ratings?.[part];
      if (!isRating(rating)) continue;
      ratedCount++;
      if (rating >= 3) {
        high++;
        if (partsPresent(attempt)[part]) highFound++;
      } else if (rating <= 1) {
        low++;
        if (partsPresent(attempt)[part]) lowFound++;
      }
    }
    if (ratedCount < CALIBRATION_MIN_RATED) continue;
    const label = PART_INFO[part].label;
    if (high >= ratedCount * CALIBRATION_HABIT_SHARE && highFound < high * CALIBRATION_EVIDENCE_SHARE) {
      findings.push({
        part,
        direction: 'over',
        rated: ratedCount,
        matching: high,
        detected: highFound,
        message:
          `You rate ${label} 3–4 in ${high} of ${plural(ratedCount, 'answer')}, but ` +
          (highFound === 0
            ? `none of those answers seems to ${PART_EVIDENCE[part].present}.`
            : `only ${highFound} of those ${highFound === 1 ? 'answers seems' : 'answers seem'} to ${PART_EVIDENCE[part].present}.`) +
          ' Check it against the rubric before rating it high.',
      });
    } else if (low >= ratedCount * CALIBRATION_HABIT_SHARE && lowFound > low * (1 - CALIBRATION_EVIDENCE_SHARE)) {
      findings.push({
        part,
        direction: 'under',
        rated: ratedCount,
        matching: low,
        detected: lowFound,
        message:
          `You rate ${label} 0–1 in ${low} of ${plural(ratedCount, 'answer')}, yet ${lowFound} of those ` +
          `${lowFound === 1 ? 'answer seems' : 'answers seem'} to ${PART_EVIDENCE[part].verb}. You may be underrating it.`,
      });
    }
  }
  return findings;
}

/** The current and longest runs of consecutive days in a set of epoch days. */
export function streakOf(days: ReadonlySet<number>, today: number): Streak {
  let longest = 0;
  let last: number | null = null;
  for (const day of days) {
    if (last === null || day > last) last = day;
    // Count runs only from their first day: linear overall.
    if (days.has(day - 1)) continue;
    let length = 1;
    while (days.has(day + length)) length++;
    if (length > longest) longest = length;
  }
  let current = 0;
  const end = days.has(today) ? today : days.has(today - 1) ? today - 1 : null;
  if (end !== null) while (days.has(end - current)) current++;
  return { current, longest, practisedToday: days.has(today), lastDate: last === null ? null : dayKey(last) };
}

export function computeProgress(input: ProgressInput): Progress {
  const now = input.now ?? Date.now();
  const today = localDay(now);
  const weeks = Math.max(1, Math.floor(input.calendarWeeks ?? CALENDAR_WEEKS));
  const sessions = valuesOf(input.sessions);
  const attempts = valuesOf(input.attempts);

  const days = new Map<number, DayAcc>();
  const answersPerDay = new Map<number, number>();
  const byCategory = new Map<string, GroupAcc>();
  const byGuide = new Map<string, GroupAcc>();
  const latestScored = new Map<string, { attempt: Attempt; score: number; count: number }>();
  const answeredQuestions = new Set<string>();
  const parts = partAccs();
  const overall: Acc = { sum: 0, count: 0 };
  const rated: Attempt[] = [];
  const infoCache = new Map<string, QuestionInfo | undefined>();
  let answers = 0;
  let skipped = 0;
  let practiceMs = 0;

  for (const attempt of attempts) {
    if (!attempt || typeof attempt !== 'object') continue;
    if (Number.isFinite(attempt.durationMs) && attempt.durationMs > 0) practiceMs += attempt.durationMs;
    if (attempt.skipped) {
      skipped++;
      continue;
    }
    // No day to put it on (a finite number can still be no date): left out of the day-based figures.
    if (!isTimestamp(attempt.submittedAt)) continue;
    answers++;
    answeredQuestions.add(attempt.questionId);
    const day = localDay(attempt.submittedAt);
    answersPerDay.set(day, (answersPerDay.get(day) ?? 0) + 1);

    const ratings = attempt.ratings;
    if (!ratings) continue;
    let acc: DayAcc | undefined;
    let anyRated = false;
    for (const part of RUBRIC_PARTS) {
      const rating = ratings[part];
      if (!isRating(rating)) continue;
      anyRated = true;
      acc ??= days.get(day) ?? { score: { sum: 0, count: 0 }, parts: partAccs() };
      acc.parts[part].sum += rating;
      acc.parts[part].count += 1;
      parts[part].sum += rating;
      parts[part].count += 1;
    }
    if (!anyRated) continue;
    rated.push(attempt);
    days.set(day, acc!);

    const score = scoreOf(ratings);
    if (score === null) continue;
    acc!.score.sum += score;
    acc!.score.count += 1;
    overall.sum += score;
    overall.count += 1;

    let info = infoCache.get(attempt.questionId);
    if (!infoCache.has(attempt.questionId)) {
      info = input.questionInfo(attempt.questionId);
      infoCache.set(attempt.questionId, info);
    }
    addToGroup(byCategory, info?.category ?? UNKNOWN_CATEGORY, score, attempt.questionId);
    addToGroup(byGuide, info?.guideSlug ?? attempt.guideSlug, score, attempt.questionId);

    const prev = latestScored.get(attempt.questionId);
    if (!prev) latestScored.set(attempt.questionId, { attempt, score, count: 1 });
    else {
      prev.count += 1;
      // Equal times keep the later one in the list: it was recorded after.
      if (attempt.submittedAt >= prev.attempt.submittedAt) {
        prev.attempt = attempt;
        prev.score = score;
      }
    }
  }

  const scoreOverTime: DayScore[] = [...days]
    .sort((a, b) => a[0] - b[0])
    .map(([day, acc]) => {
      const dayParts = {} as Record<RubricPart, number | null>;
      for (const part of RUBRIC_PARTS) {
        const m = mean(acc.parts[part]);
        dayParts[part] = m === null ? null : (m / MAX_RATING) * 100;
      }
      return { date: dayKey(day), day, overall: mean(acc.score), count: acc.score.count, parts: dayParts };
    });

  // Calendar: whole Monday–Sunday weeks, the last one holding today.
  const firstDay = today - weekday(today) - (weeks - 1) * 7;
  const calendarWeeks: CalendarDay[][] = [];
  let max = 0;
  let windowTotal = 0;
  let windowActive = 0;
  for (let w = 0; w < weeks; w++) {
    const column: CalendarDay[] = [];
    for (let d = 0; d < 7; d++) {
      const day = firstDay + w * 7 + d;
      const count = answersPerDay.get(day) ?? 0;
      if (count > max) max = count;
      windowTotal += count;
      if (count > 0) windowActive++;
      column.push({ date: dayKey(day), day, count, future: day > today });
    }
    calendarWeeks.push(column);
  }

  const weakestQuestions: WeakQuestion[] = [];
  for (const [questionId, { attempt, score, count }] of latestScored) {
    const info = infoCache.get(questionId);
    // Only questions the user can open and practise again; a perfect score is not weak.
    if (!info || score >= 100) continue;
    weakestQuestions.push({
      questionId,
      text: info.text,
      category: info.category,
      guideSlug: info.guideSlug,
      score,
      attempts: count,
      lastAt: attempt.submittedAt,
    });
  }
  // Lowest score first; ties: the one left alone longest.
  weakestQuestions.sort((a, b) => a.score - b.score || a.lastAt - b.lastAt || a.questionId.localeCompare(b.questionId));
  weakestQuestions.length = Math.min(weakestQuestions.length, MAX_WEAK_QUESTIONS);

  const partAverages = {} as Record<RubricPart, number | null>;
  let weakestPart: Progress['weakestPart'] = null;
  for (const part of RUBRIC_PARTS) {
    const average = mean(parts[part]);
    partAverages[part] = average;
    if (average === null || average >= MAX_RATING) continue;
    if (weakestPart === null || average < weakestPart.average) {
      weakestPart = { part, average, tip: PART_INFO[part].tip };
    }
  }

  return {
    hasData: answers > 0,
    today: dayKey(today),
    totals: {
      answers,
      skipped,
      scored: overall.count,
      questions: answeredQuestions.size,
      sessions: sessions.length,
      completedSessions: sessions.filter((s) => s?.status === 'completed').length,
      practiceMs,
      activeDays: answersPerDay.size,
      averageScore: mean(overall),
    },
    scoreOverTime,
    byCategory: strengths(byCategory),
    byGuide: strengths(byGuide),
    calendar: { weeks: calendarWeeks, max, total: windowTotal, activeDays: windowActive },
    streak: streakOf(new Set(answersPerDay.keys()), today),
    weakestQuestions,
    partAverages,
    weakestPart,
    calibration: calibrationFindings(rated),
  };
}
