/**
 * The one schema of every record Rehearse stores or exports: sessions,
 * attempts, review schedules, guide plans (IndexedDB), drafts and settings
 * (localStorage). The model's types are derived from it (domain/model.ts),
 * and every check uses it: loading from storage, messages from other tabs,
 * import files, the crash screen's rescue export. So what the app writes,
 * reads, sends and accepts cannot drift apart.
 *
 * Bounds: every timestamp is a valid date from 1970 to 2199 (timestamps.ts),
 * every text and list has a length limit, every enum comes from one list
 * below. A record that passes can be shown by any page without throwing.
 *
 * Versions are not checked here (only that `schemaVersion` is a whole number
 * from 1): which versions are readable, and how older ones are brought up to
 * date, is versions.ts, which parses with these schemas after migrating.
 *
 * zod/mini (the tree-shakable form of zod): this module is in the store's
 * eagerly loaded chunk, so it pays only for the checks it uses. The built
 * app's CSP has no 'unsafe-eval': zod is configured jitless (no `new
 * Function`, not even its probe), which is plenty fast for these records.
 */
import * as z from 'zod/mini';

import { guideSlugOfQuestion } from '@/content/ids';
import { SECTION_KINDS } from '@/content/types';

import { DELIVERY_SELF_RATINGS } from './delivery/types';
import { parseDateOnly } from './schedule-dates';
import { isTimestamp, TIMESTAMP_RANGE_TEXT } from './timestamps';

z.config({ jitless: true });

// ---------------------------------------------------------------------------
// Enums: each list is the only place its values are written.

/** The four rubric parts, in the order they are shown and rated. */
export const RUBRIC_PARTS = ['context', 'approach', 'example', 'outcome'] as const;
/** 0 missing, 1 vague, 2 present but generic, 3 specific, 4 specific and measurable. */
export const RATINGS = [0, 1, 2, 3, 4] as const;
/**
 * A part marked "doesn't apply to this question" (a technical question has no
 * situation to set): left out of the score, the grade and every average. Its
 * own value, never 0, so it can't be mistaken for "missing".
 */
