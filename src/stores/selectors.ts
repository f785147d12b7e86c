/**
 * Pure functions of the state. Results are memoised on the identity of the
 * records they read (the store replaces those objects on every change), so
 * the same state gives the same array or object back: cheap to call on every
 * render, and safe as a zustand selector even without `useShallow`. Results
 * are frozen because they are shared.
 */
import { planInterview, todaysQuestions, type InterviewPlan, type PractiseTimes } from '@/domain/interview-plan';
import type { Attempt, PracticeSession } from '@/domain/model';
import { effectiveDue, endOfDay, parseDateOnly } from '@/domain/schedule-dates';

import { stepBetween } from './attempt-steps';
import type { PracticeState } from './types';

type AttemptsRecord = PracticeState['attempts'];

const EMPTY: readonly Attempt[] = Object.freeze([]);

interface AttemptIndex {
  /** Per session, per question: attempts oldest first. */
  bySession: Map<string, Map<string, Attempt[]>>;
  /** Per question: attempts oldest first. */
  byQuestion: Map<string, Attempt[]>;
  latestRated?: Record<string, Attempt>;
  sessionResults: WeakMap<PracticeSession, Attempt[]>;
  /** How many attempts it covers. */
  size: number;
}

const indexes = new WeakMap<AttemptsRecord, AttemptIndex>();

