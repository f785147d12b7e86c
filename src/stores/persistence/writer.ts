/**
 * Saves records behind the store's synchronous actions. Writes are issued in
 * action order (IndexedDB runs overlapping readwrite transactions in the
 * order they were created, so the newest version of a record wins). A
 * record whose save failed is kept and tried again after the next
 * successful save, unless a newer version of it has been issued since.
 * Deletes go through the same queue, keyed like the record, so a put and a
 * later delete of the same record can never land in the wrong order.
 * Every put, delete and clear that commits (retries included) is reported
 * to `onCommitted`, which is how other tabs learn of it (see ../sync.ts).
 */
import type { Attempt, GuidePlan, PracticeSession, Recording, ReviewSchedule, Story, UserGuide } from '@/domain/model';

import type { RecordWriter } from '../types';
import type { CommittedChange } from './changes';
import type { PracticeDb } from './db';
import { StorageFailure } from './failure';

export interface RecordWriterHooks {
  /** Resolves to null when there is no database (memory-only): writes are then dropped. */
  getDb: () => Promise<PracticeDb | null>;
  onFailure: (failure: StorageFailure) => void;
  /** Every record that failed to save has since been saved. */
  onRecovered: () => void;
  /** A put, delete or clear has committed to IndexedDB (a retried one once it finally has). */
  onCommitted?: (change: CommittedChange) => void;
}

type Op = (db: PracticeDb) => Promise<void>;

export function createRecordWriter(hooks: RecordWriterHooks): RecordWriter {
  const inFlight = new Set<Promise<void>>();
  const latest = new Map<string, number>();
  const unsaved = new Map<string, { seq: number; op: Op; change: CommittedChange }>();
  let seq = 0;
  let retrying = false;

  const committed = (change: CommittedChange) => {
    try {
      hooks.onCommitted?.(change);
    } catch {
      // Reporting is best effort: the record is saved either way.
    }
  };

  const track = (promise: Promise<void>) => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise));
    return promise;
  };

  const fail = (key: string, mine: number, op: Op, change: CommittedChange, error: unknown) => {
    if (latest.get(key) === mine) unsaved.set(key, { seq: mine, op, change });
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
          committed(entry.change);
        } catch {
          return;
        }
      }
      if (unsaved.size === 0) hooks.onRecovered();
    } finally {
      retrying = false;
    }
  };

  const write = (key: string, change: CommittedChange, op: Op) => {
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
          fail(key, mine, op, change, error);
          return;
        }
        committed(change);
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
    saveSession: (session: PracticeSession) =>
      void write(`session:${session.id}`, { type: 'put', store: 'sessions', record: session }, (db) =>
        db.putSession(session),
      ),
    saveAttempt: (attempt: Attempt) =>
      void write(`attempt:${attempt.id}`, { type: 'put', store: 'attempts', record: attempt }, (db) =>
        db.putAttempt(attempt),
      ),
    saveSchedule: (schedule: ReviewSchedule) =>
      void write(`schedule:${schedule.questionId}`, { type: 'put', store: 'schedules', record: schedule }, (db) =>
        db.putSchedule(schedule),
      ),
    savePlan: (plan: GuidePlan) =>
      void write(`plan:${plan.guideSlug}`, { type: 'put', store: 'plans', record: plan }, (db) => db.putPlan(plan)),
    saveGuide: (guide: UserGuide) =>
      void write(`guide:${guide.slug}`, { type: 'put', store: 'guides', record: guide }, (db) => db.putGuide(guide)),
    saveStory: (story: Story) =>
      void write(`story:${story.id}`, { type: 'put', store: 'stories', record: story }, (db) => db.putStory(story)),
    saveRecording: async (recording: Recording, audio: Blob) => {
      let failure: StorageFailure | null = null;
      await write(
        `recording:${recording.attemptId}`,
        { type: 'put', store: 'recordings', record: recording },
        async (db) => {
          try {
            await db.putRecording(recording, audio);
            failure = null;
          } catch (error) {
            failure = error instanceof StorageFailure ? error : new StorageFailure('write', error);
            throw failure;
          }
        },
      );
      return failure;
    },
    updateRecording: (recording: Recording) =>
      void write(`recording:${recording.attemptId}`, { type: 'put', store: 'recordings', record: recording }, (db) =>
        db.putRecordingInfo(recording),
      ),
    deleteRecording: (attemptId: string) =>
      void write(`recording:${attemptId}`, { type: 'delete', store: 'recordings', key: attemptId }, (db) =>
        db.delete('recordings', attemptId),
      ),
    deleteGuide: (slug: string) =>
      void write(`guide:${slug}`, { type: 'delete', store: 'guides', key: slug }, (db) => db.delete('guides', slug)),
    deleteStory: (storyId: string) =>
      void write(`story:${storyId}`, { type: 'delete', store: 'stories', key: storyId }, (db) =>
        db.delete('stories', storyId),
      ),
    deleteSession: (sessionId: string) =>
      void write(`session:${sessionId}`, { type: 'delete', store: 'sessions', key: sessionId }, (db) =>
        db.delete('sessions', sessionId),
      ),
    deleteAttempt: (attemptId: string) =>
      void write(`attempt:${attemptId}`, { type: 'delete', store: 'attempts', key: attemptId }, (db) =>
        db.delete('attempts', attemptId),
      ),
    deleteSchedule: (questionId: string) =>
      void write(`schedule:${questionId}`, { type: 'delete', store: 'schedules', key: questionId }, (db) =>
        db.delete('schedules', questionId),
      ),
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
          committed({ type: 'clear' });
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
