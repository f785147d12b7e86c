/**
 * Tab sync's pure half: what a message from another tab means
 * (`parseSyncMessage`: every record read with `readRecord`, as on load, so an
 * older build's records are brought up to date and a newer build's are
 * ignored) and how it merges into this tab's state (`mergeChanges`,
 * `absorbDrafts`). The rules are in sync.ts's header; sync.ts does the I/O.
 */
import type { Attempt, Draft, PracticeSession } from '@/domain/model';
import { isPlainObject, KEY_FIELD, type RecordOf } from '@/domain/schema';
import { readRecord, VERSIONS, type Versions } from '@/domain/versions';

import type { CommittedChange } from './persistence/changes';
import { RECORD_STORES, type RecordStore } from './persistence/failure';
import { draftKey, withoutSessionDrafts } from './slices/drafts';
import type { PracticeState } from './types';

export const APP = 'rehearse-sync';
export const WIRE_VERSION = 1;

/** A change as it travels between tabs; `clear` carries when it committed. */
export type WireChange = Exclude<CommittedChange, { type: 'clear' }> | { type: 'clear'; at: number };

export interface SyncMessage {
  app: typeof APP;
  v: typeof WIRE_VERSION;
  from: string;
  changes: WireChange[];
}

/** Which of two versions of a record is newer: as importRecords and transfer's attemptChangedAt. */
const STAMP: { [S in RecordStore]: (r: RecordOf<S>) => number } = {
  sessions: (r) => r.updatedAt,
  attempts: (r) => Math.max(r.submittedAt, r.ratedAt ?? 0),
  schedules: (r) => r.updatedAt,
  plans: (r) => r.updatedAt,
  guides: (r) => r.updatedAt,
  stories: (r) => r.updatedAt,
  recordings: (r) => r.createdAt,
};
const stampOf = (store: RecordStore, record: unknown) => (STAMP[store] as (r: unknown) => number)(record);
const keyOf = (store: RecordStore, record: unknown) => (record as Record<string, string>)[KEY_FIELD[store]]!;

const isStore = (x: unknown): x is RecordStore => (RECORD_STORES as readonly unknown[]).includes(x);
/** A key that is safe to use on a plain object (no prototype tricks from a hostile message). */
const isSafeKey = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x !== '__proto__';
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
export const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The valid changes of a message, or null when it is not a sync message at all. */
export function parseSyncMessage(
  data: unknown,
  versions: Versions = VERSIONS,
): { from: string; changes: WireChange[] } | null {
  if (!isPlainObject(data) || data.app !== APP || data.v !== WIRE_VERSION || typeof data.from !== 'string') return null;
  if (!Array.isArray(data.changes)) return null;
  const changes: WireChange[] = [];
  for (const change of data.changes as unknown[]) {
    if (!isPlainObject(change)) continue;
    if (change.type === 'clear') {
      if (typeof change.at === 'number' && Number.isFinite(change.at)) changes.push({ type: 'clear', at: change.at });
    } else if (change.type === 'delete') {
      if (isStore(change.store) && isSafeKey(change.key))
        changes.push({ type: 'delete', store: change.store, key: change.key });
    } else if (change.type === 'put' && isStore(change.store)) {
      // Read as on load: an older shape (a tab of an older build) is brought up to date, a newer one ignored.
      const result = readRecord(change.store, change.record, versions);
      if ('ok' in result) changes.push({ type: 'put', store: change.store, record: result.ok } as WireChange);
    }
  }
  return { from: data.from, changes };
}

type Merged = Pick<
  PracticeState,
  'sessions' | 'attempts' | 'schedules' | 'plans' | 'guides' | 'stories' | 'recordings' | 'drafts' | 'undo'
>;

/**
 * `state` with `changes` merged in (see the header for the rules), or null
 * when nothing changes. Pure: the caller puts the result in the store.
 */