export const NOT_APPLICABLE = 'na';
/** What review scheduling uses (FSRS-style). */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export const QUESTION_ORDERS = ['guide', 'shuffled', 'weakest', 'due'] as const;
export const TIME_LIMITS = [0, 60, 120, 180] as const;
export const THINK_TIMES = [0, 10, 30] as const;
/** Typing, speaking with dictation, or answering out loud to a question read aloud (recorded either way). */
export const ANSWER_INPUTS = ['type', 'voice', 'interviewer'] as const;
/** How an attempt's text was produced. */
export const ANSWER_SOURCES = ['typed', 'dictated', 'mixed'] as const;
export const SESSION_STATUSES = ['active', 'completed', 'abandoned'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export const CARD_STATES = [0, 1, 2, 3] as const;
/** The stores records are kept in (IndexedDB object stores, and the export's lists). */
export const RECORD_KINDS = ['sessions', 'attempts', 'schedules', 'plans', 'guides', 'stories', 'recordings'] as const;
/** Where a guide of the user's own came from: a markdown file (or paste), or written in the app. */
export const GUIDE_ORIGINS = ['file', 'written'] as const;

/** A JSON object (not null, not a list): the one hand check left, for what comes before a schema applies. */
export const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

// ---------------------------------------------------------------------------
// Bounds

export const LIMITS = {
  /** Ids, slugs, category names. */
  id: 200,
  /** An answer or a draft's text. */
  answer: 100_000,
  note: 20_000,
  /** A term in the hints shown. */
  term: 200,
  /** Questions in a session, reviews in a log. */
  list: 10_000,
  /** Guides, categories, checklist indices, hint terms. */
  shortList: 1000,
  /** A guide's markdown, as imported (5 MB of text). */
  guideSource: 5 * 1024 * 1024,
  /** One part of a model answer, a guide's overview, one part of a STAR story. */
  markdown: 1_000_000,
  /** A story's title, a question's text, a tag list's item. */
  title: 2000,
  /** One recorded answer's audio (about 25 minutes of Opus at 128 kbit/s). */
  recordingBytes: 25 * 1024 * 1024,
  /** Points in a recording's level strip. */
  peaks: 400,
  /** Long pauses kept per answer. */
  pauses: 200,
} as const;

// ---------------------------------------------------------------------------
// Built on first use

/**
 * A schema that zod builds the first time it is used, not when this module loads. zod builds a schema's
 * whole object graph (checks, bound methods) when it is created: this module's records and the export's
 * envelope were half of the store chunk's start-up, 7-15 ms at 1x CPU on every page before a single
 * record was read, and a first visit reads none. A record's schema is built when the first record is
 * checked, in the store's load, a task of its own after the data arrives.
 *
 * The proxy hands every operation to the built schema (methods come bound from zod, so `this` is the
 * schema itself); a schema nested in another is built with its parent.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = () => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // Reported configurable: the proxy's own (empty) target has none of these properties.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}

// ---------------------------------------------------------------------------
// Building blocks

const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));
const text = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T, max: number = LIMITS.list) => z.array(item).check(z.maxLength(max));
const count = z.int().check(z.minimum(0));
const nonNegative = z.number().check(z.minimum(0));
/** A moment: a valid date in the range timestamps.ts allows (a finite number can still be an Invalid Date). */
const time = z.number().check(z.refine(isTimestamp, { error: `expected ${TIMESTAMP_RANGE_TEXT}` }));
const timeOrNull = z.nullable(time);
/** The version a record was written at; versions.ts decides which are readable. */
const schemaVersion = z.int().check(z.minimum(1, { error: 'expected a schema version (a whole number from 1)' }));
const numbers = (values: readonly number[]) => values.slice(0, -1).join(', ') + ` or ${values[values.length - 1]}`;

const rating = z.nullable(
  z.literal([...RATINGS, NOT_APPLICABLE], { error: `expected 0–4 or "${NOT_APPLICABLE}" (doesn't apply)` }),
);
export const ratingsSchema = lazySchema(() =>
  z.object({ context: rating, approach: rating, example: rating, outcome: rating }).check(
    z.refine((r) => RUBRIC_PARTS.some((part) => r[part] !== NOT_APPLICABLE), {
      error: `every part is "${NOT_APPLICABLE}" (doesn't apply); at least one must apply`,
    }),
  ),
);
const grade = z.enum(GRADES);
const timeLimit = z.literal(TIME_LIMITS, { error: `expected ${numbers(TIME_LIMITS)} (seconds)` });
const thinkTime = z.literal(THINK_TIMES, { error: `expected ${numbers(THINK_TIMES)} (seconds)` });
const source = z.enum(ANSWER_SOURCES);

// ---------------------------------------------------------------------------
// Records

export const sessionSettingsSchema = lazySchema(() =>
  z.object({
    /** Guides to draw from (slugs). */
    guideSlugs: list(id, LIMITS.shortList),
    /** Categories to include; empty means all. */
    categories: list(text(LIMITS.id), LIMITS.shortList),
    /** How many questions (capped by what the selection has). */
    count: count.check(z.maximum(LIMITS.list)),
    order: z.enum(QUESTION_ORDERS),
    /** Seconds per answer; 0 = no clock. */
    timeLimitSec: timeLimit,
    /** Seconds to think before the clock starts; 0 = none. */
    thinkTimeSec: thinkTime,
    input: z.enum(ANSWER_INPUTS),
  }),
);

export const sessionSchema = lazySchema(() =>
  z
    .object({
      schemaVersion,
      id,
      createdAt: time,
      updatedAt: time,
      settings: sessionSettingsSchema,
      /** The questions of this session, in the order they are asked. */
      questionIds: list(id),
      /** Index into questionIds of the question being answered or reviewed. */
      currentIndex: count,
      status: z.enum(SESSION_STATUSES),
      /** Set while the user has paused the clock. */
      pausedAt: timeOrNull,
      completedAt: timeOrNull,
    })
    .check(
      z.refine((s) => s.currentIndex < Math.max(1, s.questionIds.length), {
        path: ['currentIndex'],
        error: 'points past the last question',
      }),
    ),
);

export const hintsSchema = lazySchema(() =>
  z.object({
    /** Parts the answer appeared to contain when the hints were shown. */
    partsDetected: list(z.enum(RUBRIC_PARTS), RUBRIC_PARTS.length),
    termsUsed: list(text(LIMITS.term), LIMITS.shortList),
    termsMissed: list(text(LIMITS.term), LIMITS.shortList),
  }),
);

const termCounts = lazySchema(() => list(z.object({ term: text(LIMITS.term), count }), LIMITS.shortList));

/** `DeliveryFigures` (src/domain/delivery/types.ts) as stored on an attempt. */
export const deliverySchema = lazySchema(() =>
  z.object({
    durationMs: nonNegative,
    speakingMs: nonNegative,
    firstWordMs: z.nullable(nonNegative),
    pauses: list(z.object({ startMs: nonNegative, endMs: nonNegative }), LIMITS.pauses),
    longestPauseMs: nonNegative,
    words: count,
    wpm: z.nullable(nonNegative),
    fillerCount: count,
    fillersPerMin: z.nullable(nonNegative),
    fillers: termCounts,
    hedgeCount: count,
    hedges: termCounts,
    repeatCount: count,
  }),
);

export const attemptSchema = lazySchema(() =>
  z.object({
    schemaVersion,
    id,
    sessionId: id,
    questionId: id,
    guideSlug: id,
    answer: text(LIMITS.answer),
    source,
    /** When the clock started (after think time). */
    startedAt: time,
    submittedAt: time,
    /** Time spent answering, pauses excluded. */
    durationMs: nonNegative,
    timeLimitSec: timeLimit,
    /** Seconds past the limit at submit (0 when within it or no limit). */
    overtimeSec: nonNegative,
    skipped: z.boolean(),
    ratings: ratingsSchema,
    /** Indices into the model answer's Best Practices bullets the user says they covered. */
    practicesCovered: list(count, LIMITS.shortList),
    /** Indices into the Pitfalls bullets the user says they fell into. */
    pitfallsHit: list(count, LIMITS.shortList),
    hints: z.nullable(hintsSchema),
    /** Derived from the ratings unless the user overrode it. */
    grade: z.nullable(grade),
    gradeOverridden: z.boolean(),
    note: text(LIMITS.note),
    /** When the user finished rating; null while unrated. */
    ratedAt: timeOrNull,
    /** The STAR story the user told in this answer (added after version 2: absent on older records). */
    storyId: z.optional(z.nullable(id)),
    /** How the recorded answer sounded, measured on the device (absent when it was not recorded or not yet measured). */
    delivery: z.optional(z.nullable(deliverySchema)),
    /** How the user heard their own delivery, for calibration against `delivery`. */
    deliverySelfRating: z.optional(z.nullable(z.enum(DELIVERY_SELF_RATINGS))),
  }),
);

/** FSRS memory state of one question, as stored (times in ms since the epoch). */
export const reviewCardSchema = lazySchema(() =>
  z.object({
    due: time,
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: z.number(),
    scheduledDays: z.number(),
    learningSteps: z.int(),
    reps: count,
    lapses: count,
    state: z.literal(CARD_STATES, { error: 'expected 0–3 (New, Learning, Review, Relearning)' }),
    lastReview: timeOrNull,
  }),
);

/** One question's review schedule; `log` makes every review undoable. */
export const scheduleSchema = lazySchema(() =>
  z.object({
    schemaVersion,
    questionId: id,
    guideSlug: id,
    card: reviewCardSchema,
    /** Reviews in order; `before` is the card as it was, so undoing the last one restores it. */
    log: list(z.object({ attemptId: id, grade, reviewedAt: time, before: z.nullable(reviewCardSchema) })),
    updatedAt: time,
  }),
);

/** Per-guide plan: the schedule brings every question of the guide back before the interview. */
export const planSchema = lazySchema(() =>
  z.object({
    schemaVersion,
    guideSlug: id,
    /** YYYY-MM-DD, or null when none is set. */
    interviewDate: z.nullable(
      z.string().check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD', abort: true }),
        z.refine((d) => parseDateOnly(d) !== null, { error: 'is not a real date' }),
      ),
    ),
    updatedAt: time,
  }),
);

