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
 * - Upgrades run the ordered steps in migrations.ts (version 2 adds the
 *   `schedules` and `plans` stores and keeps everything version 1 stored),
 *   after copying every store's raw records into `meta` (`backup:v<old>`).
 *   An upgrade that fails is rolled back whole; the database is then opened
 *   read-only at the version it has (`warning` says so), so what was stored
 *   still loads and nothing is written over it.
 * - A connection another tab needs closed (for a newer schema) is closed, and
 *   later calls reject with kind 'closed' instead of blocking that tab.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type OpenDBCallbacks, unwrap } from 'idb';

import type { Attempt, GuidePlan, PracticeSession, Recording, ReviewSchedule, Story, UserGuide } from '@/domain/model';

import { type FailureKind, RECORD_STORES, type RecordStore, StorageFailure } from './failure';
import { BACKUP_PREFIX, DB_STEPS, type DbStep, dbVersionOf, upgradeDatabase } from './migrations';

export const DB_NAME = 'rehearse';
export const DB_VERSION = dbVersionOf(DB_STEPS);
const DEFAULT_TIMEOUT_MS = 8000;

interface RehearseSchema extends DBSchema {
  sessions: { key: string; value: PracticeSession };
  attempts: { key: string; value: Attempt; indexes: { bySession: string; byQuestion: string } };
  meta: { key: string; value: unknown };
  schedules: { key: string; value: ReviewSchedule };
  plans: { key: string; value: GuidePlan };
  guides: { key: string; value: UserGuide };
  stories: { key: string; value: Story };
  recordings: { key: string; value: Recording };
  /**
   * A recording's audio, keyed by its attempt's id (out-of-line keys). Its bytes rather than the Blob: Safari
   * before 14 could not store Blobs, and the description keeps the MIME type anyway.
   */
  audio: { key: string; value: ArrayBuffer };
}

// Kept apart (failure.ts) so the store can name failures without loading this module and idb.
export { type FailureKind, RECORD_STORES, type RecordStore, StorageFailure } from './failure';

function toFailure(error: unknown, fallback: FailureKind): StorageFailure {
  if (error instanceof StorageFailure) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return new StorageFailure('quota', error);
  if (name === 'VersionError') return new StorageFailure('newer-version', error);
  if (name === 'SecurityError') return new StorageFailure('unavailable', error);
  return new StorageFailure(fallback, error);
}

/**
 * The database connection `opening` resolves to, or a 'timeout' failure after `ms`. A connection that
 * arrives after we gave up is closed at once: left open, it would block every later upgrade.
 */
export async function connectWithin<T extends { close: () => void }>(opening: Promise<T>, ms: number): Promise<T> {
  try {
    return await withTimeout(opening, ms);
  } catch (error) {
    opening.then(
      (late) => late.close(),
      () => {},
    );
    throw error;
  }
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

/** A Blob's bytes (FileReader where `Blob.arrayBuffer` is missing: older Safari, jsdom in the tests). */
function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the recording could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}

export interface LoadedRecords {
  sessions: unknown[];
  attempts: unknown[];
  schedules: unknown[];
  plans: unknown[];
  guides: unknown[];
  stories: unknown[];
  recordings: unknown[];
}

export type CoreRecords = Omit<LoadedRecords, 'attempts'>;

export interface PracticeDb {
  /**
   * Set when the database could only be opened read-only (its upgrade failed
   * and was rolled back): records load, every write rejects with this failure.
   */
  readonly warning?: StorageFailure | null;
  loadAll(): Promise<LoadedRecords>;
  /** Everything but attempts: what the first screen needs (the library lists the user's guides). */
  loadCore(): Promise<CoreRecords>;
  /**
   * Up to `limit` attempts with ids after `afterId` (from the start when
   * undefined), in id order, each page in its own short read transaction so
   * that reading 10,000 attempts never blocks the page for long.
   */
  loadAttemptsPage(afterId: string | undefined, limit: number): Promise<unknown[]>;
  putSession(session: PracticeSession): Promise<void>;
  putAttempt(attempt: Attempt): Promise<void>;
  putSchedule(schedule: ReviewSchedule): Promise<void>;
  putPlan(plan: GuidePlan): Promise<void>;
  putGuide(guide: UserGuide): Promise<void>;
  putStory(story: Story): Promise<void>;
  /** A recording's description and its audio, in one transaction: both are stored or neither. */
  putRecording(recording: Recording, audio: Blob): Promise<void>;
  /** A recording's description alone (its audio is already stored). */
  putRecordingInfo(recording: Recording): Promise<void>;
  /** A recording's audio bytes; null when there are none (deleted, or never stored). */
  loadAudio(attemptId: string): Promise<ArrayBuffer | null>;
  /** Deletes one record by key (a missing one is fine); a recording's audio goes with it. */
  delete(store: RecordStore, key: string): Promise<void>;
  /** Deletes recordings and their audio, all in one transaction. */
  deleteRecordings(attemptIds: readonly string[]): Promise<void>;
  /** Empties every record store, and drops the pre-upgrade backups, in one transaction. */
  clearAll(): Promise<void>;
  close(): void;
}