export function mergeChanges(state: Merged, changes: readonly WireChange[]): Partial<Merged> | null {
  const next: Merged = { ...state };
  const copied = new Set<keyof Merged>();
  const edit = <K extends RecordStore | 'drafts'>(field: K): Merged[K] => {
    if (!copied.has(field)) {
      next[field] = { ...next[field] };
      copied.add(field);
    }
    return next[field];
  };
  const dropSessionDrafts = (sessionId: string) => {
    const drafts = withoutSessionDrafts(next.drafts, sessionId);
    if (drafts !== next.drafts) {
      next.drafts = drafts;
      copied.add('drafts');
    }
  };
  const touchAttempt = (id: string) => {
    if (next.undo?.attemptId === id) next.undo = null;
  };
  // The other tab consumed this draft when it submitted; one typed here since is newer and stays.
  const dropSubmittedDraft = (attempt: Attempt) => {
    const key = draftKey(attempt.sessionId, attempt.questionId);
    const draft = own(next.drafts, key);
    if (draft && draft.updatedAt <= attempt.submittedAt) delete edit('drafts')[key];
  };

  for (const change of changes) {
    if (change.type === 'put') {
      const record = change.record as PracticeSession;
      const key = keyOf(change.store, record);
      const current = own(next[change.store] as Record<string, unknown>, key);
      if (current && (stampOf(change.store, record) < stampOf(change.store, current) || same(current, record)))
        continue;
      (edit(change.store) as Record<string, unknown>)[key] = record;
      if (change.store === 'attempts') {
        touchAttempt(key);
        dropSubmittedDraft(change.record as Attempt);
      }
      if (change.store === 'sessions' && record.status !== 'active') dropSessionDrafts(key);
    } else if (change.type === 'delete') {
      if (!own(next[change.store] as Record<string, unknown>, change.key)) continue;
      delete (edit(change.store) as Record<string, unknown>)[change.key];
      if (change.store === 'attempts') touchAttempt(change.key);
      if (change.store === 'sessions') dropSessionDrafts(change.key);
    } else {
      for (const store of RECORD_STORES) {
        for (const [key, record] of Object.entries(next[store] as Record<string, unknown>)) {
          if (stampOf(store, record) > change.at) continue;
          delete (edit(store) as Record<string, unknown>)[key];
          if (store === 'attempts') touchAttempt(key);
        }
      }
      for (const [key, draft] of Object.entries(next.drafts)) {
        if (draft.updatedAt <= change.at) delete edit('drafts')[key];
      }
    }
  }

  const patch: Partial<Merged> = {};
  for (const field of copied) Object.assign(patch, { [field]: next[field] });
  if (next.undo !== state.undo) patch.undo = next.undo;
  return Object.keys(patch).length > 0 ? patch : null;
}

/**
 * Drafts after another tab's write turned the stored drafts from `before`
 * into `after` (see the header). `obsolete` says a draft can no longer be
 * submitted (its question was submitted after it was typed, its session is
 * finished or deleted, or everything was cleared since): such a draft is
 * never adopted and is dropped here. `stale` is true when the stored value
 * lacks a draft of ours or holds an older one, so this tab must write again.
 */
export function absorbDrafts(
  current: Record<string, Draft>,
  before: Record<string, Draft>,
  after: Record<string, Draft>,
  obsolete: (draft: Draft) => boolean = () => false,
): { drafts: Record<string, Draft>; stale: boolean } {
  let drafts: Record<string, Draft> | null = null;
  const edit = () => (drafts ??= { ...current });
  for (const [key, theirs] of Object.entries(after)) {
    const mine = own(current, key);
    const previous = own(before, key);
    if (mine) {
      if (theirs.updatedAt > mine.updatedAt) edit()[key] = theirs;
    } else if ((!previous || !same(previous, theirs)) && !obsolete(theirs)) {
      // Added or changed by the writer; one it merely carried along is one we dropped.
      edit()[key] = theirs;
    }
  }
  for (const [key, mine] of Object.entries(current)) {
    const previous = own(before, key);
    // Gone from the stored value though the writer had seen this version: submitted, finished or cleared there.
    const removed = !Object.hasOwn(after, key) && previous !== undefined && previous.updatedAt >= mine.updatedAt;
    if (removed || obsolete(own(drafts ?? current, key) ?? mine)) delete edit()[key];
  }
  const result: Record<string, Draft> = drafts ?? current;
  const stale = Object.entries(result).some(([key, draft]) => {
    const stored = own(after, key);
    return !stored || stored.updatedAt < draft.updatedAt;
  });
  return { drafts: result, stale };
}
