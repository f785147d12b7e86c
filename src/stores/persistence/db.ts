/**
 * The only module that touches IndexedDB. What it guarantees:
 * - Every call settles. It resolves, or rejects with a `StorageFailure` whose
 *   message can be shown to the user, within `timeoutMs` even if the browser
 *   never answers (a stalled write's transaction is aborted).
 * - A put resolves only once its transaction has committed; it writes one
 *   record in its own transaction, so one bad record cannot take others down.
 * - Nothing is deleted except by the explicit `delete` and `clearAll` calls,
 *   which only the user's own actions (deleting a session, clearing all data)
 *   issue. Loaded records come back as `unknown`: checking their shape is the
 *   caller's job (see validate.ts).
 * - Upgrades only add: version 2 adds the `schedules` and `plans` stores and
 *   keeps everything version 1 stored.
 * - A connection another tab needs closed (for a newer schema) is closed, and
 *   later calls reject with kind 'closed' instead of blocking that tab.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';

import type { Attempt, GuidePlan, PracticeSession, ReviewSchedule } from '@/domain/model';

import { SCHEMA_VERSION } from '../slices/sessions';

export const DB_NAME = 'rehearse';
export const DB_VERSION = 2;
const DEFAULT_TIMEOUT_MS = 8000;

interface RehearseSchema extends DBSchema {
  sessions: { key: string; value: PracticeSession };
  attempts: { key: string; value: Attempt; indexes: { bySession: string; byQuestion: string } };
  meta: { key: string; value: unknown };
  schedules: { key: string; value: ReviewSchedule };
  plans: { key: string; value: GuidePlan };
}

/** The stores holding user records (not `meta`). */
export const RECORD_STORES = ['sessions', 'attempts', 'schedules', 'plans'] as const;
export type RecordStore = (typeof RECORD_STORES)[number];

export type FailureKind = 'unavailable' | 'newer-version' | 'quota' | 'timeout' | 'closed' | 'read' | 'write';

const MESSAGES: Record<FailureKind, string> = {
  unavailable:
    "This browser isn't letting Rehearse store your practice (private browsing, or storage turned off). You can keep practising, but sessions will be gone when you close the tab.",
  'newer-version':
    'Your saved practice was written by a newer version of Rehearse. Reload the page to use it; until then nothing new is saved.',
  quota:
    "Your browser's storage for this site is full, so your latest practice wasn't saved. It is still here in this tab.",
  timeout: 'Saving your practice took too long, so it may not have been saved. It is still here in this tab.',
  closed: 'Rehearse was updated in another tab, so this tab can no longer save. Reload the page to keep your practice.',
  read: "Couldn't read your saved practice. New practice will still be saved.",
  write: "Couldn't save your practice to this browser's storage. It is still here in this tab.",
};

export class StorageFailure extends Error {
  readonly kind: FailureKind;
  constructor(kind: FailureKind, cause?: unknown) {
    super(MESSAGES[kind], { cause });
    this.name = 'StorageFailure';
    this.kind = kind;
  }
}

function toFailure(error: unknown, fallback: FailureKind): StorageFailure {
  if (error instanceof StorageFailure) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return new StorageFailure('quota', error);
  if (name === 'VersionError') return new StorageFailure('newer-version', error);
  if (name === 'SecurityError') return new StorageFailure('unavailable', error);
  return new StorageFailure(fallback, error);
}

/** Rejects with a 'timeout' failure if `promise` has not settled in `ms`, calling `onTimeout` first. */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(new StorageFailure('timeout'));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      // Passed through as is: DOMExceptions may come from another realm and still carry the
      // `name` that toFailure() reads.
      (error: unknown) => {
        clearTimeout(timer);
        reject(error as Error);
      },
    );
  });
}

function abortQuietly(tx: { abort(): void }) {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing left to stop.
  }
}

export interface LoadedRecords {
  sessions: unknown[];
  attempts: unknown[];
  schedules: unknown[];
  plans: unknown[];
}

export interface PracticeDb {
  loadAll(): Promise<LoadedRecords>;
  putSession(session: PracticeSession): Promise<void>;
  putAttempt(attempt: Attempt): Promise<void>;
  putSchedule(schedule: ReviewSchedule): Promise<void>;
  putPlan(plan: GuidePlan): Promise<void>;
  /** Deletes one record by key (a missing one is fine). */
  delete(store: RecordStore, key: string): Promise<void>;
  /** Empties every record store in one transaction. */
  clearAll(): Promise<void>;
  close(): void;
}

