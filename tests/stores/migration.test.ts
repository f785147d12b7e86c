import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';

import { type PracticeSession, RECORD_VERSIONS } from '@/domain/model';
import { DB_VERSION, openPracticeDb } from '@/stores/persistence/db';

import { makeStore, Q1, Q2, SETUP, version1Attempt } from './helpers';

const TIMING = { durationMs: 1000, timeLimitSec: 120, overtimeSec: 0 } as const;

const session: PracticeSession = {
  schemaVersion: 1,
  id: 'old-session',
  createdAt: 1_600_000_000_000,
  updatedAt: 1_600_000_000_000,
  settings: SETUP,
  questionIds: [Q1],
  currentIndex: 0,
  status: 'completed',
  pausedAt: null,
  completedAt: 1_600_000_100_000,
};

const attempt = version1Attempt();

/** A database exactly as version 1 of the app created it. */
async function createV1(name: string) {
  const db = await openDB(name, 1, {
    upgrade(db, _old, _new, tx) {
      db.createObjectStore('sessions', { keyPath: 'id' });
      const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
      attempts.createIndex('bySession', 'sessionId');
      attempts.createIndex('byQuestion', 'questionId');
      db.createObjectStore('meta');
      void tx.objectStore('meta').put(1, 'schemaVersion');
    },
  });
  await db.put('sessions', session);
  await db.put('attempts', attempt);
  db.close();
}

async function raw(name: string, store: string) {
  const db = await openDB(name);
  try {
    return await db.getAll(store);
  } finally {
    db.close();
  }
}

describe('IndexedDB v1 → v2 migration', () => {
  it('keeps v1 sessions and attempts and adds the schedules and plans stores', async () => {
    const dbName = `migrate-${Math.random()}`;
    await createV1(dbName);

    const { store } = makeStore({ dbName });
    await store.getState().init();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.setAside).toBe(0);
    expect(state.sessions).toEqual({ [session.id]: session });
    // Attempts come up to their current version as they load; on disk they stay as stored (below).
    expect(state.attempts).toEqual({ [attempt.id]: { ...attempt, schemaVersion: RECORD_VERSIONS.attempts } });
    expect(state.schedules).toEqual({});
    expect(state.plans).toEqual({});
    await store.getState().flush();

    const db = await openDB(dbName);
    try {
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual([
        'attempts',
        'audio',
        'guides',
        'meta',
        'plans',
        'recordings',
        'schedules',
        'sessions',
        'stories',
      ]);
      expect(await db.getAll('sessions')).toEqual([session]);
      expect(await db.getAll('attempts')).toEqual([attempt]);
      expect(await db.get('meta', 'schemaVersion')).toBe(1);
    } finally {
      db.close();
    }
  });

  it('opening an up-to-date database again changes nothing', async () => {
    const dbName = `reopen-${Math.random()}`;
    await createV1(dbName);
    (await openPracticeDb({ name: dbName })).close();
    const again = await openPracticeDb({ name: dbName });
    const loaded = await again.loadAll();
    again.close();
    expect(loaded).toEqual({
      sessions: [session],
      attempts: [attempt],
      schedules: [],
      plans: [],
      guides: [],
      stories: [],
      recordings: [],
    });
  });
});

describe('schedules and plans in IndexedDB', () => {
  it('round-trips schedules and plans, and sets aside malformed ones', async () => {
    const dbName = `sched-${Math.random()}`;
    const first = makeStore({ dbName });
    await first.store.getState().init();
    const s = first.store.getState();
    const sessionId = s.createSession(SETUP, [Q1]);
    const id = first.store.getState().submitAnswer(sessionId, Q1, TIMING);
    first.store.getState().rateAttempt(id, { grade: 'good', ratedAt: first.clock.t });
    first.store.getState().setInterviewDate('guide-a', '2030-05-01');
    await first.store.getState().flush();

    const db = await openDB(dbName);
    await db.put('schedules', { questionId: 'broken', card: 'nope' });
    await db.put('plans', { guideSlug: 'guide-b', schemaVersion: 1, interviewDate: '2030-02-31', updatedAt: 1 });
    db.close();

    const second = makeStore({ dbName });
    await second.store.getState().init();
    const state = second.store.getState();
    expect(state.setAside).toBe(2);
    expect(state.schedules).toEqual(first.store.getState().schedules);
    expect(state.plans).toEqual(first.store.getState().plans);
  });

  it('deleteSession, restoreSession and clearAll reach the database', async () => {
    const dbName = `delete-${Math.random()}`;
    const { store, clock } = makeStore({ dbName });
    await store.getState().init();
    const sessionId = store.getState().createSession(SETUP, [Q1, Q2]);
    const id = store.getState().submitAnswer(sessionId, Q1, TIMING);
    store.getState().rateAttempt(id, { grade: 'good', ratedAt: clock.t });
    await store.getState().flush();

    const deleted = store.getState().deleteSession(sessionId)!;
    await store.getState().flush();
    expect(await raw(dbName, 'sessions')).toEqual([]);
    expect(await raw(dbName, 'attempts')).toEqual([]);
    expect(await raw(dbName, 'schedules')).toEqual([]);

    store.getState().restoreSession(deleted);
    await store.getState().flush();
    expect(await raw(dbName, 'sessions')).toHaveLength(1);
    expect(await raw(dbName, 'attempts')).toHaveLength(1);
    expect(await raw(dbName, 'schedules')).toHaveLength(1);

    store.getState().setInterviewDate('guide-a', '2030-05-01');
    await store.getState().clearAll();
    for (const name of ['sessions', 'attempts', 'schedules', 'plans']) expect(await raw(dbName, name)).toEqual([]);
    expect(store.getState().storageError).toBeNull();
  });

  it('importRecords writes what it merged', async () => {
    const dbName = `import-${Math.random()}`;
    const { store } = makeStore({ dbName });
    await store.getState().init();
    const file = {
      format: 'rehearse-export' as const,
      version: 1 as const,
      exportedAt: new Date(0).toISOString(),
      sessions: [session],
      attempts: [attempt],
      schedules: [],
      plans: [{ schemaVersion: 1, guideSlug: 'guide-a', interviewDate: '2030-01-01', updatedAt: 5 }],
      guides: [],
      stories: [],
      recordings: [],
      settings: store.getState().settings,
    };
    expect(await store.getState().importRecords(file)).toEqual({ added: 3, updated: 0 });
    expect(await raw(dbName, 'sessions')).toEqual([session]);
    // An export from an older build: its version 1 attempt is brought up to date, as on load.
    expect(await raw(dbName, 'attempts')).toEqual([{ ...attempt, schemaVersion: RECORD_VERSIONS.attempts }]);
    expect(await raw(dbName, 'plans')).toHaveLength(1);
  });
});
