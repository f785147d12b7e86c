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
import { RUBRIC_PARTS, type Attempt, type RubricPart } from '../model';
import { MAX_RATING, PART_INFO, scoreOf } from '../rubric';
import { isTimestamp } from '../timestamps';
import { calibrationFindings, isRating } from './calibration';
import { dayKey, localDay, streakOf, weekday } from './days';
import {
  CALENDAR_WEEKS,
  MAX_WEAK_QUESTIONS,
  UNKNOWN_CATEGORY,
  type CalendarDay,
  type DayScore,
  type GroupStrength,
  type Progress,
  type ProgressInput,
  type QuestionInfo,
  type WeakQuestion,
} from './types';

export { calibrationFindings } from './calibration';
export { dayKey, localDay, streakOf } from './days';
export {
  CALENDAR_WEEKS,
  CALIBRATION_EVIDENCE_SHARE,
  CALIBRATION_HABIT_SHARE,
  CALIBRATION_MIN_RATED,
  CALIBRATION_WINDOW,
  MAX_WEAK_QUESTIONS,
  UNKNOWN_CATEGORY,
} from './types';
export type {
  CalendarDay,
  CalibrationFinding,
  DayScore,
  GroupStrength,
  PracticeCalendar,
  Progress,
  ProgressInput,
  QuestionInfo,
  Streak,
  Totals,
  WeakQuestion,
} from './types';

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
