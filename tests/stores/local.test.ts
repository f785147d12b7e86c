import { afterEach, describe, expect, it, vi } from 'vitest';

import { SNAPSHOT_KEY } from '@/lib/page-snapshot';
import { draftKey } from '@/stores';
import {
  createLocalPersistence,
  LOCAL_UNAVAILABLE,
  LOCAL_WRITE_BLOCKED,
  LOCAL_WRITE_FAILED,
  LOCAL_WRITE_FULL,
  localWriteFailure,
  PERSIST_KEY,
} from '@/stores/persistence/local';

import { makeStore, memoryStorage, Q1, Q2, SETUP } from './helpers';

const BACKUP_KEY = `${PERSIST_KEY}:backups`;

/** The values kept in the backups list, oldest first. */
function backedUp(storage: ReturnType<typeof memoryStorage>): string[] {
  const raw = storage.data.get(BACKUP_KEY);
  return raw === undefined ? [] : (JSON.parse(raw) as { value: string }[]).map((b) => b.value);
}

function stored(storage: ReturnType<typeof memoryStorage>) {
  return JSON.parse(storage.data.get(PERSIST_KEY)!) as { state: Record<string, unknown>; version: number };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('drafts and settings in localStorage', () => {
  it('writes each draft update synchronously, with only drafts and settings', () => {
    const storage = memoryStorage();
    const { store } = makeStore({ storage });
    const sessionId = store.getState().createSession(SETUP, [Q1]);
    store.getState().updateDraft(sessionId, Q1, { text: 'first words' });

    const value = stored(storage);
    expect(value.version).toBe(1);
    expect(Object.keys(value.state).sort()).toEqual(['drafts', 'settings']);
    expect(value.state.drafts).toEqual({ [draftKey(sessionId, Q1)]: store.getState().drafts[draftKey(sessionId, Q1)] });

    store.getState().updateDraft(sessionId, Q1, { text: 'first words and more' });
    expect(stored(storage).state.drafts).toMatchObject({ [draftKey(sessionId, Q1)]: { text: 'first words and more' } });
  });

  it('uses window.localStorage under the key rehearse:v1 by default', () => {
    localStorage.clear();
    const { store } = makeStore({ storage: undefined });
    store.getState().setTheme('light');
    expect(JSON.parse(localStorage.getItem('rehearse:v1')!)).toMatchObject({
      version: 1,
      state: { settings: { theme: 'light' } },
    });
    localStorage.clear();
  });

  it('writes nothing to the backup key when the stored value is valid', () => {
    const storage = memoryStorage();
    makeStore({ storage }).store.getState().setTheme('dark');
    const again = makeStore({ storage });
    expect(again.store.getState().settings.theme).toBe('dark');
    expect(storage.data.has(BACKUP_KEY)).toBe(false);
  });

  it('backs up corrupt JSON before anything overwrites it, and starts from defaults', () => {
    const storage = memoryStorage();
    storage.data.set(PERSIST_KEY, '{"state": {"drafts": ');
    const { store } = makeStore({ storage });
    expect(store.getState().settings.theme).toBe('system');
    expect(backedUp(storage)).toEqual(['{"state": {"drafts": ']);

    store.getState().setTheme('dark');
    expect(stored(storage).state.settings).toMatchObject({ theme: 'dark' });
    expect(backedUp(storage)).toEqual(['{"state": {"drafts": ']);
  });

  it('backs up a value from another version and keeps defaults (migrate never throws)', () => {
    const storage = memoryStorage();
    const future = JSON.stringify({ state: { drafts: 'a new shape', settings: { theme: 'sepia' } }, version: 7 });
    storage.data.set(PERSIST_KEY, future);
    const { store } = makeStore({ storage });
    expect(store.getState().settings).toEqual({ theme: 'system', lastSetup: null });
    expect(store.getState().drafts).toEqual({});
    expect(backedUp(storage)).toEqual([future]);
    // After migrating, zustand writes the (default) state back under the current version.
    expect(stored(storage).version).toBe(1);
  });

  it('keeps the valid parts of a current-version value and backs up the original', () => {
    const storage = memoryStorage();
    const good = {
      sessionId: 'sess',
      questionId: Q1,
      text: 'kept',
      source: 'typed',
      startedAt: null,
      elapsedMs: 0,
      updatedAt: 1,
    };
    const raw = JSON.stringify({
      state: {
        drafts: { [draftKey('sess', Q1)]: good, broken: { sessionId: 'sess', questionId: Q2, text: 42 } },
        settings: { theme: 'dark', lastSetup: { guideSlugs: 'not-an-array' } },
      },
      version: 1,
    });
    storage.data.set(PERSIST_KEY, raw);
    const { store } = makeStore({ storage });
    expect(store.getState().drafts).toEqual({ [draftKey('sess', Q1)]: good });
    expect(store.getState().settings).toEqual({ theme: 'dark', lastSetup: null });
    expect(backedUp(storage)).toEqual([raw]);
  });

  it('keeps the last five unusable values, each with its key and when, the oldest dropped', () => {
    const storage = memoryStorage();
    const bad = Array.from({ length: 7 }, (_, i) => `corrupt ${i + 1}`);
    bad.forEach((value, i) => {
      storage.data.set(PERSIST_KEY, value);
      makeStore({ storage, now: () => Date.UTC(2025, 0, 1 + i) });
    });
    const list = JSON.parse(storage.data.get(BACKUP_KEY)!) as { key: string; takenAt: number; value: string }[];
    expect(list).toEqual(
      bad.slice(2).map((value, i) => ({ key: PERSIST_KEY, takenAt: Date.UTC(2025, 0, 3 + i), value })),
    );
  });

  it('drops the oldest backups when the list no longer fits, and keeps the newest', () => {
    let fits = 3;
    const storage = memoryStorage((key, value) => key === BACKUP_KEY && (JSON.parse(value) as unknown[]).length > fits);
    for (const value of ['one', 'two', 'three', 'four']) {
      storage.data.set(PERSIST_KEY, value);
      makeStore({ storage });
    }
    expect(backedUp(storage)).toEqual(['two', 'three', 'four']);
    fits = 0;
    storage.data.set(PERSIST_KEY, 'five');
    const { store } = makeStore({ storage });
    store.getState().setTheme('dark');
    expect(storage.data.get(PERSIST_KEY)).toBe('five');
    expect(backedUp(storage)).toEqual(['two', 'three', 'four']);
  });

  it('leaves the original untouched when it cannot be backed up', () => {
    const storage = memoryStorage((key) => key === BACKUP_KEY);
    storage.data.set(PERSIST_KEY, 'garbage');
    const { store } = makeStore({ storage });
    store.getState().setTheme('dark');
    expect(storage.data.get(PERSIST_KEY)).toBe('garbage');
    expect(store.getState().settings.theme).toBe('dark');
    expect(store.getState().storageError).toMatch(/left untouched/);
  });

  it('says storage is blocked, not full, when the browser refuses writes (SecurityError)', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const { store } = makeStore({ storage });
    const sessionId = store.getState().createSession(SETUP, [Q1]);
    store.getState().updateDraft(sessionId, Q1, { text: 'typed while blocked' });
    expect(store.getState().storageError).toBe(LOCAL_WRITE_BLOCKED);
    expect(store.getState().storageError).not.toMatch(/full/);
    expect(store.getState().drafts[draftKey(sessionId, Q1)]?.text).toBe('typed while blocked');
  });

  it('words a failed write by its cause: full, blocked, or unknown', () => {
    expect(localWriteFailure(new DOMException('q', 'QuotaExceededError'))).toBe(LOCAL_WRITE_FULL);
    expect(localWriteFailure(new DOMException('s', 'SecurityError'))).toBe(LOCAL_WRITE_BLOCKED);
    expect(localWriteFailure(new Error('other'))).toBe(LOCAL_WRITE_FAILED);
    expect(LOCAL_WRITE_FAILED).not.toMatch(/full|blocked/);
  });

  it('reports a full localStorage without throwing from the action, and clears it once writes work', () => {
    let full = true;
    const storage = memoryStorage((key) => full && key === PERSIST_KEY);
    const { store } = makeStore({ storage });
    const sessionId = store.getState().createSession(SETUP, [Q1]);
    expect(() => store.getState().updateDraft(sessionId, Q1, { text: 'typed while full' })).not.toThrow();
    expect(store.getState().storageError).toBe(LOCAL_WRITE_FULL);
    expect(store.getState().drafts[draftKey(sessionId, Q1)]?.text).toBe('typed while full');

    full = false;
    store.getState().updateDraft(sessionId, Q1, { text: 'typed after' });
    expect(store.getState().storageError).toBeNull();
    expect(stored(storage).state.drafts).toMatchObject({ [draftKey(sessionId, Q1)]: { text: 'typed after' } });
  });

  it('gives up the last page kept for a fast reload before it gives up a draft', () => {
    // Full until the kept page (lib/page-snapshot.ts) goes: the draft then fits.
    const storage = memoryStorage((key) => key === PERSIST_KEY && storage.data.has(SNAPSHOT_KEY));
    storage.data.set(SNAPSHOT_KEY, '{"markup":"<h1>a long page</h1>"}');
    const { store } = makeStore({ storage });
    const sessionId = store.getState().createSession(SETUP, [Q1]);
    store.getState().updateDraft(sessionId, Q1, { text: 'typed when storage was full' });
    expect(store.getState().storageError).toBeNull();
    expect(storage.data.has(SNAPSHOT_KEY)).toBe(false);
    expect(stored(storage).state.drafts).toMatchObject({
      [draftKey(sessionId, Q1)]: { text: 'typed when storage was full' },
    });
  });

  it('falls back to memory when localStorage cannot be reached', () => {
    vi.stubGlobal('localStorage', undefined);
    const { store } = makeStore({ storage: undefined });
    expect(store.getState().storageError).toBe(LOCAL_UNAVAILABLE);
    const sessionId = store.getState().createSession(SETUP, [Q1]);
    store.getState().updateDraft(sessionId, Q1, { text: 'in memory' });
    expect(store.getState().drafts[draftKey(sessionId, Q1)]?.text).toBe('in memory');
  });

  it('migrate returns usable state for any input', () => {
    const { migrate } = createLocalPersistence({ storage: memoryStorage(), report: () => {} });
    for (const [value, version] of [
      [null, 0],
      ['text', 1],
      [{ drafts: [1, 2], settings: 5 }, 1],
      [{ settings: { theme: 'dark', lastSetup: SETUP } }, 1],
      [undefined, 99],
    ] as const) {
      const result = migrate(value, version) as { drafts: object; settings: { theme: string } };
      expect(result.drafts).toEqual({});
      expect(['system', 'dark']).toContain(result.settings.theme);
    }
    expect(migrate({ settings: { theme: 'dark', lastSetup: SETUP } }, 1)).toEqual({
      drafts: {},
      settings: { theme: 'dark', lastSetup: SETUP },
    });
  });
});
