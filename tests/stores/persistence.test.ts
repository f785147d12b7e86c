import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { exportJson, parseExport } from '@/domain/transfer';
import { RECORD_VERSIONS, SCHEMA_VERSION, validRecord } from '@/domain/versions';
import { draftKey } from '@/stores';
import { DB_VERSION, openPracticeDb, StorageFailure, withTimeout } from '@/stores/persistence/db';

import { anAttempt } from '../support/records';
import { makeStore, memoryStorage, Q1, Q2, SETUP } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

const TIMING = { durationMs: 30_000, timeLimitSec: 60, overtimeSec: 0 } as const;

async function rawRecords(dbName: string) {
  const db = await openDB(dbName);
  try {
    return { sessions: await db.getAll('sessions'), attempts: await db.getAll('attempts') };
  } finally {
    db.close();
  }
}

/**
 * A database holding one session saved by the store and, written past it, copies of that
 * session changed by `copies` (records a check should set aside); returns the good one's id.
 */
async function storeSessionAndCopies(dbName: string, copies: Record<string, unknown>[]) {
  const first = makeStore({ dbName });
  const good = first.store.getState().createSession(SETUP, [Q1]);
  await first.store.getState().flush();
  const raw = await openDB(dbName);
  const stored = first.store.getState().sessions[good]!;
  for (const copy of copies) await raw.put('sessions', { ...stored, ...copy });
  raw.close();
  return good;
}

