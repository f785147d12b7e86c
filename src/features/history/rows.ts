/**
 * The history list's rows: one per session, newest first, with what the list
 * shows (guides, answered of total, average score, time). Built in one pass
 * over the store's records and memoised on their identity, so a re-render
 * that changes neither sessions nor attempts costs nothing, and a change
 * rebuilds only the rows of the sessions it touched — 1,000 sessions stay
 * cheap.
 */
import type { Attempt, PracticeSession, SessionStatus } from '@/domain/model';
import { summarizeSession } from '@/domain/summary';

import { dayStart, type HistoryFilters } from './search';

// The route's search validation lives apart (search.ts): it ships with the first page, the rows do not.
export { dayStart, type HistoryFilters, validateHistorySearch } from './search';

export interface HistoryRow {
  id: string;
  createdAt: number;
  status: SessionStatus;
  /** Guides the session's questions came from, in first-seen order. */
  guideSlugs: string[];
  /** Questions with a submitted (not skipped) answer. */
  answered: number;
  total: number;
  /** Mean score (0–100) of the fully rated answers; null when none is. */
  averageScore: number | null;
  durationMs: number;
}

type Sessions = Record<string, PracticeSession>;
type Attempts = Record<string, Attempt>;

const NO_ATTEMPTS: readonly Attempt[] = Object.freeze([]);

/** Cache per session object, keyed again by its attempts list, so unchanged sessions keep their row. */
const rowCache = new WeakMap<PracticeSession, { attempts: readonly Attempt[]; row: HistoryRow }>();

/** The store replaces an attempt object whenever it changes, so identity says "unchanged". */
function sameAttempts(a: readonly Attempt[], b: readonly Attempt[]): boolean {
  return a.length === b.length && a.every((attempt, index) => attempt === b[index]);
}

function guideSlugsOf(session: PracticeSession, attempts: readonly Attempt[]): string[] {
  const slugs: string[] = [];
  for (const attempt of attempts) if (!slugs.includes(attempt.guideSlug)) slugs.push(attempt.guideSlug);
  // A session with no answers yet still says which guides it was drawn from.
  return slugs.length > 0 ? slugs : [...session.settings.guideSlugs];
}

export function buildRow(session: PracticeSession, attempts: readonly Attempt[]): HistoryRow {
  const summary = summarizeSession({
    questionIds: session.questionIds,
    attempts: attempts as Attempt[],
    questionText: () => '',
  });
  return {
    id: session.id,
    createdAt: session.createdAt,
    status: session.status,
    guideSlugs: guideSlugsOf(session, attempts),
    answered: summary.answered,
    total: new Set(session.questionIds).size,
    averageScore: summary.overallScore,
    durationMs: summary.totalDurationMs,
  };
}

function rowFor(session: PracticeSession, attempts: readonly Attempt[]): HistoryRow {
  const cached = rowCache.get(session);
  if (cached && sameAttempts(cached.attempts, attempts)) return cached.row;
  const row = buildRow(session, attempts);
  rowCache.set(session, { attempts, row });
  return row;
}

/** Newest first; sessions started in the same millisecond fall back to id so the order is stable. */
function newestFirst(a: HistoryRow, b: HistoryRow): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

let last: { sessions: Sessions; attempts: Attempts; rows: readonly HistoryRow[] } | null = null;

/** Every session as a history row, newest first. Same records in, same (frozen) array out. */
export function selectHistoryRows(state: { sessions: Sessions; attempts: Attempts }): readonly HistoryRow[] {
  if (last && last.sessions === state.sessions && last.attempts === state.attempts) return last.rows;
  const bySession = new Map<string, Attempt[]>();
  for (const attempt of Object.values(state.attempts)) {
    const list = bySession.get(attempt.sessionId);
    if (list) list.push(attempt);
    else bySession.set(attempt.sessionId, [attempt]);
  }
  const rows = Object.values(state.sessions)
    .map((session) => {
      const list = bySession.get(session.id);
      if (list) list.sort((a, b) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : 1));
      return rowFor(session, list ?? NO_ATTEMPTS);
    })
    .sort(newestFirst);
  last = { sessions: state.sessions, attempts: state.attempts, rows: Object.freeze(rows) };
  return last.rows;
}

function nextDayStart(day: string | undefined): number | null {
  const start = dayStart(day);
  if (start === null) return null;
  const date = new Date(start);
  date.setDate(date.getDate() + 1);
  return date.getTime();
}

export function filterRows(rows: readonly HistoryRow[], filters: HistoryFilters): readonly HistoryRow[] {
  const from = dayStart(filters.from);
  const until = nextDayStart(filters.to);
  const { guide } = filters;
  if (!guide && from === null && until === null) return rows;
  return rows.filter(
    (row) =>
      (!guide || row.guideSlugs.includes(guide)) &&
      (from === null || row.createdAt >= from) &&
      (until === null || row.createdAt < until),
  );
}

/** The YYYY-MM-DD of a timestamp in the user's time zone (for date inputs). */
export function toDay(timestamp: number): string {
  const date = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
