import { create, type Mutate, type StoreApi, type UseBoundStore } from 'zustand';
import { persist } from 'zustand/middleware';

import type {
  Attempt,
  Draft,
  GuidePlan,
  PracticeSession,
  Recording,
  ReviewSchedule,
  SetAsideEntry,
  Story,
  UserGuide,
} from '@/domain/model';
import { KEY_FIELD, type RecordOf } from '@/domain/schema';
import { readRecord, VERSIONS, type Versions } from '@/domain/versions';

import { attachChangeFeed, createChangeFeed } from './persistence/changes';
import { openPracticeDb, type PracticeDb } from './persistence/db';
import { type RecordStore, StorageFailure } from './persistence/failure';
import { createLocalPersistence, type KeyValueStorage, PERSIST_KEY, PERSIST_VERSION } from './persistence/local';
import { setAsideEntry } from './persistence/set-aside';
import { createRecordWriter } from './persistence/writer';
import { createScheduleQueue, lazyScheduler, type SchedulerSource } from './scheduler';
import { createAttemptsSlice } from './slices/attempts';
import { createDataSlice } from './slices/data';
import { createDraftsSlice } from './slices/drafts';
import { createLibrarySlice } from './slices/library';
import { createRecordingsSlice } from './slices/recordings';
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
  /** Where the FSRS scheduler comes from; the lazy schedule-sync.ts chunk by default (scheduler.ts). */
  scheduler?: SchedulerSource;
  /** The record versions and migration chain; the app's (`@/domain/versions`) by default (tests bump it). */
  versions?: Versions;
}

/** Drafts of sessions known to be finished can never be submitted; unknown sessions keep theirs. */
function pruneDrafts(drafts: Record<string, Draft>, sessions: Record<string, PracticeSession>) {
  const kept = Object.entries(drafts).filter(([, d]) => (sessions[d.sessionId]?.status ?? 'active') === 'active');
  return kept.length === Object.keys(drafts).length ? drafts : Object.fromEntries(kept);
}

/** Attempts read per IndexedDB request at start-up: big enough to be quick, small enough to keep each task short. */
const ATTEMPT_PAGE = 500;