/** The answer being written: kept in localStorage so a reload loses nothing. */
export const draftSchema = lazySchema(() =>
  z.object({
    sessionId: id,
    questionId: id,
    text: text(LIMITS.answer),
    source,
    /** When the clock started; null during think time or before the question was shown. */
    startedAt: timeOrNull,
    /** Answering time banked before the last pause. */
    elapsedMs: nonNegative,
    updatedAt: time,
  }),
);

export const themeSchema = z.enum(THEMES);

/** Recording and the interviewer's voice (global, remembered). */
export const recordingSettingsSchema = lazySchema(() =>
  z.object({
    /** Keep only the last N recordings; null keeps all. */
    cap: z.nullable(z.int().check(z.minimum(1), z.maximum(LIMITS.list))),
    /** The interviewer's voice (`SpeechSynthesisVoice.voiceURI`); null is the browser's default. */
    voice: z.nullable(text(LIMITS.title)),
    /** Speech rate, 1 = normal. */
    rate: z.number().check(z.minimum(0.5), z.maximum(2)),
    /** Say "thirty seconds left" in interviewer mode. */
    cue: z.boolean(),
  }),
);

export const settingsSchema = lazySchema(() =>
  z.object({
    theme: themeSchema,
    /** The last setup used, to pre-fill the next one. */
    lastSetup: z.nullable(sessionSettingsSchema),
    /** Absent until the user changes one (the defaults apply). */
    recording: z.optional(recordingSettingsSchema),
  }),
);

// ---------------------------------------------------------------------------
// The user's own material: guides imported or written in the app, STAR stories

const markdown = text(LIMITS.markdown);

