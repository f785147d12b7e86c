/**
 * What an import would change, before anything does: merging by id, a record
 * not stored is added; one stored is replaced only when the incoming one is
 * newer. Pure.
 */
import type { Attempt, ExportFile, GuidePlan, PracticeSession, ReviewSchedule, Story, UserGuide } from '../model';

export interface RecordCounts {
  sessions: number;
  attempts: number;
  schedules: number;
  plans: number;
  guides: number;
  stories: number;
}

export interface ImportPlan {
  add: RecordCounts;
  update: RecordCounts;
  unchanged: RecordCounts;
}

export interface StoredRecords {
  sessions: Readonly<Record<string, PracticeSession>>;
  attempts: Readonly<Record<string, Attempt>>;
  /** By question id. */
  schedules: Readonly<Record<string, ReviewSchedule>>;
  /** By guide slug. */
  plans: Readonly<Record<string, GuidePlan>>;
  /** The user's own guides, by slug. */
  guides: Readonly<Record<string, UserGuide>>;
  stories: Readonly<Record<string, Story>>;
}

/** When an attempt last changed: rating comes after submitting. */
export const attemptChangedAt = (a: Attempt) => Math.max(a.submittedAt, a.ratedAt ?? 0);

/**
 * What importing `file` into `current` would do, merging by id: a record not
 * stored is added; one stored is replaced only when the incoming one is newer
 * (sessions, schedules and plans by `updatedAt`, attempts by `ratedAt` or else
 * `submittedAt`); otherwise it is left as is.
 */
export function planImport(current: StoredRecords, file: ExportFile): ImportPlan {
  const plan: ImportPlan = {
    add: { sessions: 0, attempts: 0, schedules: 0, plans: 0, guides: 0, stories: 0 },
    update: { sessions: 0, attempts: 0, schedules: 0, plans: 0, guides: 0, stories: 0 },
    unchanged: { sessions: 0, attempts: 0, schedules: 0, plans: 0, guides: 0, stories: 0 },
  };
  const tally = <T>(
    kind: keyof RecordCounts,
    incoming: readonly T[],
    stored: Readonly<Record<string, T>>,
    key: (item: T) => string,
    changedAt: (item: T) => number,
  ) => {
    for (const item of incoming) {
      const existing = Object.hasOwn(stored, key(item)) ? stored[key(item)] : undefined;
      if (existing === undefined) plan.add[kind]++;
      else if (changedAt(item) > changedAt(existing)) plan.update[kind]++;
      else plan.unchanged[kind]++;
    }
  };
  const updatedAt = (record: { updatedAt: number }) => record.updatedAt;
  tally('sessions', file.sessions, current.sessions, (s) => s.id, updatedAt);
  tally('attempts', file.attempts, current.attempts, (a) => a.id, attemptChangedAt);
  tally('schedules', file.schedules, current.schedules, (s) => s.questionId, updatedAt);
  tally('plans', file.plans, current.plans, (p) => p.guideSlug, updatedAt);
  tally('guides', file.guides, current.guides, (g) => g.slug, updatedAt);
  tally('stories', file.stories, current.stories, (s) => s.id, updatedAt);
  return plan;
}