/** Oldest first; ties (same millisecond) fall back to id so the order never depends on insertion. */
function byTime(a: Attempt, b: Attempt): number {
  return a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(attempts: AttemptsRecord): AttemptIndex {
  const bySession = new Map<string, Map<string, Attempt[]>>();
  const byQuestion = new Map<string, Attempt[]>();
  let size = 0;
  for (const attempt of Object.values(attempts)) {
    let questions = bySession.get(attempt.sessionId);
    if (!questions) bySession.set(attempt.sessionId, (questions = new Map()));
    push(questions, attempt.questionId, attempt);
    push(byQuestion, attempt.questionId, attempt);
    size++;
  }
  for (const questions of bySession.values()) for (const list of questions.values()) Object.freeze(list.sort(byTime));
  for (const list of byQuestion.values()) Object.freeze(list.sort(byTime));
  return { bySession, byQuestion, sessionResults: new WeakMap(), size };
}

/** A list with `attempt` in place of the one with its id (or added), in order; a new frozen array. */
function withAttempt(list: readonly Attempt[] | undefined, attempt: Attempt): Attempt[] {
  const next = list ? list.filter((a) => a.id !== attempt.id) : [];
  next.push(attempt);
  return Object.freeze(next.sort(byTime)) as Attempt[];
}

/** More changes than this in one step and a full rebuild is as cheap. */
const MAX_INCREMENTAL = 64;

/**
 * The index of `next` derived from the index of the version before it, when
 * `next` only adds or replaces a few attempts (a submit, a rating): only the
 * lists those attempts are in are rebuilt, everything else is shared. The
 * full rebuild sorts every attempt, which a long history made the slowest
 * part of a click. Null when anything was removed or too much changed.
 */
function updatedIndex(before: AttemptsRecord, index: AttemptIndex, next: AttemptsRecord): AttemptIndex | null {
  // One submit or rating from `before`: only its attempt needs looking at.
  const step = stepBetween(before, next);
  if (step) return withChanges(index, step.changed, before);
  const changed: Attempt[] = [];
  let kept = 0;
  for (const id in next) {
    const attempt = next[id]!;
    const old = before[id];
    if (old !== undefined) kept++;
    if (old === attempt) continue;
    changed.push(attempt);
    if (changed.length > MAX_INCREMENTAL) return null;
  }
  // Every attempt of the version before is still there, or this is not a small step.
  if (kept !== index.size) return null;
  return withChanges(index, changed, before);
}

/** `index` with `changed` (attempts added to or replaced in `before`) applied; unchanged lists are shared. */
function withChanges(index: AttemptIndex, changed: readonly Attempt[], before: AttemptsRecord): AttemptIndex | null {
  let added = 0;
  for (const attempt of changed) {
    const old = before[attempt.id];
    if (old === undefined) added++;
    else if (old.sessionId !== attempt.sessionId || old.questionId !== attempt.questionId) return null;
  }
  const bySession = new Map(index.bySession);
  const byQuestion = new Map(index.byQuestion);
  const copied = new Set<string>();
  for (const attempt of changed) {
    let questions = bySession.get(attempt.sessionId);
    if (!copied.has(attempt.sessionId)) {
      questions = new Map(questions);
      bySession.set(attempt.sessionId, questions);
      copied.add(attempt.sessionId);
    }
    questions!.set(attempt.questionId, withAttempt(questions!.get(attempt.questionId), attempt));
    byQuestion.set(attempt.questionId, withAttempt(byQuestion.get(attempt.questionId), attempt));
  }
  return { bySession, byQuestion, sessionResults: new WeakMap(), size: index.size + added };
}

/** The version indexed last, which the next one is usually a small step from. */
let latest: { attempts: AttemptsRecord; index: AttemptIndex } | null = null;

function indexOf(attempts: AttemptsRecord): AttemptIndex {
  let index = indexes.get(attempts);
  if (index) return index;
  index = (latest && updatedIndex(latest.attempts, latest.index, attempts)) ?? buildIndex(attempts);
  indexes.set(attempts, index);
  latest = { attempts, index };
  return index;
}

/** The active session touched most recently, if any. */
export function selectUnfinishedSession(state: Pick<PracticeState, 'sessions'>): PracticeSession | undefined {
  let newest: PracticeSession | undefined;
  for (const session of Object.values(state.sessions)) {
    if (session.status !== 'active') continue;
    if (
      !newest ||
      session.updatedAt > newest.updatedAt ||
      (session.updatedAt === newest.updatedAt && session.createdAt > newest.createdAt)
    ) {
      newest = session;
    }
  }
  return newest;
}

/**
 * The session's attempts in its question order, at most one per question: the
 * latest (a question skipped and later answered shows the answer).
 */
export function selectSessionAttempts(
  state: Pick<PracticeState, 'sessions' | 'attempts'>,
  sessionId: string,
): Attempt[] {
  const session = state.sessions[sessionId];
  const index = indexOf(state.attempts);
  const questions = index.bySession.get(sessionId);
  if (!session || !questions) return EMPTY as Attempt[];
  const cached = index.sessionResults.get(session);
  if (cached) return cached;
  const result: Attempt[] = [];
  for (const questionId of new Set(session.questionIds)) {
    const list = questions.get(questionId);
    const latest = list?.[list.length - 1];
    if (latest) result.push(latest);
  }
  Object.freeze(result);
  index.sessionResults.set(session, result);
  return result;
}

/** The latest attempt at this question in this session. */
export function selectAttemptFor(
  state: Pick<PracticeState, 'attempts'>,
  sessionId: string,
  questionId: string,
): Attempt | undefined {
  const list = indexOf(state.attempts).bySession.get(sessionId)?.get(questionId);
  return list?.[list.length - 1];
}

/** Every attempt at this question across sessions, oldest first. */
export function selectQuestionAttempts(state: Pick<PracticeState, 'attempts'>, questionId: string): Attempt[] {
  return indexOf(state.attempts).byQuestion.get(questionId) ?? (EMPTY as Attempt[]);
}

/** Per question id: the latest attempt that was rated and not skipped. */
export function selectLatestRatedByQuestion(state: Pick<PracticeState, 'attempts'>): Record<string, Attempt> {
  const index = indexOf(state.attempts);
  if (index.latestRated) return index.latestRated;
  const latest: Record<string, Attempt> = {};
  for (const [questionId, list] of index.byQuestion) {
    for (let i = list.length - 1; i >= 0; i--) {
      const attempt = list[i]!;
      if (!attempt.skipped && attempt.ratedAt !== null) {
        latest[questionId] = attempt;
        break;
      }
    }
  }
  index.latestRated = Object.freeze(latest);
  return latest;
}

interface DueCache {
  plans: PracticeState['plans'];
  dayEnd: number;
  ids: string[];
}

const dueCache = new WeakMap<PracticeState['schedules'], DueCache>();

/**
 * Questions due for review by the end of the local day containing `now`, most
 * overdue first (ties by id). An interview date brings a question forward so
 * it comes back before the interview (see `@/domain/scheduling`). Memoised on
 * `schedules`, `plans` and the day, so calling it with `Date.now()` on every
 * render gives the same array all day.
 */
export function selectDueQuestionIds(state: Pick<PracticeState, 'schedules' | 'plans'>, now: number): string[] {
  const dayEnd = endOfDay(now);
  const cached = dueCache.get(state.schedules);
  if (cached && cached.plans === state.plans && cached.dayEnd === dayEnd) return cached.ids;
  const due: { id: string; at: number }[] = [];
  for (const schedule of Object.values(state.schedules)) {
    const at = effectiveDue(schedule, now, state.plans[schedule.guideSlug]);
    if (at < dayEnd) due.push({ id: schedule.questionId, at });
  }
  due.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = Object.freeze(due.map((d) => d.id)) as string[];
  dueCache.set(state.schedules, { plans: state.plans, dayEnd, ids });
  return ids;
}

/** How many questions are due today (see `selectDueQuestionIds`). */
export function selectDueCount(state: Pick<PracticeState, 'schedules' | 'plans'>, now: number): number {
  return selectDueQuestionIds(state, now).length;
}

// ---------------------------------------------------------------- interview plans

/** A guide's slug and its question ids in guide order (the caller loads the guide). */
export interface PlannedGuide {
  slug: string;
  questionIds: readonly string[];
}

const plannedCache = new WeakMap<PracticeState['plans'], { dayEnd: number; slugs: string[] }>();

/**
 * Guides whose interview day is today or later, soonest first (ties by slug).
 * Memoised on `plans` and the day.
 */
export function selectPlannedGuideSlugs(state: Pick<PracticeState, 'plans'>, now: number): string[] {
  const dayEnd = endOfDay(now);
  const cached = plannedCache.get(state.plans);
  if (cached && cached.dayEnd === dayEnd) return cached.slugs;
  const planned: { slug: string; day: number }[] = [];
  for (const plan of Object.values(state.plans)) {
    const day = parseDateOnly(plan.interviewDate);
    if (day !== null && endOfDay(day) > now) planned.push({ slug: plan.guideSlug, day });
  }
  planned.sort((a, b) => a.day - b.day || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const slugs = Object.freeze(planned.map((p) => p.slug)) as string[];
  plannedCache.set(state.plans, { dayEnd, slugs });
  return slugs;
}

/**
 * When each of `questionIds` was practised (rated), first and latest: from its
 * review log, and from its rated attempts for answers rated before reviews
 * were scheduled. A question missing from the result was never practised.
 */
export function selectPractiseTimes(
  state: Pick<PracticeState, 'attempts' | 'schedules'>,
  questionIds: readonly string[],
): Record<string, PractiseTimes> {
  const index = indexOf(state.attempts);
  const times: Record<string, PractiseTimes> = {};
  const note = (id: string, at: number) => {
    const known = times[id];
    if (!known) times[id] = { first: at, last: at };
    else {
      if (at < known.first) known.first = at;
      if (at > known.last) known.last = at;
    }
  };
  for (const id of questionIds) {
    const schedule = state.schedules[id];
    if (schedule) {
      for (const entry of schedule.log) note(id, entry.reviewedAt);
      if (schedule.card.lastReview !== null) note(id, schedule.card.lastReview);
    }
    for (const attempt of index.byQuestion.get(id) ?? EMPTY) {
      if (!attempt.skipped && attempt.ratedAt !== null) note(id, attempt.ratedAt);
    }
  }
  return times;
}

/** The guide's interview plan for the day containing `now` (see `@/domain/interview-plan`). */
export function selectInterviewPlan(
  state: Pick<PracticeState, 'attempts' | 'schedules' | 'plans'>,
  guide: PlannedGuide,
  now: number,
): InterviewPlan {
  return planInterview({
    interviewDate: state.plans[guide.slug]?.interviewDate ?? null,
    now,
    questionIds: guide.questionIds,
    practised: selectPractiseTimes(state, guide.questionIds),
    due: selectDueQuestionIds(state, now),
  });
}

/**
 * Today's practice: every question due for review, most overdue first, then
 * today's share of new questions of each guide in `guides` with an upcoming
 * interview (the rest of a guide's new questions wait for their day, instead
 * of all coming at once). Guides without an interview add nothing.
 */
export function selectTodaysPractice(
  state: Pick<PracticeState, 'attempts' | 'schedules' | 'plans'>,
  guides: readonly PlannedGuide[],
  now: number,
): string[] {
  const ids = [...selectDueQuestionIds(state, now)];
  const seen = new Set(ids);
  for (const guide of guides) {
    const plan = selectInterviewPlan(state, guide, now);
    for (const id of todaysQuestions(plan)) {
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    }
  }
  return ids;
}