export interface OpenPracticeDbOptions {
  name?: string;
  /** Limit for opening and for each read or write. */
  timeoutMs?: number;
  /** The upgrade steps (tests add a failing one); the database version is the last one's `to`. */
  steps?: readonly DbStep[];
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

  const steps = options.steps ?? DB_STEPS;
  const version = dbVersionOf(steps);

  let closed = false;
  let connection: IDBPDatabase<RehearseSchema> | undefined;
  const lifecycle: Pick<OpenDBCallbacks<RehearseSchema>, 'blocking' | 'terminated'> = {
    blocking() {
      closed = true;
      connection?.close();
    },
    terminated() {
      closed = true;
    },
  };
  /** The version an upgrade started from, once one has. */
  let upgradeFrom: number | undefined;
  let upgradeError: unknown;
  let opening: Promise<IDBPDatabase<RehearseSchema>>;
  try {
    opening = openDB<RehearseSchema>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        upgradeFrom = oldVersion;
        // An abort rejects the open, which is what reports it.
        tx.done.catch(() => {});
        try {
          upgradeDatabase(unwrap(db), unwrap(tx), oldVersion, newVersion ?? version, { steps });
        } catch (error) {
          upgradeError = error;
          abortQuietly(tx);
        }
      },
      ...lifecycle,
    });
  } catch (error) {
    throw toFailure(error, 'unavailable');
  }

  let readOnly: StorageFailure | null = null;
  try {
    connection = await connectWithin(opening, timeoutMs);
  } catch (error) {
    const timedOut = error instanceof StorageFailure && error.kind === 'timeout';
    if (upgradeFrom === undefined || upgradeFrom === 0 || timedOut) throw toFailure(error, 'unavailable');
    // The upgrade was rolled back, so the database is as it was: open it at that version to read
    // what it holds, and refuse every write so nothing lands in a shape this build did not check.
    readOnly = new StorageFailure('upgrade', upgradeError ?? error);
    const stored = upgradeFrom;
    const asItWas = openDB<RehearseSchema>(name, stored, {
      // Only runs if the database vanished meanwhile: never create one here.
      upgrade(_db, _old, _new, tx) {
        tx.done.catch(() => {});
        abortQuietly(tx);
      },
      ...lifecycle,
    });
    try {
      connection = await withTimeout(asItWas, timeoutMs);
    } catch {
      asItWas.then(
        (late) => late.close(),
        () => {},
      );
      throw readOnly;
    }
  }
  const db = connection;

  /** Runs `work` in its own readwrite transaction and resolves once that has committed. */
  const inTransaction = async <N extends RecordStore | 'meta' | 'audio'>(
    stores: N[],
    work: (tx: IDBPTransaction<RehearseSchema, N[], 'readwrite'>) => void,
  ) => {
    if (closed) throw new StorageFailure('closed');
    if (readOnly) throw readOnly;
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

  /** One readonly transaction over `stores`, each read with getAll (optionally a key range and a count). */
  const readStores = async (stores: RecordStore[], range?: IDBKeyRange, count?: number): Promise<unknown[][]> => {
    if (closed) throw new StorageFailure('closed');
    try {
      // A database left at an older version (read-only after a failed upgrade) lacks the later
      // stores: those read as empty.
      const present = stores.filter((store) => db.objectStoreNames.contains(store));
      const tx = db.transaction(present, 'readonly');
      // Only the reads' results matter; an abort (e.g. on timeout) must not also surface here.
      tx.done.catch(() => {});
      return await withTimeout(
        Promise.all(
          stores.map((store) =>
            present.includes(store) ? (tx.objectStore(store).getAll(range, count) as Promise<unknown[]>) : [],
          ),
        ),
        timeoutMs,
        () => abortQuietly(tx),
      );
    } catch (error) {
      throw toFailure(error, 'read');
    }
  };

  return {
    warning: readOnly,
    async loadAll() {
      const [sessions, attempts, schedules, plans, guides, stories, recordings] = await readStores([...RECORD_STORES]);
      return {
        recordings: recordings!,
        sessions: sessions!,
        attempts: attempts!,
        schedules: schedules!,
        plans: plans!,
        guides: guides!,
        stories: stories!,
      };
    },
    async loadCore() {
      const [sessions, schedules, plans, guides, stories, recordings] = await readStores([
        'sessions',
        'schedules',
        'plans',
        'guides',
        'stories',
        'recordings',
      ]);
      return {
        sessions: sessions!,
        schedules: schedules!,
        plans: plans!,
        guides: guides!,
        stories: stories!,
        recordings: recordings!,
      };
    },
    async loadAttemptsPage(afterId, limit) {
      const range = afterId === undefined ? undefined : IDBKeyRange.lowerBound(afterId, true);
      const [page] = await readStores(['attempts'], range, limit);
      return page!;
    },
    putSession: (session) => put('sessions', session),
    putAttempt: (attempt) => put('attempts', attempt),
    putSchedule: (schedule) => put('schedules', schedule),
    putPlan: (plan) => put('plans', plan),
    putGuide: (guide) => put('guides', guide),
    putStory: (story) => put('stories', story),
    async putRecording(recording, audio) {
      // Read before the transaction opens: a transaction commits as soon as it waits on anything else.
      let bytes: ArrayBuffer;
      try {
        bytes = await blobBytes(audio);
      } catch (error) {
        throw toFailure(error, 'write');
      }
      return inTransaction(['recordings', 'audio'], (tx) => {
        tx.objectStore('recordings')
          .put(recording)
          .catch(() => {});
        tx.objectStore('audio')
          .put(bytes, recording.attemptId)
          .catch(() => {});
      });
    },
    putRecordingInfo: (recording) => put('recordings', recording),
    async loadAudio(attemptId) {
      if (closed) throw new StorageFailure('closed');
      if (!db.objectStoreNames.contains('audio')) return null;
      try {
        const tx = db.transaction('audio', 'readonly');
        tx.done.catch(() => {});
        const bytes: unknown = await withTimeout(tx.store.get(attemptId), timeoutMs, () => abortQuietly(tx));
        // By its tag, not instanceof: the bytes may come from another realm (a worker-made buffer, the tests' jsdom).
        return Object.prototype.toString.call(bytes) === '[object ArrayBuffer]' ? (bytes as ArrayBuffer) : null;
      } catch (error) {
        throw toFailure(error, 'read');
      }
    },
    delete: (store, key) =>
      store === 'recordings'
        ? inTransaction(['recordings', 'audio'], (tx) => {
            tx.objectStore('recordings')
              .delete(key)
              .catch(() => {});
            tx.objectStore('audio')
              .delete(key)
              .catch(() => {});
          })
        : inTransaction(
            [store],
            (tx) =>
              void tx
                .objectStore(store)
                .delete(key)
                .catch(() => {}),
          ),
    deleteRecordings: (attemptIds) =>
      inTransaction(['recordings', 'audio'], (tx) => {
        for (const key of attemptIds) {
          tx.objectStore('recordings')
            .delete(key)
            .catch(() => {});
          tx.objectStore('audio')
            .delete(key)
            .catch(() => {});
        }
      }),
    clearAll: () =>
      inTransaction([...RECORD_STORES, 'audio', 'meta'], (tx) => {
        for (const store of [...RECORD_STORES, 'audio'] as const)
          tx.objectStore(store)
            .clear()
            .catch(() => {});
        // The copies taken before upgrades are the user's records too: "delete everything" includes them.
        tx.objectStore('meta')
          .delete(IDBKeyRange.bound(BACKUP_PREFIX, `${BACKUP_PREFIX}\uffff`))
          .catch(() => {});
      }),
    close() {
      closed = true;
      db.close();
    },
  };
}
