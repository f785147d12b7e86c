/**
 * The practice data model: what a user's sessions and attempts are. Shared by
 * the store (which keeps them), the domain functions (which score and
 * summarise them) and the features (which show them). Plain JSON-safe data.
 *
 * Stored records carry `schemaVersion`; any change of shape is a migration.
 */

/**
 * The shape version of each kind of stored record, counted per kind so that a
 * change to one kind leaves older builds reading the others: each change is a
 * named step in stores/persistence/migrations.ts. Attempts 2: a rating may be
 * 'na' (doesn't apply).
 */
export const RECORD_VERSIONS = { sessions: 1, attempts: 2, schedules: 1, plans: 1 } as const;

/** The four rubric parts, in the order they are shown and rated. */
export const RUBRIC_PARTS = ['context', 'approach', 'example', 'outcome'] as const;
export type RubricPart = (typeof RUBRIC_PARTS)[number];

/** 0 missing, 1 vague, 2 present but generic, 3 specific, 4 specific and measurable. */
export type Rating = 0 | 1 | 2 | 3 | 4;
/**
 * A part marked "doesn't apply to this question" (a technical question has no
 * situation to set): left out of the score, the grade and every average. Its
 * own value, never 0, so it can't be mistaken for "missing".
 */
export const NOT_APPLICABLE = 'na';
export type NotApplicable = typeof NOT_APPLICABLE;
/** Per part: a rating, 'na' (doesn't apply), or null (not rated yet). At least one part applies. */
export type Ratings = Record<RubricPart, Rating | NotApplicable | null>;

/** What review scheduling uses (FSRS-style). */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export type QuestionOrder = 'guide' | 'shuffled' | 'weakest' | 'due';
export type TimeLimit = 0 | 60 | 120 | 180;
export type ThinkTime = 0 | 10 | 30;
export type AnswerInput = 'type' | 'voice';
/** How an attempt's text was produced. */
export type AnswerSource = 'typed' | 'dictated' | 'mixed';

export interface SessionSettings {
  /** Guides to draw from (slugs). */
  guideSlugs: string[];
  /** Categories to include; empty means all. */
  categories: string[];
  /** How many questions (capped by what the selection has). */
  count: number;
  order: QuestionOrder;
  /** Seconds per answer; 0 = no clock. */
  timeLimitSec: TimeLimit;
  /** Seconds to think before the clock starts; 0 = none. */
  thinkTimeSec: ThinkTime;
  input: AnswerInput;
}

export type SessionStatus = 'active' | 'completed' | 'abandoned';

export interface PracticeSession {
  schemaVersion: number;
  id: string;
  createdAt: number;
  updatedAt: number;
  settings: SessionSettings;
  /** The questions of this session, in the order they are asked. */
  questionIds: string[];
  /** Index into questionIds of the question being answered or reviewed. */
  currentIndex: number;
  status: SessionStatus;
  /** Set while the user has paused the clock. */
  pausedAt: number | null;
  completedAt: number | null;
}

export interface HintsShown {
  /** Parts the answer appeared to contain when the hints were shown. */
  partsDetected: RubricPart[];
  termsUsed: string[];
  termsMissed: string[];
}

export interface Attempt {
  schemaVersion: number;
  id: string;
  sessionId: string;
  questionId: string;
  guideSlug: string;
  answer: string;
  source: AnswerSource;
  /** When the clock started (after think time). */
  startedAt: number;
  submittedAt: number;
  /** Time spent answering, pauses excluded. */
  durationMs: number;
  timeLimitSec: TimeLimit;
  /** Seconds past the limit at submit (0 when within it or no limit). */
  overtimeSec: number;
  skipped: boolean;
  ratings: Ratings;
  /** Indices into the model answer's Best Practices bullets the user says they covered. */
  practicesCovered: number[];
  /** Indices into the Pitfalls bullets the user says they fell into. */
  pitfallsHit: number[];
  hints: HintsShown | null;
  /** Derived from the ratings unless the user overrode it. */
  grade: Grade | null;
  gradeOverridden: boolean;
  note: string;
  /** When the user finished rating; null while unrated. */
  ratedAt: number | null;
}

/** The answer being written: kept in the persisted store so a reload loses nothing. */
export interface Draft {
  sessionId: string;
  questionId: string;
  text: string;
  source: AnswerSource;
  /** When the clock started; null during think time or before the question was shown. */
  startedAt: number | null;
  /** Answering time banked before the last pause. */
  elapsedMs: number;
  updatedAt: number;
}

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  theme: Theme;
  /** The last setup used, to pre-fill the next one. */
  lastSetup: SessionSettings | null;
}

/** FSRS memory state of one question, as stored (times in ms since the epoch). */
export interface ReviewCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: number | null;
}

/** One question's review schedule; `log` makes every review undoable. */
export interface ReviewSchedule {
  schemaVersion: number;
  questionId: string;
  guideSlug: string;
  card: ReviewCard;
  /** Reviews in order; `before` is the card as it was, so undoing the last one restores it. */
  log: { attemptId: string; grade: Grade; reviewedAt: number; before: ReviewCard | null }[];
  updatedAt: number;
}

/** Per-guide plan: the schedule brings every question of the guide back before the interview. */
export interface GuidePlan {
  schemaVersion: number;
  guideSlug: string;
  /** YYYY-MM-DD, or null when none is set. */
  interviewDate: string | null;
  updatedAt: number;
}

/** Everything a user has, as one versioned JSON file. */
/**
 * A stored record that failed the checks on load (kept on disk, untouched),
 * as Export JSON carries it so that nothing is lost by exporting and
 * clearing. An import ignores these: they are not merged.
 */
export interface SetAsideEntry {
  store: 'sessions' | 'attempts' | 'schedules' | 'plans';
  /** The record's key (`id`, `questionId` or `guideSlug`), when it has one. */
  key: string | null;
  reason: string;
  value: unknown;
}

export interface ExportFile {
  format: 'rehearse-export';
  version: 1;
  exportedAt: string;
  sessions: PracticeSession[];
  attempts: Attempt[];
  schedules: ReviewSchedule[];
  plans: GuidePlan[];
  settings: Settings;
  /** Records this build set aside as unreadable; absent when there are none. Not imported. */
  setAside?: SetAsideEntry[];
}
