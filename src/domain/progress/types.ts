/** The shapes computeProgress (index.ts) returns, and the limits it works to. */
import type { Attempt, PracticeSession, RubricPart } from '../model';

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
