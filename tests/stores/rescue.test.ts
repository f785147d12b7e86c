import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';

import { parseExport } from '@/domain/transfer';
import { openPracticeDb } from '@/stores/persistence/db';
import { buildRescueFile, resetAppData, toJsonSafe } from '@/stores/persistence/rescue';

import { makeStore, memoryStorage, Q1, Q2, SETUP } from './helpers';

const TIMING = { durationMs: 1000, timeLimitSec: 120, overtimeSec: 0 } as const;
const NOW = () => new Date(2025, 2, 7, 12);

const uniqueName = (label: string) => `rescue-${label}-${Math.random().toString(36).slice(2)}`;

/** A database written by the app itself: a session with one rated answer (so a schedule), and an interview date. */
async function seedWithApp(dbName: string) {
  const { store, clock, storage } = makeStore({ dbName });
  await store.getState().init();
  const sessionId = store.getState().createSession(SETUP, [Q1, Q2]);
  store.getState().updateDraft(sessionId, Q1, { text: 'Rescued answer text', startedAt: clock.t });
  const attemptId = store.getState().submitAnswer(sessionId, Q1, TIMING);
  store.getState().rateAttempt(attemptId, {
    ratings: { context: 3, approach: 3, example: 3, outcome: 3 },
    grade: 'good',
    ratedAt: clock.t,
  });
  store.getState().setInterviewDate('guide-a', '2030-05-01');
  // An unfinished answer: only in localStorage.
  store.getState().updateDraft(sessionId, Q2, { text: 'Half a thought' });
  await store.getState().flush();
  return { store, storage, sessionId, attemptId };
}

async function putRaw(dbName: string, storeName: string, value: unknown) {
  const db = await openDB(dbName);
  try {
    await db.put(storeName, value);
  } finally {
    db.close();
  }
}

