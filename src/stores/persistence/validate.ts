/**
 * Shape checks for data read back from storage. Storage outlives code: a
 * record written by a newer build, a half-written value or a hand-edited one
 * must not reach components that trust the model's types. Checks are basic
 * (types and enums, not cross-record consistency) and never throw.
 */
import {
  type Attempt,
  type Draft,
  GRADES,
  type GuidePlan,
  NOT_APPLICABLE,
  type PracticeSession,
  type ReviewCard,
  type ReviewSchedule,
  RECORD_VERSIONS,
  RUBRIC_PARTS,
  type SessionSettings,
  type Settings,
} from '@/domain/model';

import { parseDateOnly } from '@/domain/schedule-dates';
import { isTimestamp } from '@/domain/timestamps';

import { draftKey } from '../slices/drafts';
import { DEFAULT_SETTINGS } from '../slices/settings';
import type { PersistedState } from '../types';

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
/** A moment: a valid date in the range `@/domain/timestamps` allows (a finite number alone can be an Invalid Date). */
const isTime = isTimestamp;
const isTimeOrNull = (x: unknown) => x === null || isTime(x);
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const isIntArray = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isInteger(n));
const oneOf =
  <T>(values: readonly T[]) =>
  (x: unknown): x is T =>
    values.includes(x as T);

const isSource = oneOf(['typed', 'dictated', 'mixed'] as const);
const isTimeLimit = oneOf([0, 60, 120, 180] as const);
const isThinkTime = oneOf([0, 10, 30] as const);
const isOrder = oneOf(['guide', 'shuffled', 'weakest', 'due'] as const);
const isInput = oneOf(['type', 'voice'] as const);
const isStatus = oneOf(['active', 'completed', 'abandoned'] as const);
const isTheme = oneOf(['system', 'light', 'dark'] as const);
const isGrade = oneOf(GRADES);
const isRating = oneOf([0, 1, 2, 3, 4] as const);

export function isSessionSettings(x: unknown): x is SessionSettings {
  return (
    isObj(x) &&
    isStrArray(x.guideSlugs) &&
    isStrArray(x.categories) &&
    isNum(x.count) &&
    isOrder(x.order) &&
    isTimeLimit(x.timeLimitSec) &&
    isThinkTime(x.thinkTimeSec) &&
    isInput(x.input)
  );
}

export function isPracticeSession(x: unknown): x is PracticeSession {
  return (
    isObj(x) &&
    x.schemaVersion === RECORD_VERSIONS.sessions &&
    isId(x.id) &&
    isTime(x.createdAt) &&
    isTime(x.updatedAt) &&
    isSessionSettings(x.settings) &&
    isStrArray(x.questionIds) &&
    Number.isInteger(x.currentIndex) &&
    isStatus(x.status) &&
    isTimeOrNull(x.pausedAt) &&
    isTimeOrNull(x.completedAt)
  );
}

function isHints(x: unknown): boolean {
  return (
    x === null || (isObj(x) && isStrArray(x.partsDetected) && isStrArray(x.termsUsed) && isStrArray(x.termsMissed))
  );
}

/** Each part rated 0–4, not yet rated (null) or "doesn't apply" ('na'); at least one part applies. */
function isRatings(x: unknown): boolean {
  return (
    isObj(x) &&
    RUBRIC_PARTS.every((part) => x[part] === null || x[part] === NOT_APPLICABLE || isRating(x[part])) &&
    RUBRIC_PARTS.some((part) => x[part] !== NOT_APPLICABLE)
  );
}

export function isAttempt(x: unknown): x is Attempt {
  return (
    isObj(x) &&
    x.schemaVersion === RECORD_VERSIONS.attempts &&
    isId(x.id) &&
    isId(x.sessionId) &&
    isId(x.questionId) &&
    isStr(x.guideSlug) &&
    isStr(x.answer) &&
    isSource(x.source) &&
    isTime(x.startedAt) &&
    isTime(x.submittedAt) &&
    isNum(x.durationMs) &&
    isTimeLimit(x.timeLimitSec) &&
    isNum(x.overtimeSec) &&
    typeof x.skipped === 'boolean' &&
    isRatings(x.ratings) &&
    isIntArray(x.practicesCovered) &&
    isIntArray(x.pitfallsHit) &&
    isHints(x.hints) &&
    (x.grade === null || isGrade(x.grade)) &&
    typeof x.gradeOverridden === 'boolean' &&
    isStr(x.note) &&
    isTimeOrNull(x.ratedAt)
  );
}

const isState = oneOf([0, 1, 2, 3] as const);

export function isReviewCard(x: unknown): x is ReviewCard {
  return (
    isObj(x) &&
    isTime(x.due) &&
    isNum(x.stability) &&
    isNum(x.difficulty) &&
    isNum(x.elapsedDays) &&
    isNum(x.scheduledDays) &&
    isNum(x.learningSteps) &&
    isNum(x.reps) &&
    isNum(x.lapses) &&
    isState(x.state) &&
    isTimeOrNull(x.lastReview)
  );
}

function isReviewLogEntry(x: unknown): boolean {
  return (
    isObj(x) &&
    isId(x.attemptId) &&
    isGrade(x.grade) &&
    isTime(x.reviewedAt) &&
    (x.before === null || isReviewCard(x.before))
  );
}

export function isReviewSchedule(x: unknown): x is ReviewSchedule {
  return (
    isObj(x) &&
    x.schemaVersion === RECORD_VERSIONS.schedules &&
    isId(x.questionId) &&
    isStr(x.guideSlug) &&
    isReviewCard(x.card) &&
    Array.isArray(x.log) &&
    x.log.every(isReviewLogEntry) &&
    isTime(x.updatedAt)
  );
}

export function isGuidePlan(x: unknown): x is GuidePlan {
  return (
    isObj(x) &&
    x.schemaVersion === RECORD_VERSIONS.plans &&
    isId(x.guideSlug) &&
    (x.interviewDate === null || (isStr(x.interviewDate) && parseDateOnly(x.interviewDate) !== null)) &&
    isTime(x.updatedAt)
  );
}

export function isDraft(x: unknown): x is Draft {
  return (
    isObj(x) &&
    isId(x.sessionId) &&
    isId(x.questionId) &&
    isStr(x.text) &&
    isSource(x.source) &&
    isTimeOrNull(x.startedAt) &&
    isNum(x.elapsedMs) &&
    isTime(x.updatedAt)
  );
}

/**
 * What can be kept of a persisted {drafts, settings} value. `clean` is false
 * when anything had to be dropped or defaulted, so the caller can back the
 * raw value up before it is overwritten.
 */
export function sanitizePersisted(raw: unknown): { state: PersistedState; clean: boolean } {
  const source = isObj(raw) ? raw : {};
  let clean = isObj(raw);

  const drafts: Record<string, Draft> = {};
  if (isObj(source.drafts)) {
    for (const draft of Object.values(source.drafts)) {
      if (isDraft(draft)) drafts[draftKey(draft.sessionId, draft.questionId)] = draft;
      else clean = false;
    }
  } else if (source.drafts !== undefined) clean = false;

  const settings: Settings = { ...DEFAULT_SETTINGS };
  const stored = source.settings;
  if (isObj(stored)) {
    if (isTheme(stored.theme)) settings.theme = stored.theme;
    else if (stored.theme !== undefined) clean = false;
    if (stored.lastSetup === null || isSessionSettings(stored.lastSetup)) settings.lastSetup = stored.lastSetup ?? null;
    else if (stored.lastSetup !== undefined) clean = false;
  } else if (stored !== undefined) clean = false;

  return { state: { drafts, settings }, clean };
}