describe('IndexedDB persistence', () => {
  it('creates the documented schema', async () => {
    const dbName = `schema-${Math.random()}`;
    const practiceDb = await openPracticeDb({ name: dbName });
    practiceDb.close();

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
      const tx = db.transaction(['sessions', 'attempts', 'schedules', 'plans', 'guides', 'stories']);
      expect(tx.objectStore('guides').keyPath).toBe('slug');
      expect(tx.objectStore('stories').keyPath).toBe('id');
      expect(tx.objectStore('schedules').keyPath).toBe('questionId');
      expect(tx.objectStore('plans').keyPath).toBe('guideSlug');
      expect(tx.objectStore('sessions').keyPath).toBe('id');
      const attempts = tx.objectStore('attempts');
      expect(attempts.keyPath).toBe('id');
      expect(attempts.index('bySession').keyPath).toBe('sessionId');
      expect(attempts.index('byQuestion').keyPath).toBe('questionId');
      expect(await db.get('meta', 'schemaVersion')).toBe(1);
    } finally {
      db.close();
    }
  });

  it('round-trips: a fresh store gets back sessions, attempts, drafts and settings', async () => {
    const dbName = `roundtrip-${Math.random()}`;
    const storage = memoryStorage();
    const first = makeStore({ dbName, storage });
    const { clock } = first;
    const s = first.store.getState();
    await s.init();
    expect(first.store.getState().status).toBe('ready');

    const sessionId = s.createSession(SETUP, [Q1, Q2]);
    s.updateDraft(sessionId, Q1, { text: 'my answer', startedAt: clock.t });
    const attemptId = s.submitAnswer(sessionId, Q1, TIMING);
    s.rateAttempt(attemptId, { grade: 'good', ratedAt: clock.tick(), note: 'solid' });
    s.goTo(sessionId, 1);
    s.pauseSession(sessionId);
    s.updateDraft(sessionId, Q2, { text: 'half written' });
    s.setTheme('dark');
    await first.store.getState().flush();
    expect(first.store.getState().storageError).toBeNull();

    const second = makeStore({ dbName, storage });
    // Drafts and settings come back synchronously, before init.
    expect(second.store.getState().drafts[draftKey(sessionId, Q2)]?.text).toBe('half written');
    expect(second.store.getState().settings.theme).toBe('dark');
    expect(second.store.getState().status).toBe('loading');

    await second.store.getState().init();
    const state = second.store.getState();
    expect(state.status).toBe('ready');
    expect(state.setAside).toBe(0);
    expect(state.sessions).toEqual(first.store.getState().sessions);
    expect(state.attempts).toEqual(first.store.getState().attempts);
    expect(state.sessions[sessionId]).toMatchObject({ currentIndex: 1, pausedAt: expect.any(Number) as number });
    expect(state.attempts[attemptId]).toMatchObject({ answer: 'my answer', note: 'solid', grade: 'good' });
  });

  it('round-trips parts marked "doesn\'t apply" as their own value, never as 0', async () => {
    const dbName = `na-${Math.random()}`;
    const first = makeStore({ dbName });
    const s = first.store.getState();
    await s.init();
    const sessionId = s.createSession(SETUP, [Q1]);
    s.updateDraft(sessionId, Q1, { text: 'A closure keeps its scope.' });
    const id = s.submitAnswer(sessionId, Q1, TIMING, {
      ratings: { context: 'na', approach: null, example: null, outcome: 'na' },
    });
    s.rateAttempt(id, { ratings: { context: 'na', approach: 3, example: 3, outcome: 'na' }, grade: 'good' });
    await first.store.getState().flush();

    const stored = (await rawRecords(dbName)).attempts[0] as { schemaVersion: number; ratings: unknown };
    expect(stored.schemaVersion).toBe(RECORD_VERSIONS.attempts);
    expect(stored.ratings).toEqual({ context: 'na', approach: 3, example: 3, outcome: 'na' });

    const second = makeStore({ dbName });
    await second.store.getState().init();
    expect(second.store.getState().setAside).toBe(0);
    expect(second.store.getState().attempts[id]).toEqual(first.store.getState().attempts[id]);
  });

  it('sets aside a stored attempt where no part applies, or with a value that is not a rating', () => {
    const attempt = anAttempt({
      schemaVersion: 2,
      ratings: { context: 'na', approach: 2, example: null, outcome: 'na' },
      grade: null,
      ratedAt: null,
    });
    const isAttempt = (x: unknown) => validRecord('attempts', x) !== null;
    expect(isAttempt(attempt)).toBe(true);
    expect(isAttempt({ ...attempt, ratings: { context: 'na', approach: 'na', example: 'na', outcome: 'na' } })).toBe(
      false,
    );
    expect(isAttempt({ ...attempt, ratings: { ...attempt.ratings, approach: 'NA' } })).toBe(false);
    expect(isAttempt({ ...attempt, ratings: { ...attempt.ratings, approach: 0 } })).toBe(true);
    // A version 1 attempt is read through its migration steps, and comes out at the current version.
    expect(validRecord('attempts', { ...attempt, schemaVersion: 1 })?.schemaVersion).toBe(RECORD_VERSIONS.attempts);
  });

  it('keeps what was created while loading, and loads once however often init is called', async () => {
    const dbName = `race-${Math.random()}`;
    const first = makeStore({ dbName });
    const kept = first.store.getState().createSession(SETUP, [Q1]);
    await first.store.getState().flush();

    const second = makeStore({ dbName });
    const loading = second.store.getState().init();
    const fresh = second.store.getState().createSession(SETUP, [Q2]);
    expect(second.store.getState().init()).toBe(loading);
    await loading;
    expect(Object.keys(second.store.getState().sessions).sort()).toEqual([fresh, kept].sort());
  });

  it('sets aside a session whose timestamp is a number but no valid date, and loads the good ones', async () => {
    const dbName = `bad-date-${Math.random()}`;
    const good = await storeSessionAndCopies(dbName, [
      { id: 'far-future', createdAt: 8_700_000_000_000_000 },
      { id: 'before-1970', updatedAt: -5 },
    ]);

    const second = makeStore({ dbName });
    await second.store.getState().init();
    expect(second.store.getState().setAside).toBe(2);
    expect(Object.keys(second.store.getState().sessions)).toEqual([good]);
    expect((await rawRecords(dbName)).sessions).toHaveLength(3);
  });

  it('lists set-aside records with key and reason, exports them, and deletes only them when asked', async () => {
    const dbName = `set-aside-${Math.random()}`;
    const good = await storeSessionAndCopies(dbName, [
      { id: 'far-future', createdAt: 8_700_000_000_000_000 },
      { id: 'from-the-future', schemaVersion: 99 },
    ]);

    const second = makeStore({ dbName });
    await second.store.getState().init();
    const state = second.store.getState();
    expect(state.setAsideRecords).toEqual([
      expect.objectContaining({
        store: 'sessions',
        key: 'far-future',
        reason: expect.stringMatching(/expected fields/),
      }),
      expect.objectContaining({
        store: 'sessions',
        key: 'from-the-future',
        reason: expect.stringMatching(/newer version/),
      }),
    ]);

    const file = state.exportSnapshot();
    expect(file.setAside?.map((e) => e.key)).toEqual(['far-future', 'from-the-future']);
    const json = exportJson(file);
    expect(JSON.parse(json)).toHaveProperty('setAside.0.value.createdAt', 8_700_000_000_000_000);
    // An import ignores the section: the file still imports, without it.
    const parsed = parseExport(json);
    expect(parsed.ok && parsed.file.sessions.map((s) => s.id)).toEqual([good]);

    await second.store.getState().deleteSetAside();
    expect(second.store.getState().setAsideRecords).toEqual([]);
    expect(second.store.getState().setAside).toBe(0);
    expect((await rawRecords(dbName)).sessions.map((r: { id: string }) => r.id)).toEqual([good]);
  });

  it('sets aside records that fail validation, loads the rest and never deletes them', async () => {
    const dbName = `broken-${Math.random()}`;
    const first = makeStore({ dbName });
    const s = first.store.getState();
    const sessionId = s.createSession(SETUP, [Q1]);
    s.updateDraft(sessionId, Q1, { text: 'fine' });
    const attemptId = s.submitAnswer(sessionId, Q1, TIMING);
    await first.store.getState().flush();

    const raw = await openDB(dbName);
    await raw.put('sessions', { id: 'no-fields', schemaVersion: 1 });
    await raw.put('sessions', {
      ...first.store.getState().sessions[sessionId],
      id: 'from-the-future',
      schemaVersion: SCHEMA_VERSION + 1,
    });
    await raw.put('attempts', {
      ...first.store.getState().attempts[attemptId],
      id: 'bad-rating',
      ratings: { context: 9 },
    });
    raw.close();

    const second = makeStore({ dbName });
    await second.store.getState().init();
    const state = second.store.getState();
    expect(state.status).toBe('ready');
    expect(state.setAside).toBe(3);
    expect(Object.keys(state.sessions)).toEqual([sessionId]);
    expect(Object.keys(state.attempts)).toEqual([attemptId]);

    state.goTo(sessionId, 0);
    state.completeSession(sessionId);
    await second.store.getState().flush();
    const stored = await rawRecords(dbName);
    expect(stored.sessions.map((r: { id: string }) => r.id).sort()).toEqual(
      ['from-the-future', 'no-fields', sessionId].sort(),
    );
    expect(stored.attempts).toHaveLength(2);
  });

  it('a failing write surfaces storageError, keeps the data in memory and is retried after the next success', async () => {
    const dbName = `failing-${Math.random()}`;
    const { store } = makeStore({ dbName });
    await store.getState().init();

    const realPut = IDBObjectStore.prototype.put;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = realPut.apply(this, args);
      this.transaction.abort();
      return request;
    });
    const sessionId = store.getState().createSession(SETUP, [Q1, Q2]);
    await store.getState().flush();

    expect(store.getState().storageError).toMatch(/couldn't save your practice/i);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().sessions[sessionId]?.status).toBe('active');
    expect((await rawRecords(dbName)).sessions).toEqual([]);

    put.mockRestore();
    store.getState().updateDraft(sessionId, Q1, { text: 'after the failure' });
    const attemptId = store.getState().submitAnswer(sessionId, Q1, TIMING);
    await store.getState().flush();

    expect(store.getState().storageError).toBeNull();
    const stored = await rawRecords(dbName);
    expect(stored.sessions.map((r: { id: string }) => r.id)).toEqual([sessionId]);
    expect(stored.attempts.map((r: { id: string }) => r.id)).toEqual([attemptId]);
  });

  it('reports a full disk in words, and a write that throws outright', async () => {
    const { store } = makeStore();
    await store.getState().init();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const id = store.getState().createSession(SETUP, [Q1]);
    await store.getState().flush();
    expect(store.getState().storageError).toMatch(/storage for this site is full/);
    expect(store.getState().sessions[id]).toBeDefined();

    store.getState().clearStorageError();
    expect(store.getState().storageError).toBeNull();
  });

  it('goes memory-only when IndexedDB is missing, and keeps working', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { store } = makeStore();
    await store.getState().init();
    expect(store.getState().status).toBe('memory-only');
    expect(store.getState().storageError).toMatch(/isn't letting Rehearse store your practice/);

    const s = store.getState();
    const sessionId = s.createSession(SETUP, [Q1]);
    s.updateDraft(sessionId, Q1, { text: 'still works' });
    const attemptId = s.submitAnswer(sessionId, Q1, TIMING);
    await store.getState().flush();
    expect(store.getState().attempts[attemptId]?.answer).toBe('still works');
    expect(store.getState().status).toBe('memory-only');
  });

  it('goes memory-only when opening throws (storage blocked by the browser)', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const { store } = makeStore();
    await store.getState().init();
    expect(store.getState().status).toBe('memory-only');
  });

  it('goes memory-only when opening never answers', async () => {
    const { IDBOpenDBRequest: FakeOpenRequest } = await import('fake-indexeddb');
    vi.stubGlobal('indexedDB', { open: () => new FakeOpenRequest() });
    const { store } = makeStore({ dbTimeoutMs: 30 });
    await store.getState().init();
    expect(store.getState().status).toBe('memory-only');
  });

  it('goes memory-only when the stored database is from a newer version', async () => {
    const dbName = `newer-${Math.random()}`;
    (await openDB(dbName, 5)).close();
    const { store } = makeStore({ dbName });
    await store.getState().init();
    expect(store.getState().status).toBe('memory-only');
    expect(store.getState().storageError).toMatch(/newer version/);
  });

  it('withTimeout rejects a promise that never settles', async () => {
    const onTimeout = vi.fn();
    const never = new Promise<never>(() => {});
    await expect(withTimeout(never, 10, onTimeout)).rejects.toBeInstanceOf(StorageFailure);
    expect(onTimeout).toHaveBeenCalledOnce();
    await expect(withTimeout(Promise.resolve(7), 10)).resolves.toBe(7);
  });

  it('calls on a closed connection reject instead of hanging', async () => {
    const { store } = makeStore();
    const id = store.getState().createSession(SETUP, [Q1]);
    const db = await openPracticeDb({ name: `closed-${Math.random()}` });
    db.close();
    await expect(db.loadAll()).rejects.toMatchObject({ kind: 'closed' });
    await expect(db.putSession(store.getState().sessions[id]!)).rejects.toMatchObject({ kind: 'closed' });
  });
});

describe('storage stand-in', () => {
  it('is a separate storage per store unless shared', () => {
    const storage = memoryStorage();
    const a = makeStore({ storage });
    a.store.getState().setTheme('light');
    expect(makeStore({ storage }).store.getState().settings.theme).toBe('light');
    expect(makeStore().store.getState().settings.theme).toBe('system');
  });
});