describe('buildRescueFile', () => {
  it('reads everything stored into an export that parseExport accepts and the store imports back', async () => {
    const dbName = uniqueName('full');
    const { store, storage, sessionId, attemptId } = await seedWithApp(dbName);
    const original = store.getState();

    const rescue = await buildRescueFile({ dbName, storage, now: NOW });

    expect(rescue.fileName).toBe('rehearse-rescue-2025-03-07.json');
    expect(rescue.problems).toEqual([]);
    expect(rescue.counts).toEqual({
      sessions: 1,
      attempts: 1,
      schedules: 1,
      plans: 1,
      guides: 0,
      stories: 0,
      recordings: 0,
      setAside: 0,
      drafts: 1,
    });
    const parsed = parseExport(rescue.text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.file.sessions).toEqual([original.sessions[sessionId]]);
    expect(parsed.file.attempts).toEqual([original.attempts[attemptId]]);
    expect(parsed.file.schedules).toEqual(Object.values(original.schedules));
    expect(parsed.file.plans).toEqual(Object.values(original.plans));

    const json = JSON.parse(rescue.text) as { rescue: { drafts: { text: string }[]; localStorage: object } };
    expect(json.rescue.drafts.map((d) => d.text)).toEqual(['Half a thought']);
    expect(Object.keys(json.rescue.localStorage)).toEqual(['rehearse:v1']);

    // Taken back by a fresh browser profile's store.
    const fresh = makeStore({ dbName: uniqueName('fresh') }).store;
    await fresh.getState().init();
    expect(await fresh.getState().importRecords(parsed.file)).toEqual({ added: 4, updated: 0 });
    expect(fresh.getState().attempts[attemptId]?.answer).toBe('Rescued answer text');
  });

  it('keeps records that fail the checks in setAside, with the reason, and leaves the rest importable', async () => {
    const dbName = uniqueName('bad');
    const { store, sessionId, attemptId } = await seedWithApp(dbName);
    await putRaw(dbName, 'attempts', { id: 'broken-attempt', sessionId, answer: 'Keep me anyway', ratings: 7 });
    await putRaw(dbName, 'sessions', { id: 'weird', createdAt: 10n, when: new Date(0), tags: new Set(['x']) });
    // A valid answer whose session is gone cannot be imported (no screen shows it), but it is not lost.
    await putRaw(dbName, 'attempts', { ...store.getState().attempts[attemptId], id: 'orphan', sessionId: 'gone' });

    const rescue = await buildRescueFile({ dbName, storage: memoryStorage(), now: NOW });
    const parsed = parseExport(rescue.text);
    expect(parsed.ok).toBe(true);
    expect(rescue.counts.setAside).toBe(3);

    const json = JSON.parse(rescue.text) as {
      setAside: { store: string; source: string; reason: string; record: Record<string, unknown> }[];
    };
    const byId = Object.fromEntries(json.setAside.map((entry) => [entry.record.id, entry]));
    expect(byId['broken-attempt']).toMatchObject({ store: 'attempts', source: 'database' });
    expect(byId['broken-attempt']!.record.answer).toBe('Keep me anyway');
    expect(byId['broken-attempt']!.reason).toMatch(/has no schema version/);
    // Values JSON cannot hold are written in a form it can.
    expect(byId.weird!.record).toMatchObject({ createdAt: '10', when: '1970-01-01T00:00:00.000Z', tags: ['x'] });
    expect(byId.orphan).toMatchObject({ store: 'attempts', reason: 'its session "gone" is missing or was set aside' });
  });

  it('adds what only the running tab holds (never saved), preferring it to the disk copy', async () => {
    const dbName = uniqueName('memory');
    const { store, storage, sessionId } = await seedWithApp(dbName);
    const snapshot = store.getState().exportSnapshot();
    const unsaved = { ...snapshot.sessions[0]!, id: 'unsaved-session' };
    const newer = { ...snapshot.sessions[0]!, currentIndex: 1, updatedAt: snapshot.sessions[0]!.updatedAt + 1 };

    const rescue = await buildRescueFile({
      dbName,
      storage,
      now: NOW,
      memory: () => ({ ...snapshot, sessions: [newer, unsaved] }),
    });
    const parsed = parseExport(rescue.text);
    expect(parsed.ok && parsed.file.sessions.map((s) => [s.id, s.currentIndex])).toEqual([
      [sessionId, 1],
      ['unsaved-session', 0],
    ]);

    const broken = await buildRescueFile({
      dbName,
      storage,
      memory: () => {
        throw new Error('store is broken');
      },
    });
    expect(broken.problems).toEqual([expect.stringContaining('store is broken')]);
    expect(parseExport(broken.text).ok).toBe(true);
    expect(broken.counts.sessions).toBe(1);
  });

  it('does not create a database that is not there', async () => {
    const dbName = uniqueName('missing');
    const rescue = await buildRescueFile({ dbName, storage: null, now: NOW });
    expect(rescue.problems).toEqual([]);
    expect(rescue.counts).toMatchObject({ sessions: 0, attempts: 0 });
    expect(parseExport(rescue.text).ok).toBe(true);
    // The app can still create its stores: nothing half-made was left behind.
    const db = await openPracticeDb({ name: dbName });
    expect(await db.loadAll()).toEqual({
      sessions: [],
      attempts: [],
      schedules: [],
      plans: [],
      guides: [],
      stories: [],
      recordings: [],
    });
    db.close();
  });

  it('reads a version 1 database (no schedules or plans stores) without upgrading it', async () => {
    const dbName = uniqueName('v1');
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('attempts', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    v1.close();
    const rescue = await buildRescueFile({ dbName, storage: null });
    expect(rescue.problems).toEqual([]);
    const db = await openDB(dbName);
    expect(db.version).toBe(1);
    db.close();
  });

  it('still writes a usable file when the export writer cannot load', async () => {
    const dbName = uniqueName('offline');
    const { storage } = await seedWithApp(dbName);
    const rescue = await buildRescueFile({
      dbName,
      storage,
      loadTransfer: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    expect(rescue.problems).toEqual([expect.stringContaining('not checked by a trial import')]);
    const parsed = parseExport(rescue.text);
    expect(parsed.ok && parsed.file.attempts.length).toBe(1);
  });

  it('reports a database that cannot be opened, and still writes local data', async () => {
    const storage = memoryStorage();
    storage.setItem('rehearse:v1', '{not json');
    storage.setItem('rehearse:v1:backup', '{"state":{},"version":0}');
    const open = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const rescue = await buildRescueFile({ dbName: uniqueName('blocked'), storage });
      expect(rescue.problems).toEqual([
        expect.stringContaining('SecurityError'),
        expect.stringContaining('not valid JSON'),
      ]);
      const json = JSON.parse(rescue.text) as { rescue: { localStorage: Record<string, string> } };
      expect(json.rescue.localStorage).toEqual({
        'rehearse:v1': '{not json',
        'rehearse:v1:backup': '{"state":{},"version":0}',
      });
      expect(parseExport(rescue.text).ok).toBe(true);
    } finally {
      indexedDB.open = open;
    }
  });
});

describe('toJsonSafe', () => {
  it('turns cycles, maps, binary data and non-finite numbers into JSON', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(toJsonSafe(cyclic)).toEqual({ a: 1, self: '[circular]' });
    expect(toJsonSafe(new Map([['k', NaN]]))).toEqual([['k', 'NaN']]);
    expect(toJsonSafe(new Uint8Array([1, 2]))).toEqual({ binary: [1, 2] });
    expect(toJsonSafe([undefined, () => 1])).toEqual([null, null]);
  });
});

describe('resetAppData', () => {
  it('deletes the database and every rehearse: key, and nothing else', async () => {
    const dbName = uniqueName('reset');
    await seedWithApp(dbName);
    localStorage.setItem('rehearse:v1', '{}');
    localStorage.setItem('rehearse:v1:backup', '{}');
    localStorage.setItem('other-app', 'keep');

    await resetAppData({ dbName });

    expect(localStorage.getItem('rehearse:v1')).toBeNull();
    expect(localStorage.getItem('rehearse:v1:backup')).toBeNull();
    expect(localStorage.getItem('other-app')).toBe('keep');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(dbName);
    localStorage.clear();
  });

  it('waits for a tab holding the database open, and says so', async () => {
    const dbName = uniqueName('blocked-reset');
    const other = await openDB(dbName, 1, { upgrade: (db) => void db.createObjectStore('sessions') });
    let blocked = false;
    const done = resetAppData({
      dbName,
      storage: null,
      onBlocked: () => {
        blocked = true;
        // The other tab gives way, as the app's own connections do on versionchange.
        other.close();
      },
    });
    await done;
    expect(blocked).toBe(true);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(dbName);
  });
});
