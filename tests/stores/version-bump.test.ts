/**
 * The day the schema version goes up: with one extra no-op step appended to
 * the app's chain (`versionsOf`, the same factory that builds the app's own
 * versions), everything the current build wrote still comes through, on each
 * of the three ways records arrive: (a) loading from storage, (b) a message
 * from a tab still running the current build, (c) importing an export this
 * build made. Each record comes out stamped with the bumped version, which
 * is how the tests tell the bumped chain really read it. And the reverse: the
 * current build refuses records of the bumped version safely.
 */
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { RECORD_KINDS } from '@/domain/schema';
import { exportJson, parseExport } from '@/domain/transfer';
import { RECORD_STEPS, type RecordStep, SCHEMA_VERSION, VERSIONS, versionsOf } from '@/domain/versions';
import { connectTabSync } from '@/stores/sync';

import { makeStore, practisedStore, Q1, Q2, SETUP } from './helpers';

const TIMING = { durationMs: 30_000, timeLimitSec: 120, overtimeSec: 0 } as const;

/** What a release that changes nothing but the version would append. */
const NO_OP: RecordStep = {
  from: SCHEMA_VERSION,
  to: SCHEMA_VERSION + 1,
  name: 'test only: every kind, unchanged',
  kinds: RECORD_KINDS,
  migrate: (record) => ({ ...record }),
};
const BUMPED = versionsOf([...RECORD_STEPS, NO_OP]);
const NEXT = SCHEMA_VERSION + 1;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}`;

/** A store of the current build with one of every kind of record: a session, two answers (one rated), a schedule, a plan. */
async function practised(dbName = unique('bump-db')) {
  const tab = await practisedStore(dbName, 'An answer of the current build');
  const state = tab.store.getState();
  expect(Object.keys(state.schedules)).toEqual([Q1]);
  expect(Object.keys(state.plans)).toEqual(['guide-a']);
  return tab;
}

describe('a schema version bump (one no-op step appended)', () => {
  it('is one more version of the one chain, every kind written at it', () => {
    expect(BUMPED.version).toBe(VERSIONS.version + 1);
    expect(BUMPED.recordVersions).toEqual({
      sessions: NEXT,
      attempts: NEXT,
      schedules: NEXT,
      plans: NEXT,
      guides: NEXT,
      stories: NEXT,
      recordings: NEXT,
    });
  });

  it('(a) loads everything stored at the old version, up to date and nothing set aside', async () => {
    const old = await practised();
    const before = old.store.getState();

    const bumped = makeStore({ dbName: old.dbName, versions: BUMPED });
    await bumped.store.getState().init();
    const after = bumped.store.getState();
    expect(after.setAside).toBe(0);
    expect(after.setAsideRecords).toEqual([]);
    for (const kind of RECORD_KINDS) {
      expect(Object.keys(after[kind]), kind).toEqual(Object.keys(before[kind]));
      for (const [key, record] of Object.entries(after[kind])) {
        // The record as the old build had it, read through the new step.
        expect(record, `${kind} ${key}`).toEqual({ ...before[kind][key], schemaVersion: NEXT });
      }
    }

    // What the bumped build writes is at its version, and it reads that back too.
    const next = after.createSession(SETUP, [Q1]);
    expect(bumped.store.getState().sessions[next]?.schemaVersion).toBe(NEXT);
    await bumped.store.getState().flush();
    const reload = makeStore({ dbName: old.dbName, versions: BUMPED });
    await reload.store.getState().init();
    expect(reload.store.getState().setAside).toBe(0);
    expect(Object.keys(reload.store.getState().sessions)).toHaveLength(2);

    // The old build, meanwhile, sets the newer session aside (kept on disk) and still loads its own records.
    const olderBuild = makeStore({ dbName: old.dbName });
    await olderBuild.store.getState().init();
    expect(olderBuild.store.getState().setAsideRecords).toEqual([
      expect.objectContaining({ store: 'sessions', key: next, reason: expect.stringMatching(/newer version/) }),
    ]);
    expect(Object.keys(olderBuild.store.getState().sessions)).toEqual([old.sessionId]);
  });

  it('(b) accepts a second tab’s records at the old version, and the old tab ignores the bumped ones', async () => {
    const channelName = unique('bump-channel');
    const old = makeStore({ dbName: unique('bump-old') });
    const bumped = makeStore({ dbName: unique('bump-new'), versions: BUMPED });
    cleanups.push(connectTabSync(old.store, { channelName, storageEvents: null }));
    cleanups.push(connectTabSync(bumped.store, { channelName, storageEvents: null, versions: BUMPED }));
    await Promise.all([old.store.getState().init(), bumped.store.getState().init()]);

    const s = old.store.getState();
    const sessionId = s.createSession(SETUP, [Q1]);
    s.updateDraft(sessionId, Q1, { text: 'Typed in the tab of the current build' });
    const attemptId = s.submitAnswer(sessionId, Q1, TIMING);
    old.store.getState().setInterviewDate('guide-a', '2030-06-01');
    await old.store.getState().flush();

    await vi.waitFor(() => {
      const state = bumped.store.getState();
      expect(state.sessions[sessionId]).toEqual({ ...old.store.getState().sessions[sessionId], schemaVersion: NEXT });
      expect(state.attempts[attemptId]).toEqual({ ...old.store.getState().attempts[attemptId], schemaVersion: NEXT });
      expect(state.plans['guide-a']?.schemaVersion).toBe(NEXT);
    });

    // The other way: the current build cannot read the bumped shape, so it ignores it, without breaking.
    const fromBumped = bumped.store.getState().createSession(SETUP, [Q2]);
    await bumped.store.getState().flush();
    const marker = old.store.getState().createSession(SETUP, [Q1]);
    await old.store.getState().flush();
    await vi.waitFor(() => expect(bumped.store.getState().sessions[marker]).toBeDefined());
    expect(old.store.getState().sessions[fromBumped]).toBeUndefined();
    expect(old.store.getState().status).toBe('ready');
  });

  it('(c) re-imports the app’s own export made at the old version', async () => {
    const old = await practised();
    const json = exportJson(old.store.getState().exportSnapshot());

    const bumped = makeStore({ versions: BUMPED });
    await bumped.store.getState().init();
    const parsed = parseExport(json, { versions: BUMPED });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    for (const kind of RECORD_KINDS) {
      expect(
        parsed.file[kind].map((r) => r.schemaVersion),
        kind,
      ).toEqual(parsed.file[kind].map(() => NEXT));
    }
    expect(await bumped.store.getState().importRecords(parsed.file)).toEqual({ added: 7, updated: 0 });
    const state = bumped.store.getState();
    expect(state.attempts[old.rated]).toEqual({ ...old.store.getState().attempts[old.rated], schemaVersion: NEXT });
    expect(state.schedules[Q1]?.schemaVersion).toBe(NEXT);

    // An export of the bumped build is refused by the current one, naming the record and field.
    const newer = parseExport(exportJson(state.exportSnapshot()));
    expect(newer.ok).toBe(false);
    expect(!newer.ok && newer.problems[0]).toMatch(
      /^sessions\[0\]\.schemaVersion: made by a newer version of Rehearse/,
    );
  });
});