/** The key of a stored attempt (its keyPath is `id`), whatever else is wrong with it. */
function attemptKey(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Start-up timings for `npm run bench:history`; a no-op where the User Timing API is missing. */
function mark(name: string) {
  globalThis.performance?.mark?.(`rehearse:${name}`);
}

export function createPracticeStore(options: PracticeStoreOptions = {}): PracticeStore {
  const env: StoreEnv = {
    now: options.now ?? (() => Date.now()),
    newId: options.newId ?? (() => crypto.randomUUID()),
    versions: options.versions ?? VERSIONS,
  };

  // Errors can be reported while the store is still being created (hydration runs inside
  // `create`), so they wait here until there is a store to put them in.
  const ref: { store?: PracticeStore } = {};
  let earlyError: string | null = null;
  const messages = { local: null as string | null, write: null as string | null, scheduler: null as string | null };

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
    now: env.now,
    report: (message) => {
      if (message === null) return clearErrorIf(messages.local);
      messages.local = message;
      showError(message);
    },
  });

  // IndexedDB (db.ts, idb and the migrations) is part of the store's chunk (scripts/chunk-groups.ts):
  // every first page waits for the user's data, so a chunk of its own was only one more round trip.
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

  const committed = createChangeFeed(); // tab sync: what this tab saved (see sync.ts)
  const writer = createRecordWriter({
    getDb,
    onFailure: (failure) => {
      messages.write = failure.message;
      showError(failure.message);
    },
    onRecovered: () => clearErrorIf(messages.write),
    onCommitted: committed.emit,
  });

  // Reviews need FSRS, a lazy chunk: changes made before it arrives wait here, in order (scheduler.ts).
  const schedule = createScheduleQueue({
    source: options.scheduler ?? lazyScheduler,
    getState: () => ref.store!.getState(),
    setState: (changes) => ref.store!.setState(changes),
    onFailure: (message) => {
      messages.scheduler = message;
      showError(message);
    },
    onRecovered: () => clearErrorIf(messages.scheduler),
  });

  let loading: Promise<void> | undefined;
  let coreIn: () => void = () => {};
  const core = new Promise<void>((resolve) => (coreIn = resolve));
  /** A read failed: the database opened, so new work can still be saved even though old work can't be read. */
  const readFailed = (error: unknown) => {
    const message = error instanceof StorageFailure ? error.message : new StorageFailure('read').message;
    ref.store?.setState({ status: 'ready', storageError: message });
  };
  /**
   * Loads in two steps so the first screen does not wait for the whole
   * history: sessions, schedules and plans first (what home needs: the
   * continue banner and the due count), then attempts in pages of
   * ATTEMPT_PAGE, each page its own short task. `status` stays 'loading'
   * until the attempts are in, and `init()` resolves only then, so pages
   * that show attempts (their route loaders await it) never see half.
   */
  const load = async (): Promise<void> => {
    const db = await getDb();
    mark('db-open');
    if (!db) return;
    // E.g. an upgrade that failed: the old data is kept read-only, and the user is told at once.
    if (db.warning) showError(db.warning.message);
    let core;
    try {
      core = await db.loadCore();
    } catch (error) {
      return readFailed(error);
    }
    const setAside: SetAsideEntry[] = [];
    // Each record is brought up to date and checked (`readRecord`); one that cannot be is set aside, left on disk.
    const readAll = <K extends RecordStore>(kind: K, raws: readonly unknown[], into: SetAsideEntry[]) => {
      const records: Record<string, RecordOf<K>> = {};
      for (const raw of raws) {
        const result = readRecord(kind, raw, env.versions);
        if ('ok' in result) records[(result.ok as unknown as Record<string, string>)[KEY_FIELD[kind]]!] = result.ok;
        else into.push(setAsideEntry(kind, raw, env.versions));
      }
      return records;
    };
    const sessions: Record<string, PracticeSession> = readAll('sessions', core.sessions, setAside);
    const schedules: Record<string, ReviewSchedule> = readAll('schedules', core.schedules, setAside);
    const plans: Record<string, GuidePlan> = readAll('plans', core.plans, setAside);
    const guides: Record<string, UserGuide> = readAll('guides', core.guides, setAside);
    const stories: Record<string, Story> = readAll('stories', core.stories, setAside);
    const recordings: Record<string, Recording> = readAll('recordings', core.recordings, setAside);
    // Anything created while loading is newer than what was on disk.
    ref.store?.setState((state) => {
      const merged = { ...sessions, ...state.sessions };
      return {
        setAside: state.setAside + setAside.length,
        setAsideRecords: [...state.setAsideRecords, ...setAside],
        sessions: merged,
        schedules: { ...schedules, ...state.schedules },
        plans: { ...plans, ...state.plans },
        guides: { ...guides, ...state.guides },
        stories: { ...stories, ...state.stories },
        recordings: { ...recordings, ...state.recordings },
        drafts: pruneDrafts(state.drafts, merged),
      };
    });
    mark('core-ready');
    coreIn();

    const attempts: Record<string, Attempt> = {};
    const attemptsSetAside: SetAsideEntry[] = [];
    let failure: unknown;
    let after: string | undefined;
    for (;;) {
      let page: unknown[];
      try {
        page = await db.loadAttemptsPage(after, ATTEMPT_PAGE);
      } catch (error) {
        // Keep what was read; say the rest could not be.
        failure = error;
        break;
      }
      Object.assign(attempts, readAll('attempts', page, attemptsSetAside));
      if (page.length < ATTEMPT_PAGE) break;
      after = attemptKey(page[page.length - 1]);
      if (after === undefined) break;
    }
    mark('attempts-read');
    ref.store?.setState((state) => ({
      status: 'ready',
      setAside: state.setAside + attemptsSetAside.length,
      setAsideRecords: [...state.setAsideRecords, ...attemptsSetAside],
      attempts: { ...attempts, ...state.attempts },
    }));
    if (failure !== undefined) return readFailed(failure);
    // A recording whose answer is gone (its session was deleted, in this tab or another) is deleted too:
    // its answer is written before it, so every recording read above has its answer among the attempts.
    const state = ref.store?.getState();
    // (An answer set aside as unreadable is still on disk: its recording stays.)
    const setAsideAttempts = new Set(attemptsSetAside.map((entry) => entry.key));
    const orphans = state
      ? Object.keys(state.recordings).filter((id) => !Object.hasOwn(state.attempts, id) && !setAsideAttempts.has(id))
      : [];
    if (orphans.length) void state!.deleteRecordings({ attemptIds: orphans });
  };

  const build = (): PracticeStore =>
    create<PracticeState>()(
      persist<PracticeState, [], [], PersistedState>(
        (...a) => ({
          status: 'loading',
          storageError: null,
          setAside: 0,
          setAsideRecords: [],
          deleteSetAside: async () => {
            const db = await getDb();
            if (!db) return;
            const deleted = new Set<SetAsideEntry>();
            for (const entry of a[1]().setAsideRecords) {
              // A record without a key cannot be addressed; one whose key now holds a readable record is not ours to delete.
              if (entry.key === null || Object.hasOwn(a[1]()[entry.store], entry.key)) continue;
              try {
                await db.delete(entry.store, entry.key);
                deleted.add(entry);
              } catch (error) {
                showError(error instanceof StorageFailure ? error.message : new StorageFailure('write').message);
                break;
              }
            }
            a[0]((state) => ({
              setAside: state.setAside - deleted.size,
              setAsideRecords: state.setAsideRecords.filter((entry) => !deleted.has(entry)),
            }));
          },
          init: () =>
            (loading ??= load().catch(() => {
              a[0]({ status: 'memory-only', storageError: new StorageFailure('unavailable').message });
            })),
          // Schedule changes still waiting for FSRS are writes not yet issued: wait for them first.
          flush: () => schedule.settled().then(() => writer.flush()),
          loadScheduler: () => schedule.ready(),
          coreReady: () => Promise.race([core, a[1]().init()]),
          clearStorageError: () => a[0]({ storageError: null }),
          ...createSessionsSlice(writer, env)(...a),
          ...createAttemptsSlice(writer, env, schedule)(...a),
          ...createDraftsSlice(env)(...a),
          ...createSettingsSlice()(...a),
          ...createSchedulingSlice(writer, env)(...a),
          ...createLibrarySlice(writer, env)(...a),
          ...createRecordingsSlice(writer, env, getDb)(...a),
          ...createDataSlice(writer, env, schedule)(...a),
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
  attachChangeFeed(store, committed);
  if (earlyError) store.setState({ storageError: earlyError });
  return store;
}

/** The app's store. Call `init()` once at startup to load saved sessions and attempts. */
export const usePracticeStore = createPracticeStore();
