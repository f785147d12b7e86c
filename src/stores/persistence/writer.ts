/**
 * Saves records behind the store's synchronous actions. Writes are issued in
 * action order (IndexedDB runs overlapping readwrite transactions in the
 * order they were created, so the newest version of a record wins). A
 * record whose save failed is kept and tried again after the next
 * successful save, unless a newer version of it has been issued since.
 * Deletes go through the same queue, keyed like the record, so a put and a
 * later delete of the same record can never land in the wrong order.
 */
import type { Attempt, GuidePlan, PracticeSession, ReviewSchedule } from '@/domain/model';

import type { RecordWriter } from '../types';
import { type PracticeDb, StorageFailure } from './db';

export interface RecordWriterHooks {
  /** Resolves to null when there is no database (memory-only): writes are then dropped. */
  getDb: () => Promise<PracticeDb | null>;
  onFailure: (failure: StorageFailure) => void;
  /** Every record that failed to save has since been saved. */
  onRecovered: () => void;
}

type Op = (db: PracticeDb) => Promise<void>;

export function createRecordWriter(hooks: RecordWriterHooks): RecordWriter {
  const inFlight = new Set<Promise<void>>();
  const latest = new Map<string, number>();
  const unsaved = new Map<string, { seq: number; op: Op }>();
  let seq = 0;
  let retrying = false;

  const track = (promise: Promise<void>) => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise));
    return promise;
  };

  const fail = (key: string, mine: number, op: Op, error: unknown) => {
    if (latest.get(key) === mine) unsaved.set(key, { seq: mine, op });
    hooks.onFailure(error instanceof StorageFailure ? error : new StorageFailure('write', error));
  };

  const retryUnsaved = async (db: PracticeDb) => {
    if (retrying || unsaved.size === 0) return;
    retrying = true;
    try {
      for (const [key, entry] of [...unsaved]) {
        // A newer version was issued since: its own write (or failure) supersedes this one.
        if (latest.get(key) !== entry.seq) {
          unsaved.delete(key);
          continue;
        }
        try {
          await entry.op(db);
          if (unsaved.get(key) === entry) unsaved.delete(key);
        } catch {
          return;
        }
      }
      if (unsaved.size === 0) hooks.onRecovered();
    } finally {
      retrying = false;
    }
  };

  const write = (key: string, op: Op) => {
    const mine = ++seq;
    latest.set(key, mine);
    return track(
      (async () => {
        let db: PracticeDb | null;
        try {
          db = await hooks.getDb();
        } catch {
          db = null;
        }
        if (!db) return;
        try {
          await op(db);
        } catch (error) {
          fail(key, mine, op, error);
          return;
        }
        const hadFailures = unsaved.size > 0;
        if (latest.get(key) === mine) unsaved.delete(key);
        if (hadFailures) {
          if (unsaved.size === 0) hooks.onRecovered();
          else await retryUnsaved(db);
        }
      })(),
    );
  };

  return {
    saveSession: (session: PracticeSession) => void write(`session:${session.id}`, (db) => db.putSession(session)),
    saveAttempt: (attempt: Attempt) => void write(`attempt:${attempt.id}`, (db) => db.putAttempt(attempt)),
    saveSchedule: (schedule: ReviewSchedule) =>
      void write(`schedule:${schedule.questionId}`, (db) => db.putSchedule(schedule)),
    savePlan: (plan: GuidePlan) => void write(`plan:${plan.guideSlug}`, (db) => db.putPlan(plan)),
    deleteSession: (sessionId: string) => void write(`session:${sessionId}`, (db) => db.delete('sessions', sessionId)),
    deleteAttempt: (attemptId: string) => void write(`attempt:${attemptId}`, (db) => db.delete('attempts', attemptId)),
    deleteSchedule: (questionId: string) =>
      void write(`schedule:${questionId}`, (db) => db.delete('schedules', questionId)),
    clearAll: async () => {
      // Older failed writes must not be retried into the emptied database, and a failed clear is
      // not retried either (it would delete whatever was saved after it).
      unsaved.clear();
      latest.clear();
      await track(
        (async () => {
          const db = await hooks.getDb().catch(() => null);
          if (!db) return;
          try {
            await db.clearAll();
          } catch (error) {
            hooks.onFailure(error instanceof StorageFailure ? error : new StorageFailure('write', error));
            return;
          }
          hooks.onRecovered();
        })(),
      );
    },
    flush: async () => {
      // Retries can start new writes while we wait, so wait until none are left.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
