import { create, type Mutate, type StoreApi, type UseBoundStore } from 'zustand';
import { persist } from 'zustand/middleware';

import type { Attempt, Draft, GuidePlan, PracticeSession, ReviewSchedule } from '@/domain/model';

import { openPracticeDb, type PracticeDb, StorageFailure } from './persistence/db';
import { createLocalPersistence, type KeyValueStorage, PERSIST_KEY, PERSIST_VERSION } from './persistence/local';
import { isAttempt, isGuidePlan, isPracticeSession, isReviewSchedule } from './persistence/validate';
import { createRecordWriter } from './persistence/writer';
import { createAttemptsSlice } from './slices/attempts';
import { createDataSlice } from './slices/data';
import { createDraftsSlice } from './slices/drafts';
import { createSchedulingSlice } from './slices/scheduling';
import { createSessionsSlice } from './slices/sessions';
import { createSettingsSlice } from './slices/settings';
import type { PersistedState, PracticeState, StoreEnv } from './types';

export type PracticeStore = UseBoundStore<Mutate<StoreApi<PracticeState>, [['zustand/persist', PersistedState]]>>;

export interface PracticeStoreOptions {
  now?: () => number;
  newId?: () => string;
  /** IndexedDB database name (tests use a fresh one each). */
  dbName?: string;
  /** Limit for opening the database and for each read or write. */
  dbTimeoutMs?: number;
  /** Replaces the IndexedDB layer entirely (tests). */
  openDb?: () => Promise<PracticeDb>;
  /** Where drafts and settings go; localStorage by default. */
  storage?: KeyValueStorage;
  storageKey?: string;
}

/** Drafts of sessions known to be finished can never be submitted; unknown sessions keep theirs. */
function pruneDrafts(drafts: Record<string, Draft>, sessions: Record<string, PracticeSession>) {
  const kept = Object.entries(drafts).filter(([, d]) => (sessions[d.sessionId]?.status ?? 'active') === 'active');
  return kept.length === Object.keys(drafts).length ? drafts : Object.fromEntries(kept);
}

/** Start-up timings for `npm run bench:history`; a no-op where the User Timing API is missing. */
function mark(name: string) {
  globalThis.performance?.mark?.(`rehearse:${name}`);
}

export function createPracticeStore(options: PracticeStoreOptions = {}): PracticeStore {
  const env: StoreEnv = {
    now: options.now ?? (() => Date.now()),
    newId: options.newId ?? (() => crypto.randomUUID()),
  };

  // Errors can be reported while the store is still being created (hydration runs inside
  // `create`), so they wait here until there is a store to put them in.
  const ref: { store?: PracticeStore } = {};
  let earlyError: string | null = null;
  const messages = { local: null as string | null, write: null as string | null };

  const showError = (message: string) => {
    const { store } = ref;
    if (!store) earlyError = message;
    else if (store.getState().storageError !== message) store.setState({ storageError: message });
  };
  const clearErrorIf = (message: string | null) => {
    if (message !== null && ref.store?.getState().storageError === message) ref.store.setState({ storageError: null });
  };

  const local = createLocalPersistence({
    key: options.storageKey ?? PERSIST_KEY,
    storage: options.storage,
    report: (message) => {
      if (message === null) return clearErrorIf(messages.local);
      messages.local = message;
      showError(message);
    },
  });

  const openDb = options.openDb ?? (() => openPracticeDb({ name: options.dbName, timeoutMs: options.dbTimeoutMs }));
  let dbPromise: Promise<PracticeDb | null> | undefined;
  const getDb = () =>
    (dbPromise ??= openDb().then(
      (db) => db,
      (error: unknown) => {
        const failure = error instanceof StorageFailure ? error : new StorageFailure('unavailable', error);
        ref.store?.setState({ status: 'memory-only', storageError: failure.message });
        return null;
      },
    ));

  const writer = createRecordWriter({
    getDb,
    onFailure: (failure) => {
      messages.write = failure.message;
      showError(failure.message);
    },
    onRecovered: () => clearErrorIf(messages.write),
  });

  let loading: Promise<void> | undefined;
  const load = async (): Promise<void> => {
    const db = await getDb();
    mark('db-open');
    if (!db) return;
    let records;
    try {
      records = await db.loadAll();
      mark('db-read');
    } catch (error) {
      // The database opened, so new work can still be saved even though old work can't be read.
      const message = error instanceof StorageFailure ? error.message : new StorageFailure('read').message;
      ref.store?.setState({ status: 'ready', storageError: message });
      return;
    }
    let setAside = 0;
    const sessions: Record<string, PracticeSession> = {};
    const attempts: Record<string, Attempt> = {};
    for (const record of records.sessions) {
      if (isPracticeSession(record)) sessions[record.id] = record;
      else setAside++;
    }
    for (const record of records.attempts) {
      if (isAttempt(record)) attempts[record.id] = record;
      else setAside++;
    }
    const schedules: Record<string, ReviewSchedule> = {};
    const plans: Record<string, GuidePlan> = {};
    for (const record of records.schedules) {
      if (isReviewSchedule(record)) schedules[record.questionId] = record;
      else setAside++;
    }
    for (const record of records.plans) {
      if (isGuidePlan(record)) plans[record.guideSlug] = record;
      else setAside++;
    }
    mark('validated');
    // Anything created while loading is newer than what was on disk.
    ref.store?.setState((state) => {
      const merged = { ...sessions, ...state.sessions };
      return {
        status: 'ready',
        setAside,
        sessions: merged,
        attempts: { ...attempts, ...state.attempts },
        schedules: { ...schedules, ...state.schedules },
        plans: { ...plans, ...state.plans },
        drafts: pruneDrafts(state.drafts, merged),
      };
    });
  };

  const build = (): PracticeStore =>
    create<PracticeState>()(
      persist<PracticeState, [], [], PersistedState>(
        (...a) => ({
          status: 'loading',
          storageError: null,
          setAside: 0,
          init: () =>
            (loading ??= load().catch(() => {
              a[0]({ status: 'memory-only', storageError: new StorageFailure('unavailable').message });
            })),
          flush: () => writer.flush(),
          clearStorageError: () => a[0]({ storageError: null }),
          ...createSessionsSlice(writer, env)(...a),
          ...createAttemptsSlice(writer, env)(...a),
          ...createDraftsSlice(env)(...a),
          ...createSettingsSlice()(...a),
          ...createSchedulingSlice(writer, env)(...a),
          ...createDataSlice(writer, env)(...a),
        }),
        {
          name: options.storageKey ?? PERSIST_KEY,
          version: PERSIST_VERSION,
          partialize: (state) => ({ drafts: state.drafts, settings: state.settings }),
          ...local,
        },
      ),
    );

  const store = build();
  ref.store = store;
  if (earlyError) store.setState({ storageError: earlyError });
  return store;
}

/** The app's store. Call `init()` once at startup to load saved sessions and attempts. */
export const usePracticeStore = createPracticeStore();
