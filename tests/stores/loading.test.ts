import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';

import { openPracticeDb } from '@/stores/persistence/db';

import { makeStore, Q1, Q2, SETUP } from './helpers';

const TIMING = { durationMs: 30_000, timeLimitSec: 60, overtimeSec: 0 } as const;

/** A store's records written straight into IndexedDB, as a long-time user's would be. */
async function seedHistory(dbName: string, attemptCount: number) {
  const first = makeStore({ dbName });
  const s = first.store.getState();
  await s.init();
  const sessionId = s.createSession(SETUP, [Q1, Q2]);
  s.updateDraft(sessionId, Q1, { text: 'An answer' });
  const attemptId = s.submitAnswer(sessionId, Q1, TIMING);
  const template = first.store.getState().attempts[attemptId]!;
  await first.store.getState().flush();
  const raw = await openDB(dbName);
  const tx = raw.transaction('attempts', 'readwrite');
  for (let i = 0; i < attemptCount - 1; i++) {
    // Zero-padded so the ids sort in creation order, like the keys of the real store.
    void tx.store.put({ ...template, id: `bulk-${String(i).padStart(5, '0')}`, submittedAt: template.submittedAt + i });
  }
  // A broken record in the middle of a page must not stop the pages after it.
  void tx.store.put({ ...template, id: 'bulk-00600-broken', ratings: { context: 9 } });
  await tx.done;
  raw.close();
  return sessionId;
}

describe('loading a long history', () => {
  it('reads attempts in pages: every valid one arrives, a broken one is set aside', async () => {
    const dbName = `paged-${Math.random()}`;
    await seedHistory(dbName, 1203);

    const { store } = makeStore({ dbName });
    await store.getState().init();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(Object.keys(state.attempts)).toHaveLength(1203);
    expect(state.attempts['bulk-01201']).toBeDefined();
    expect(state.setAside).toBe(1);
  });

  it('shows sessions before the attempts are in, and says it is still loading until they are', async () => {
    const dbName = `phased-${Math.random()}`;
    const sessionId = await seedHistory(dbName, 1100);

    const { store } = makeStore({ dbName });
    const seen: { sessions: number; attempts: number; status: string }[] = [];
    const unsubscribe = store.subscribe((state) =>
      seen.push({
        sessions: Object.keys(state.sessions).length,
        attempts: Object.keys(state.attempts).length,
        status: state.status,
      }),
    );
    await store.getState().init();
    unsubscribe();

    expect(seen[0]).toEqual({ sessions: 1, attempts: 0, status: 'loading' });
    expect(seen.at(-1)).toEqual({ sessions: 1, attempts: 1100, status: 'ready' });
    expect(store.getState().sessions[sessionId]).toBeDefined();
  });

  it('coreReady() resolves once the sessions are in, before the attempts (what the home page waits for)', async () => {
    const dbName = `core-${Math.random()}`;
    const sessionId = await seedHistory(dbName, 1100);

    const { store } = makeStore({ dbName });
    await store.getState().coreReady();
    const state = store.getState();
    expect(state.sessions[sessionId]).toBeDefined();
    expect(state.status).toBe('loading');
    expect(Object.keys(state.attempts).length).toBeLessThan(1100);
    await store.getState().init();
    expect(Object.keys(store.getState().attempts)).toHaveLength(1100);
    // Once loaded, it answers at once.
    await store.getState().coreReady();
  });

  it('coreReady() also resolves when the database cannot be opened (the store falls back to memory)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const { store } = makeStore();
      await store.getState().coreReady();
      expect(store.getState().status).toBe('memory-only');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('pages by key: each page starts after the last id of the one before', async () => {
    const dbName = `pages-${Math.random()}`;
    await seedHistory(dbName, 25);
    const db = await openPracticeDb({ name: dbName });
    try {
      const ids = (page: unknown[]) => page.map((record) => (record as { id: string }).id);
      const first = ids(await db.loadAttemptsPage(undefined, 10));
      const second = ids(await db.loadAttemptsPage(first.at(-1), 10));
      const rest = ids(await db.loadAttemptsPage(second.at(-1), 10));
      expect(first).toHaveLength(10);
      expect(second).toHaveLength(10);
      expect(rest).toHaveLength(6);
      expect(new Set([...first, ...second, ...rest]).size).toBe(26);
      expect([...first, ...second, ...rest]).toEqual([...first, ...second, ...rest].sort());
    } finally {
      db.close();
    }
  });
});
