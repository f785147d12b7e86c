import 'fake-indexeddb/auto';

import { describe, expect, it, vi } from 'vitest';

import {
  createDurabilityTracker,
  onFirstSavedAnswer,
  readDurability,
  requestDurability,
  type StorageManagerLike,
} from '@/stores/persistence/durability';

import { makeStore, Q1, Q2, SETUP } from './helpers';

const TIMING = { durationMs: 1000, timeLimitSec: 120, overtimeSec: 0 } as const;

/** A StorageManager whose persist() answers `grant`. */
function storageManager({ persisted = false, grant = false } = {}) {
  const state = { persisted };
  const manager = {
    persisted: vi.fn(() => Promise.resolve(state.persisted)),
    persist: vi.fn(() => {
      if (grant) state.persisted = true;
      return Promise.resolve(grant);
    }),
  } satisfies StorageManagerLike;
  return manager;
}

describe('readDurability', () => {
  it('reads the state without asking', async () => {
    const granted = storageManager({ persisted: true });
    expect(await readDurability(granted)).toBe('persisted');
    const notYet = storageManager();
    expect(await readDurability(notYet)).toBe('best-effort');
    expect(notYet.persist).not.toHaveBeenCalled();
  });

  it('calls a browser without the Storage API unsupported, and a failing one not protected', async () => {
    expect(await readDurability(undefined)).toBe('unsupported');
    expect(await readDurability({})).toBe('unsupported');
    expect(await readDurability({ persisted: () => Promise.reject(new Error('denied')) })).toBe('best-effort');
  });
});

describe('requestDurability', () => {
  it('granted: asks once and reports protected', async () => {
    const manager = storageManager({ grant: true });
    expect(await requestDurability(manager)).toEqual({ durability: 'persisted', denied: false });
    expect(manager.persist).toHaveBeenCalledTimes(1);
  });

  it('denied: reports that it was asked and refused', async () => {
    const manager = storageManager({ grant: false });
    expect(await requestDurability(manager)).toEqual({ durability: 'best-effort', denied: true });
    expect(manager.persist).toHaveBeenCalledTimes(1);
  });

  it('already protected: does not ask again', async () => {
    const manager = storageManager({ persisted: true });
    expect(await requestDurability(manager)).toEqual({ durability: 'persisted', denied: false });
    expect(manager.persist).not.toHaveBeenCalled();
  });

  it('unsupported: nothing to ask', async () => {
    expect(await requestDurability(undefined)).toEqual({ durability: 'unsupported', denied: false });
    // It can tell it is not protected, but there is no way to ask.
    expect(await requestDurability({ persisted: () => Promise.resolve(false) })).toEqual({
      durability: 'best-effort',
      denied: false,
    });
  });

  it('a persist() that throws counts as refused', async () => {
    const manager = { persisted: () => Promise.resolve(false), persist: () => Promise.reject(new Error('no')) };
    expect(await requestDurability(manager)).toEqual({ durability: 'best-effort', denied: true });
  });
});

describe('createDurabilityTracker', () => {
  it('asks at most once however often it is told to, and tells subscribers', async () => {
    const manager = storageManager({ grant: false });
    const tracker = createDurabilityTracker(() => manager);
    const listener = vi.fn();
    tracker.subscribe(listener);
    expect(tracker.getState()).toEqual({ durability: 'unknown', denied: false });

    await tracker.check();
    expect(tracker.getState()).toEqual({ durability: 'best-effort', denied: false });
    expect(manager.persist).not.toHaveBeenCalled();

    await Promise.all([tracker.request(), tracker.request()]);
    await tracker.request();
    expect(manager.persist).toHaveBeenCalledTimes(1);
    expect(tracker.getState()).toEqual({ durability: 'best-effort', denied: true });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('onFirstSavedAnswer', () => {
  it('fires once, on the first answer saved after loading, not for skips or loaded answers', async () => {
    const dbName = `durability-${Math.random()}`;
    const first = makeStore({ dbName });
    await first.store.getState().init();
    const earlier = first.store.getState().createSession(SETUP, [Q1]);
    first.store.getState().submitAnswer(earlier, Q1, TIMING);
    await first.store.getState().flush();

    const { store } = makeStore({ dbName });
    const callback = vi.fn();
    onFirstSavedAnswer(store, callback);
    await store.getState().init();
    expect(store.getState().status).toBe('ready');
    expect(Object.keys(store.getState().attempts)).toHaveLength(1);
    expect(callback).not.toHaveBeenCalled();

    const sessionId = store.getState().createSession(SETUP, [Q1, Q2]);
    store.getState().skipQuestion(sessionId, Q1);
    expect(callback).not.toHaveBeenCalled();
    store.getState().updateDraft(sessionId, Q2, { text: 'An answer' });
    store.getState().submitAnswer(sessionId, Q2, TIMING);
    expect(callback).toHaveBeenCalledTimes(1);

    store.getState().submitAnswer(store.getState().createSession(SETUP, [Q1]), Q1, TIMING);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('never fires while nothing is being saved (memory only)', async () => {
    const { store } = makeStore({ openDb: () => Promise.reject(new DOMException('no', 'SecurityError')) });
    const callback = vi.fn();
    onFirstSavedAnswer(store, callback);
    await store.getState().init();
    expect(store.getState().status).toBe('memory-only');
    store.getState().submitAnswer(store.getState().createSession(SETUP, [Q1]), Q1, TIMING);
    expect(callback).not.toHaveBeenCalled();
  });
});