/** A model answer's part, as the guide parser (src/content) produces it. */
const answerSectionSchema = lazySchema(() =>
  z.object({
    kind: z.enum(SECTION_KINDS),
    label: text(LIMITS.title),
    markdown,
    within: z.optional(text(LIMITS.title)),
  }),
);

/** A question as the guide parser produces it (src/content/types.ts `Question`). */
const questionSchema = lazySchema(() =>
  z.object({
    id,
    number: count,
    category: text(LIMITS.id),
    text: text(LIMITS.title),
    sections: list(answerSectionSchema, LIMITS.shortList),
    asWritten: z.optional(markdown),
    keyTerms: list(text(LIMITS.term), LIMITS.shortList),
    line: count,
  }),
);

/** A whole guide (src/content/types.ts `Guide`): what the parser made of the user's markdown. */
export const guideContentSchema = lazySchema(() =>
  z.object({
    slug: id,
    title: text(LIMITS.title),
    description: text(LIMITS.note),
    category: text(LIMITS.title),
    vertical: text(LIMITS.title),
    tags: list(text(LIMITS.term), LIMITS.shortList),
    pubDate: z.nullable(text(LIMITS.id)),
    modDate: z.nullable(text(LIMITS.id)),
    author: text(LIMITS.title),
    overview: markdown,
    questions: list(questionSchema, LIMITS.shortList),
    notes: list(z.object({ title: text(LIMITS.title), markdown, line: count }), LIMITS.shortList),
  }),
);

/** A guide of the user's own, kept on the device (its slug is never a bundled guide's). */
export const userGuideSchema = lazySchema(() =>
  z
    .object({
      schemaVersion,
      slug: id,
      origin: z.enum(GUIDE_ORIGINS),
      /** The file it came from ("Data Analyst.md"); null for a paste or a guide written in the app. */
      fileName: z.nullable(text(LIMITS.title)),
      /** The markdown as imported, kept so a replacement can be compared and an export is faithful; null when written in the app. */
      source: z.nullable(text(LIMITS.guideSource)),
      guide: guideContentSchema,
      createdAt: time,
      updatedAt: time,
    })
    .check(
      z.refine((g) => g.guide.slug === g.slug, { path: ['guide', 'slug'], error: "is not the record's slug" }),
      z.refine((g) => g.guide.questions.every((q) => guideSlugOfQuestion(q.id) === g.slug), {
        path: ['guide', 'questions'],
        error: 'holds a question of another guide',
      }),
    ),
);

/** A STAR story from the user's story bank, linked to the questions it answers. */
export const storySchema = lazySchema(() =>
  z.object({
    schemaVersion,
    id,
    title: text(LIMITS.title).check(z.minLength(1)),
    situation: markdown,
    task: markdown,
    action: markdown,
    result: markdown,
    /** The skills it shows, lower case. */
    tags: list(text(LIMITS.term), LIMITS.shortList),
    /** Figures to remember when telling it. */
    numbers: text(LIMITS.note),
    /** The questions it is linked to (ids). */
    questionIds: list(id),
    createdAt: time,
    updatedAt: time,
  }),
);

// ---------------------------------------------------------------------------
// Recorded answers

/**
 * A recorded answer's description. The audio itself is a Blob in IndexedDB's `audio` store under the same key
 * (it never enters the app's state, sync messages or the JSON export; the archive export carries it).
 */
export const recordingSchema = lazySchema(() =>
  z.object({
    schemaVersion,
    attemptId: id,
    sessionId: id,
    questionId: id,
    guideSlug: id,
    /** The recorder's MIME type ("audio/webm;codecs=opus", "audio/mp4"). */
    mimeType: text(LIMITS.id).check(z.regex(/^audio\//, { error: 'expected an audio MIME type' })),
    bytes: count.check(z.maximum(LIMITS.recordingBytes)),
    durationMs: nonNegative,
    createdAt: time,
    /** The level strip: loudness per slice of the recording, 0–1. */
    peaks: list(z.number().check(z.minimum(0), z.maximum(1)), LIMITS.peaks),
  }),
);

/** A stored record's schema, by the store it is kept in. */
export const RECORD_SCHEMAS = {
  sessions: sessionSchema,
  attempts: attemptSchema,
  schedules: scheduleSchema,
  plans: planSchema,
  guides: userGuideSchema,
  stories: storySchema,
  recordings: recordingSchema,
} as const;

/** The field each kind of record is keyed by. */
export const KEY_FIELD = {
  sessions: 'id',
  attempts: 'id',
  schedules: 'questionId',
  plans: 'guideSlug',
  guides: 'slug',
  stories: 'id',
  recordings: 'attemptId',
} as const;

export type RecordKind = (typeof RECORD_KINDS)[number];
export type RecordOf<K extends RecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>;
export type SchemaIssue = z.core.$ZodIssue;