export interface OpenPracticeDbOptions {
  name?: string;
  /** Limit for opening and for each read or write. */
  timeoutMs?: number;
}

export async function openPracticeDb(options: OpenPracticeDbOptions = {}): Promise<PracticeDb> {
  const name = options.name ?? DB_NAME;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB;
  } catch {
    factory = undefined;
  }
  if (!factory) throw new StorageFailure('unavailable');

  let closed = false;
  let connection: IDBPDatabase<RehearseSchema> | undefined;
  let opening: Promise<IDBPDatabase<RehearseSchema>>;
  try {
    opening = openDB<RehearseSchema>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('sessions', { keyPath: 'id' });
          const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
          attempts.createIndex('bySession', 'sessionId');
          attempts.createIndex('byQuestion', 'questionId');
          db.createObjectStore('meta');
          // A failure here aborts the upgrade, which rejects the open; no need to watch it twice.
          tx.objectStore('meta')
            .put(SCHEMA_VERSION, 'schemaVersion')
            .catch(() => {});
        }
        if (oldVersion < 2) {
          db.createObjectStore('schedules', { keyPath: 'questionId' });
          db.createObjectStore('plans', { keyPath: 'guideSlug' });
        }
      },
      blocking() {
        closed = true;
        connection?.close();
      },
      terminated() {
        closed = true;
      },
    });
  } catch (error) {
    throw toFailure(error, 'unavailable');
  }

  try {
    connection = await withTimeout(opening, timeoutMs);
  } catch (error) {
    // A connection that arrives after we gave up would otherwise stay open and block upgrades.
    opening.then(
      (late) => late.close(),
      () => {},
    );
    throw toFailure(error, 'unavailable');
  }
  const db = connection;

  /** Runs `work` in its own readwrite transaction and resolves once that has committed. */
  const inTransaction = async <N extends RecordStore>(
    stores: N[],
    work: (tx: IDBPTransaction<RehearseSchema, N[], 'readwrite'>) => void,
  ) => {
    if (closed) throw new StorageFailure('closed');
    let tx: IDBPTransaction<RehearseSchema, N[], 'readwrite'> | undefined;
    try {
      tx = db.transaction(stores, 'readwrite');
      // idb rejects `done` on abort whether or not anyone listens; it is awaited below, but a
      // request that throws skips that, so it is observed here too.
      tx.done.catch(() => {});
      work(tx);
    } catch (error) {
      if (tx) abortQuietly(tx);
      throw toFailure(error, 'write');
    }
    const started = tx;
    try {
      await withTimeout(started.done, timeoutMs, () => abortQuietly(started));
    } catch (error) {
      throw toFailure(error, 'write');
    }
  };

  // A request's failure also fails the transaction, which `done` reports.
  const put = <N extends RecordStore>(store: N, value: RehearseSchema[N]['value']) =>
    inTransaction(
      [store],
      (tx) =>
        void tx
          .objectStore(store)
          .put(value)
          .catch(() => {}),
    );

  return {
    async loadAll() {
      if (closed) throw new StorageFailure('closed');
      try {
        const tx = db.transaction([...RECORD_STORES], 'readonly');
        // Only the reads' results matter; an abort (e.g. on timeout) must not also surface here.
        tx.done.catch(() => {});
        const [sessions, attempts, schedules, plans] = await withTimeout(
          Promise.all(RECORD_STORES.map((store) => tx.objectStore(store).getAll() as Promise<unknown[]>)),
          timeoutMs,
          () => abortQuietly(tx),
        );
        return { sessions: sessions!, attempts: attempts!, schedules: schedules!, plans: plans! };
      } catch (error) {
        throw toFailure(error, 'read');
      }
    },
    putSession: (session) => put('sessions', session),
    putAttempt: (attempt) => put('attempts', attempt),
    putSchedule: (schedule) => put('schedules', schedule),
    putPlan: (plan) => put('plans', plan),
    delete: (store, key) =>
      inTransaction(
        [store],
        (tx) =>
          void tx
            .objectStore(store)
            .delete(key)
            .catch(() => {}),
      ),
    clearAll: () =>
      inTransaction([...RECORD_STORES], (tx) => {
        for (const store of RECORD_STORES)
          tx.objectStore(store)
            .clear()
            .catch(() => {});
      }),
    close() {
      closed = true;
      db.close();
    },
  };
}
