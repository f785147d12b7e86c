/**
 * Two tabs as two stores: the same IndexedDB (fake-indexeddb, one database
 * name), one localStorage (a shared map that fires `storage` events at the
 * other tab, as browsers do), and Node's BroadcastChannel between them.
 */
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { type Draft, RECORD_VERSIONS } from '@/domain/model';
import { draftKey, type PracticeStore } from '@/stores';
import { openPracticeDb, type PracticeDb } from '@/stores/persistence/db';
import { backupsKey, type KeyValueStorage, PERSIST_KEY, readBackups } from '@/stores/persistence/local';
import { connectTabSync, type SyncMessage } from '@/stores/sync';

import { makeStore, Q1, Q2, Q3, SETUP, testClock, version1Attempt } from './helpers';

const TIMING = { durationMs: 30_000, timeLimitSec: 60, overtimeSec: 0 } as const;
const RATED = { context: 3, approach: 3, example: 3, outcome: 3 } as const;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}`;

/** One localStorage for every tab; a write fires a `storage` event (a later task) in the other tabs only. */
function sharedLocalStorage() {
  const data = new Map<string, string>();
  const tabs: EventTarget[] = [];
  const tab = () => {
    const events = new EventTarget();
    tabs.push(events);
    const announce = (key: string, oldValue: string | null, newValue: string | null) => {
      for (const other of tabs) {
        if (other === events) continue;
        setTimeout(() => other.dispatchEvent(Object.assign(new Event('storage'), { key, oldValue, newValue })), 0);
      }
    };
    const storage: KeyValueStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem(key, value) {
        const old = data.get(key) ?? null;
        data.set(key, value);
        if (old !== value) announce(key, old, value);
      },
      removeItem(key) {
        const old = data.get(key) ?? null;
        data.delete(key);
        if (old !== null) announce(key, old, null);
      },
    };
    return { storage, events };
  };
  return { data, tab };
}

/** IndexedDB as the store opens it, with its writes counted (and its first reads optionally held back). */
function countingDb(name: string, gate?: Promise<void>) {
  const writes: string[] = [];
  const openDb = async (): Promise<PracticeDb> => {
    const db = await openPracticeDb({ name });
    return new Proxy(db, {
      get(target, prop: string, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (/^(put|delete|clear)/.test(prop)) {
          return (...args: unknown[]) => {
            writes.push(prop);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        if (gate && prop.startsWith('load')) {
          // Read now (what is on disk at this moment), answer later: a slow start-up.
          return async (...args: unknown[]) => {
            const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
            await gate;
            return result;
          };
        }
        return value;
      },
    });
  };
  return { writes, openDb };
}

interface Tab {
  store: PracticeStore;
  storage: KeyValueStorage;
  writes: string[];
  disconnect: () => void;
}

/** Two connected tabs on one database, one localStorage and one channel; a shared clock. */
async function twoTabs(options: { init?: boolean; gateB?: Promise<void> } = {}) {
  const dbName = unique('sync-db');
  const channelName = unique('sync-channel');
  const clock = testClock();
  const local = sharedLocalStorage();
  const open = (gate?: Promise<void>): Tab => {
    const { storage, events } = local.tab();
    const db = countingDb(dbName, gate);
    const { store } = makeStore({ dbName, storage, now: clock.now, openDb: db.openDb });
    const disconnect = connectTabSync(store, { channelName, storageEvents: events, now: clock.now });
    cleanups.push(disconnect);
    return { store, storage, writes: db.writes, disconnect };
  };
  const a = open();
  const b = open(options.gateB);
  if (options.init !== false) await Promise.all([a.store.getState().init(), b.store.getState().init()]);
  return { a, b, clock, local, dbName, channelName, open };
}

/** Every message on the channel, as another tab would receive it. */
function listen(channelName: string) {
  const messages: SyncMessage[] = [];
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event) => messages.push(event.data as SyncMessage);
  cleanups.push(() => channel.close());
  return { messages, post: (data: unknown) => channel.postMessage(data) };
}

const pause = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

function storedDrafts(data: Map<string, string>): Record<string, Draft> {
  return (JSON.parse(data.get(PERSIST_KEY)!) as { state: { drafts: Record<string, Draft> } }).state.drafts;
}

describe('tab sync: records', () => {
  it('a session and its rated attempt made in tab A appear in tab B, which writes nothing and echoes nothing', async () => {
    const { a, b, clock, channelName } = await twoTabs();
    const observer = listen(channelName);
    const s = a.store.getState();
    const sessionId = s.createSession(SETUP, [Q1, Q2]);
    s.updateDraft(sessionId, Q1, { text: 'My answer' });
    const attemptId = s.submitAnswer(sessionId, Q1, TIMING);
    s.rateAttempt(attemptId, { ratings: RATED, grade: 'good', ratedAt: clock.tick() });
    s.goTo(sessionId, 1);
    await a.store.getState().flush();

    await vi.waitFor(() => {
      const state = b.store.getState();
      expect(state.sessions[sessionId]).toEqual(a.store.getState().sessions[sessionId]);
      expect(state.attempts[attemptId]).toEqual(a.store.getState().attempts[attemptId]);
      expect(state.schedules[Q1]).toEqual(a.store.getState().schedules[Q1]);
    });
    expect(b.store.getState().sessions[sessionId]?.currentIndex).toBe(1);
    expect(b.store.getState().attempts[attemptId]).toMatchObject({ answer: 'My answer', grade: 'good' });

    await pause();
    // B only merged in memory: no IndexedDB write, no message of its own.
    expect(b.writes).toEqual([]);
    const senders = new Set(observer.messages.map((m) => m.from));
    expect(senders.size).toBe(1);
    expect(observer.messages.length).toBeGreaterThan(0);
    const sent = observer.messages.length;
    await pause();
    expect(observer.messages.length).toBe(sent);
  });

  it('a part marked "doesn\'t apply" in tab A reaches tab B as n/a, and so does switching it back on', async () => {
    const { a, b, clock } = await twoTabs();
    const s = a.store.getState();
    const sessionId = s.createSession(SETUP, [Q1]);
    s.updateDraft(sessionId, Q1, { text: 'A closure keeps its scope.' });
    const attemptId = s.submitAnswer(sessionId, Q1, TIMING, {
      ratings: { context: 'na', approach: null, example: null, outcome: 'na' },
    });
    s.rateAttempt(attemptId, {
      ratings: { context: 'na', approach: 3, example: 3, outcome: 'na' },
      grade: 'good',
      ratedAt: clock.tick(),
    });
    await a.store.getState().flush();
    await vi.waitFor(() =>
      expect(b.store.getState().attempts[attemptId]?.ratings).toEqual({
        context: 'na',
        approach: 3,
        example: 3,
        outcome: 'na',
      }),
    );

    // The same stamp (the user only switched a part back on): the incoming change still wins.
    s.rateAttempt(attemptId, { ratings: { context: null, approach: 3, example: 3, outcome: 'na' }, grade: null });
    await a.store.getState().flush();
    await vi.waitFor(() => expect(b.store.getState().attempts[attemptId]?.ratings.context).toBeNull());
    expect(b.store.getState().attempts[attemptId]).toEqual(a.store.getState().attempts[attemptId]);
  });

  it('takes an attempt of the older shape from a tab of an older build up to date, as on load', async () => {
    const { b, channelName } = await twoTabs();
    const raw = listen(channelName);
    const sessionId = b.store.getState().createSession(SETUP, [Q1]);
    const older = version1Attempt({
      id: 'from-an-older-build',
      sessionId,
      answer: 'Typed in the other tab',
      grade: 'good',
    });
    raw.post({ app: 'rehearse-sync', v: 1, from: 'x', changes: [{ type: 'put', store: 'attempts', record: older }] });
    await vi.waitFor(() =>
      expect(b.store.getState().attempts[older.id]).toEqual({ ...older, schemaVersion: RECORD_VERSIONS.attempts }),
    );
  });

  it('both tabs practising at once: each ends with both sessions and all attempts, as does a reload', async () => {
    const { a, b, dbName } = await twoTabs();
    const sa = a.store.getState();
    const sb = b.store.getState();
    const inA = sa.createSession(SETUP, [Q1, Q2]);
    const inB = sb.createSession(SETUP, [Q2, Q3]);
    sa.updateDraft(inA, Q1, { text: 'A answers Q1' });
    sb.updateDraft(inB, Q2, { text: 'B answers Q2' });
    const a1 = sa.submitAnswer(inA, Q1, TIMING);
    const b1 = sb.submitAnswer(inB, Q2, TIMING);
    sa.updateDraft(inA, Q2, { text: 'A answers Q2' });
    const a2 = sa.submitAnswer(inA, Q2, TIMING);
    const b2 = sb.skipQuestion(inB, Q3);
    sa.completeSession(inA);
    sb.completeSession(inB);
    await Promise.all([a.store.getState().flush(), b.store.getState().flush()]);

    for (const tab of [a, b]) {
      await vi.waitFor(() => {
        const state = tab.store.getState();
        expect(Object.keys(state.sessions).sort()).toEqual([inA, inB].sort());
        expect(Object.keys(state.attempts).sort()).toEqual([a1, a2, b1, b2].sort());
        expect(state.sessions[inA]?.status).toBe('completed');
        expect(state.sessions[inB]?.status).toBe('completed');
      });
    }
    expect(b.store.getState().attempts[a2]?.answer).toBe('A answers Q2');
    expect(a.store.getState().attempts[b1]?.answer).toBe('B answers Q2');

    const reloaded = makeStore({ dbName });
    await reloaded.store.getState().init();
    expect(Object.keys(reloaded.store.getState().attempts).sort()).toEqual([a1, a2, b1, b2].sort());
  });

  it('merges by id, newer wins: an older copy is ignored, a newer one or an equal-stamped edit (a note) is taken', async () => {
    const { a, b, clock, channelName } = await twoTabs();
    const raw = listen(channelName);
    const s = a.store.getState();
    const sessionId = s.createSession(SETUP, [Q1]);
    s.updateDraft(sessionId, Q1, { text: 'answer' });
    const attemptId = s.submitAnswer(sessionId, Q1, TIMING);
    s.rateAttempt(attemptId, { ratings: RATED, grade: 'good', ratedAt: clock.tick() });
    await a.store.getState().flush();
    await vi.waitFor(() => expect(b.store.getState().attempts[attemptId]?.grade).toBe('good'));

    // B moves on (a newer session); a stale copy of the session from before must not undo that.
    const stale = b.store.getState().sessions[sessionId]!;
    clock.tick();
    b.store.getState().pauseSession(sessionId);
    const newer = b.store.getState().sessions[sessionId]!;
    raw.post({
      app: 'rehearse-sync',
      v: 1,
      from: 'elsewhere',
      changes: [{ type: 'put', store: 'sessions', record: stale }],
    });
    await pause();
    expect(b.store.getState().sessions[sessionId]).toBe(newer);

    // B rates (sets undo); A then edits the note, which keeps the attempt's stamp: B takes it, and drops its undo.
    b.store.getState().rateAttempt(attemptId, { gradeOverridden: true, grade: 'easy' });
    expect(b.store.getState().undo?.attemptId).toBe(attemptId);
    await b.store.getState().flush();
    await vi.waitFor(() => expect(a.store.getState().attempts[attemptId]?.grade).toBe('easy'));
    a.store.getState().rateAttempt(attemptId, { note: 'lead with the number' });
    await vi.waitFor(() => expect(b.store.getState().attempts[attemptId]?.note).toBe('lead with the number'));
    expect(b.store.getState().attempts[attemptId]?.grade).toBe('easy');
    expect(b.store.getState().undo).toBeNull();
  });

  it('a deleted session goes from the other tab too, with its attempts, schedule reviews and drafts', async () => {
    const { a, b, clock } = await twoTabs();
    const s = a.store.getState();
    const sessionId = s.createSession(SETUP, [Q1, Q2]);
    s.updateDraft(sessionId, Q1, { text: 'answer' });
    const attemptId = s.submitAnswer(sessionId, Q1, TIMING);
    s.rateAttempt(attemptId, { ratings: RATED, grade: 'good', ratedAt: clock.tick() });
    s.updateDraft(sessionId, Q2, { text: 'half an answer' });
    await a.store.getState().flush();
    await vi.waitFor(() => {
      expect(b.store.getState().schedules[Q1]).toBeDefined();
      expect(b.store.getState().drafts[draftKey(sessionId, Q2)]?.text).toBe('half an answer');
    });

    a.store.getState().deleteSession(sessionId);
    await a.store.getState().flush();
    await vi.waitFor(() => {
      const state = b.store.getState();
      expect(state.sessions).toEqual({});
      expect(state.attempts).toEqual({});
      expect(state.schedules).toEqual({});
      expect(state.drafts).toEqual({});
    });
    expect(b.writes).toEqual([]);
  });

  it('clear-all empties the other tab, keeping only what it made after the clear', async () => {
    const { a, b, clock, local, dbName } = await twoTabs();
    const sa = a.store.getState();
    const old = sa.createSession(SETUP, [Q1]);
    sa.updateDraft(old, Q1, { text: 'answer' });
    sa.submitAnswer(old, Q1, TIMING);
    sa.setInterviewDate('guide-a', '2030-01-01');
    await a.store.getState().flush();
    await vi.waitFor(() => expect(Object.keys(b.store.getState().plans)).toEqual(['guide-a']));

    await a.store.getState().clearAll();
    clock.tick();
    const later = b.store.getState().createSession(SETUP, [Q2]);
    b.store.getState().updateDraft(later, Q2, { text: 'typed after the clear' });
    await vi.waitFor(() => {
      const state = b.store.getState();
      expect(Object.keys(state.sessions)).toEqual([later]);
      expect(state.attempts).toEqual({});
      expect(state.plans).toEqual({});
    });
    expect(b.store.getState().drafts[draftKey(later, Q2)]?.text).toBe('typed after the clear');
    expect(Object.keys(storedDrafts(local.data))).toEqual([draftKey(later, Q2)]);

    await b.store.getState().flush();
    const reloaded = makeStore({ dbName });
    await reloaded.store.getState().init();
    expect(Object.keys(reloaded.store.getState().sessions)).toEqual([later]);
  });

  it('ignores malformed messages and records that fail the checks, and applies the valid ones', async () => {
    const { b, channelName } = await twoTabs();
    const raw = listen(channelName);
    const before = b.store.getState();
    const session = {
      schemaVersion: 1,
      id: 'from-elsewhere',
      createdAt: 1,
      updatedAt: 2,
      settings: SETUP,
      questionIds: [Q1],
      currentIndex: 0,
      status: 'active',
      pausedAt: null,
      completedAt: null,
    };
    const junk: unknown[] = [
      null,
      'rehearse-sync',
      42,
      { app: 'rehearse-sync', v: 2, from: 'x', changes: [{ type: 'put', store: 'sessions', record: session }] },
      { app: 'other', v: 1, from: 'x', changes: [{ type: 'put', store: 'sessions', record: session }] },
      { app: 'rehearse-sync', v: 1, from: 'x', changes: 'all of them' },
      { app: 'rehearse-sync', v: 1, changes: [] },
    ];
    for (const message of junk) raw.post(message);
    raw.post({
      app: 'rehearse-sync',
      v: 1,
      from: 'x',
      changes: [
        { type: 'put', store: 'sessions', record: { ...session, id: 'no-status', status: 'running' } },
        { type: 'put', store: 'sessions', record: { ...session, id: 'future', schemaVersion: 99 } },
        { type: 'put', store: 'sessions', record: { ...session, id: '__proto__' } },
        { type: 'put', store: 'meta', record: session },
        { type: 'put', store: 'attempts', record: session },
        { type: 'delete', store: 'sessions', key: 42 },
        { type: 'delete', store: 'everything', key: 'x' },
        { type: 'clear' },
        { type: 'clear', at: 'now' },
        { type: 'drop-tables' },
        'put',
      ],
    });
    await pause();
    expect(b.store.getState()).toBe(before);

    raw.post({ app: 'rehearse-sync', v: 1, from: 'x', changes: [{ type: 'put', store: 'sessions', record: session }] });
    await vi.waitFor(() => expect(Object.keys(b.store.getState().sessions)).toEqual(['from-elsewhere']));
    expect(({} as Record<string, unknown>).status).toBeUndefined();
    expect(b.writes).toEqual([]);
  });

  it('a tab still loading keeps what it is told meanwhile: the load brings back neither a deleted record nor hides a new one', async () => {
    // A session on disk before B starts.
    const dbName = unique('sync-db');
    const first = makeStore({ dbName });
    const doomed = first.store.getState().createSession(SETUP, [Q1]);
    await first.store.getState().flush();

    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const channelName = unique('sync-channel');
    const a = makeStore({ dbName });
    cleanups.push(connectTabSync(a.store, { channelName, storageEvents: null }));
    await a.store.getState().init();
    // B reads the disk now (the doomed session included) but finishes loading only after A's changes.
    const b = makeStore({ dbName, openDb: countingDb(dbName, gate).openDb });
    cleanups.push(connectTabSync(b.store, { channelName, storageEvents: null }));
    const loading = b.store.getState().init();
    await pause();

    a.store.getState().deleteSession(doomed);
    const added = a.store.getState().createSession(SETUP, [Q2]);
    await a.store.getState().flush();
    await pause();
    expect(b.store.getState().status).toBe('loading');

    release();
    await loading;
    await vi.waitFor(() => expect(Object.keys(b.store.getState().sessions)).toEqual([added]));
  });
});

describe('tab sync: drafts in the shared localStorage', () => {
  it('drafts typed in two tabs both survive, even without storage events (each write merges by key)', async () => {
    const { a, b, local } = await twoTabs();
    // Events off: only local.ts's merge-on-write is at work.
    a.disconnect();
    b.disconnect();
    const inA = a.store.getState().createSession(SETUP, [Q1]);
    const inB = b.store.getState().createSession(SETUP, [Q1]);
    a.store.getState().updateDraft(inA, Q1, { text: 'A, first words' });
    b.store.getState().updateDraft(inB, Q1, { text: 'B, first words' });
    a.store.getState().updateDraft(inA, Q1, { text: 'A, first words and more' });
    b.store.getState().updateDraft(inB, Q1, { text: 'B, first words and more' });
    // Anything else B does rewrites the value too.
    b.store.getState().setTheme('dark');

    const drafts = storedDrafts(local.data);
    expect(drafts[draftKey(inA, Q1)]?.text).toBe('A, first words and more');
    expect(drafts[draftKey(inB, Q1)]?.text).toBe('B, first words and more');
    // A tab opened now (or after both closed) gets both.
    const third = makeStore({ storage: local.tab().storage });
    expect(third.store.getState().drafts[draftKey(inA, Q1)]?.text).toBe('A, first words and more');
    expect(third.store.getState().drafts[draftKey(inB, Q1)]?.text).toBe('B, first words and more');

    // A draft A submitted stays gone, though B's later writes still carry its own.
    a.store.getState().submitAnswer(inA, Q1, TIMING);
    b.store.getState().updateDraft(inB, Q1, { text: 'B, still typing' });
    expect(Object.keys(storedDrafts(local.data))).toEqual([draftKey(inB, Q1)]);
  });

  it("with storage events each tab adopts the other's drafts and settings, and drops what the other submitted", async () => {
    const { a, b, local } = await twoTabs();
    const inA = a.store.getState().createSession(SETUP, [Q1, Q2]);
    a.store.getState().updateDraft(inA, Q1, { text: 'typed in A' });
    a.store.getState().setTheme('dark');
    await vi.waitFor(() => {
      expect(b.store.getState().drafts[draftKey(inA, Q1)]?.text).toBe('typed in A');
      expect(b.store.getState().settings.theme).toBe('dark');
    });

    a.store.getState().submitAnswer(inA, Q1, TIMING);
    await vi.waitFor(() => expect(b.store.getState().drafts).toEqual({}));
    expect(storedDrafts(local.data)).toEqual({});
  });

  it('a tab whose draft another tab overwrote (from a stale read) writes it back at once', async () => {
    const { a, local } = await twoTabs();
    const inA = a.store.getState().createSession(SETUP, [Q1]);
    a.store.getState().updateDraft(inA, Q1, { text: 'only in A' });
    const withDraft = local.data.get(PERSIST_KEY)!;

    // Another tab, having never seen A's draft, writes the value without it.
    const other = local.tab();
    const blind = JSON.stringify({ state: { drafts: {}, settings: { theme: 'system', lastSetup: null } }, version: 1 });
    local.data.set(PERSIST_KEY, JSON.stringify({ state: { drafts: {} }, version: 1 }));
    other.storage.setItem(PERSIST_KEY, blind);
    expect(local.data.get(PERSIST_KEY)).not.toBe(withDraft);

    await vi.waitFor(() => expect(storedDrafts(local.data)[draftKey(inA, Q1)]?.text).toBe('only in A'));
    expect(a.store.getState().drafts[draftKey(inA, Q1)]?.text).toBe('only in A');
  });

  it('a value another build wrote is backed up before this tab writes over it', async () => {
    const { a, local } = await twoTabs();
    const future = JSON.stringify({ state: { drafts: 'new shape' }, version: 9 });
    local.data.set(PERSIST_KEY, future);
    const inA = a.store.getState().createSession(SETUP, [Q1]);
    a.store.getState().updateDraft(inA, Q1, { text: 'mine' });
    expect(readBackups(local.data.get(backupsKey(PERSIST_KEY)) ?? null)?.map((b) => b.value)).toEqual([future]);
    expect(storedDrafts(local.data)[draftKey(inA, Q1)]?.text).toBe('mine');
  });
});
