/**
 * The practice data model: what a user's sessions and attempts are. Shared by
 * the store (which keeps them), the domain functions (which score and
 * summarise them) and the features (which show them). Plain JSON-safe data.
 *
 * The shapes are defined once, with their bounds, in schema.ts; the types
 * here are derived from it. Stored records carry `schemaVersion`; any change
 * of shape is a migration step (versions.ts).
 */

import type * as z from 'zod/mini';

import {
  type ANSWER_INPUTS,
  type ANSWER_SOURCES,
  type attemptSchema,
  type draftSchema,
  type GRADES,
  type hintsSchema,
  type NOT_APPLICABLE,
  type planSchema,
  type QUESTION_ORDERS,
  type RATINGS,
  type RECORD_KINDS,
  type ratingsSchema,
  type recordingSchema,
  type recordingSettingsSchema,
  type reviewCardSchema,
  type RUBRIC_PARTS,
  type scheduleSchema,
  type sessionSchema,
  type sessionSettingsSchema,
  type SESSION_STATUSES,
  type settingsSchema,
  type storySchema,
  type userGuideSchema,
  type THEMES,
  type THINK_TIMES,
  type TIME_LIMITS,
} from './schema';

// The lists live in the schema (one list per enum); the versions in versions.ts.
export { GRADES, NOT_APPLICABLE, RUBRIC_PARTS } from './schema';
export { RECORD_VERSIONS, SCHEMA_VERSION } from './versions';

export type RubricPart = (typeof RUBRIC_PARTS)[number];
/** 0 missing, 1 vague, 2 present but generic, 3 specific, 4 specific and measurable. */
export type Rating = (typeof RATINGS)[number];
export type NotApplicable = typeof NOT_APPLICABLE;
/** Per part: a rating, 'na' (doesn't apply), or null (not rated yet). At least one part applies. */
export type Ratings = z.output<typeof ratingsSchema>;
export type Grade = (typeof GRADES)[number];

export type QuestionOrder = (typeof QUESTION_ORDERS)[number];
export type TimeLimit = (typeof TIME_LIMITS)[number];
export type ThinkTime = (typeof THINK_TIMES)[number];
export type AnswerInput = (typeof ANSWER_INPUTS)[number];
/** How an attempt's text was produced. */
export type AnswerSource = (typeof ANSWER_SOURCES)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type Theme = (typeof THEMES)[number];

export type SessionSettings = z.output<typeof sessionSettingsSchema>;
export type PracticeSession = z.output<typeof sessionSchema>;
export type HintsShown = z.output<typeof hintsSchema>;
export type Attempt = z.output<typeof attemptSchema>;
/** The answer being written: kept in the persisted store so a reload loses nothing. */
export type Draft = z.output<typeof draftSchema>;
export type Settings = z.output<typeof settingsSchema>;
/** FSRS memory state of one question, as stored (times in ms since the epoch). */
export type ReviewCard = z.output<typeof reviewCardSchema>;
/** One question's review schedule; `log` makes every review undoable. */
export type ReviewSchedule = z.output<typeof scheduleSchema>;
/** Per-guide plan: the schedule brings every question of the guide back before the interview. */
export type GuidePlan = z.output<typeof planSchema>;

/** A guide of the user's own (imported or written in the app), with the parsed guide. */
export type UserGuide = z.output<typeof userGuideSchema>;
export type GuideOrigin = UserGuide['origin'];
/** A STAR story from the user's story bank. */
export type Story = z.output<typeof storySchema>;
/** A recorded answer's description (the audio is a Blob kept beside it, never in state). */
export type Recording = z.output<typeof recordingSchema>;
export type RecordingSettings = z.output<typeof recordingSettingsSchema>;

/**
 * A stored record that failed the checks on load (kept on disk, untouched),
 * as Export JSON carries it so that nothing is lost by exporting and
 * clearing. An import ignores these: they are not merged.
 */
export interface SetAsideEntry {
  store: (typeof RECORD_KINDS)[number];
  /** The record's key (`id`, `questionId` or `guideSlug`), when it has one. */
  key: string | null;
  reason: string;
  value: unknown;
}

/** Everything a user has, as one versioned JSON file (domain/transfer checks it on import). */
export interface ExportFile {
  format: 'rehearse-export';
  version: 1;
  exportedAt: string;
  sessions: PracticeSession[];
  attempts: Attempt[];
  schedules: ReviewSchedule[];
  plans: GuidePlan[];
  /** The user's own guides (an export made before there were any has none: read as empty). */
  guides: UserGuide[];
  /** The STAR story bank (likewise empty when absent). */
  stories: Story[];
  /** Recorded answers' descriptions (the audio travels only in the archive export; likewise empty when absent). */
  recordings: Recording[];
  settings: Settings;
  /** Records this build set aside as unreadable; absent when there are none. Not imported. */
  setAside?: SetAsideEntry[];
}
