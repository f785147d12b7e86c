/**
 * Schema migrations, from stored fixtures of every older shape
 * (tests/fixtures/storage/): each database and record step before/after, the
 * backup taken before an upgrade, a failing upgrade that keeps the old data,
 * and the app store starting on old, corrupt or wrong-shape data.
 * tests/stores/migration.test.ts keeps the earlier hand-built v1 → v2 checks;
 * tests/stores/local.test.ts the localStorage edge cases in detail.
 */
import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';

import { RECORD_VERSIONS } from '@/domain/model';
import type { RecordKind } from '@/domain/schema';
import {
  migrateRecord,
  RECORD_STEPS,
  type RecordStep,
  SCHEMA_VERSION,
  type StoredRecord,
  validRecord,
  versionsOf,
} from '@/domain/versions';
import { draftKey } from '@/stores';
import { DB_VERSION, openPracticeDb, StorageFailure } from '@/stores/persistence/db';
import { backupsKey, PERSIST_KEY, readBackups } from '@/stores/persistence/local';
import { backupKey, DB_STEPS, type DbBackup, type DbStep, NOT_BACKED_UP } from '@/stores/persistence/migrations';

import { makeStore, memoryStorage } from './helpers';

const files = import.meta.glob<string>('../fixtures/storage/*', { query: '?raw', import: 'default', eager: true });
const hasFixture = (name: string) => `../fixtures/storage/${name}` in files;
/** A fixture's exact text (what was stored). */
const text = (name: string) => {
  const raw = files[`../fixtures/storage/${name}`];
  if (raw === undefined) throw new Error(`no fixture tests/fixtures/storage/${name}`);
  return raw;
};
/** A fresh parsed copy, so no test sees another's changes. */
const fixture = <T>(name: string) => JSON.parse(text(name)) as T;
/** The localStorage values kept as backups, oldest first. */
const backedUpValues = (storage: ReturnType<typeof memoryStorage>) =>
  (readBackups(storage.data.get(backupsKey(PERSIST_KEY)) ?? null) ?? []).map((b) => b.value);

/** A whole database as JSON: its version, and per store its key path, indexes and records. */
interface Dump {
  version: number;
  stores: Record<string, { keyPath: string | null; indexes: Record<string, string>; records: unknown[] }>;
}
interface WrongShape {
  sessions: unknown[];
  attempts: unknown[];
  schedules: unknown[];
  plans: unknown[];
}

const v1 = () => fixture<Dump>('indexeddb-v1.json');
/** The v1 dump's attempts as this build loads them: brought up to the current attempts version (the first three of that fixture). */
const loadedV1Attempts = () =>
  fixture<{ records: StoredRecord[] }>(`attempts-v${RECORD_VERSIONS.attempts}.json`).records.slice(
    0,
    v1().stores.attempts!.records.length,
  );
const newName = (what: string) => `${what}-${Math.random().toString(36).slice(2)}`;

/** Creates `name` exactly as the dump describes, the way that version of the app left it. Out-of-line stores hold [key, value] pairs. */
async function restoreDump(name: string, dump: Dump) {
  const db = await openDB(name, dump.version, {
    upgrade(raw) {
      for (const [store, { keyPath, indexes }] of Object.entries(dump.stores)) {
        const created = raw.createObjectStore(store, keyPath === null ? undefined : { keyPath });
        for (const [index, path] of Object.entries(indexes)) created.createIndex(index, path);
      }
    },
  });
  for (const [store, { keyPath, records }] of Object.entries(dump.stores)) {
    for (const record of records) {
      if (keyPath === null) {
        const [key, value] = record as [string, unknown];
        await db.put(store, value, key);
      } else await db.put(store, record);
    }
  }
  db.close();
}

/** The database as a Dump, to compare with a fixture. */
async function takeDump(name: string): Promise<Dump> {
  const db = await openDB(name);
  try {
    const stores: Dump['stores'] = {};
    for (const store of [...db.objectStoreNames].sort()) {
      const tx = db.transaction(store);
      const os = tx.objectStore(store);
      const keyPath = os.keyPath as string | null;
      const indexes = Object.fromEntries([...os.indexNames].map((index) => [index, os.index(index).keyPath as string]));
      const values = await os.getAll();
      const records = keyPath === null ? (await os.getAllKeys()).map((key, i) => [key, values[i]]) : values;
      stores[store] = { keyPath, indexes, records };
    }
    return { version: db.version, stores };
  } finally {
    db.close();
  }
}

const sortedStores = (dump: Dump) =>
  Object.fromEntries(Object.entries(dump.stores).sort(([a], [b]) => a.localeCompare(b)));

/** Deep-freezes a value, so a step that mutates its input throws. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

const withBackupTime = (dump: Dump) => {
  const meta = dump.stores.meta!.records as [string, unknown][];
  return meta.map(([key, value]) =>
    key.startsWith('backup:') ? [key, { ...(value as DbBackup), takenAt: expect.any(Number) as number }] : [key, value],
  );
};

const TIMING = { durationMs: 1000, timeLimitSec: 120, overtimeSec: 0 } as const;

const KINDS = ['sessions', 'attempts', 'schedules', 'plans'] as const;
/** A stored copy of one kind's records at one version: `<kind>-v<n>.json`. */
const recordsAt = (kind: RecordKind, version: number) =>
  fixture<{ about: string; records: StoredRecord[] }>(`${kind}-v${version}.json`).records;

describe('record steps', () => {
  it('are one chain from version 1 to SCHEMA_VERSION, one version each, with unique names', () => {
    expect(RECORD_STEPS.map((step) => [step.from, step.to])).toEqual(
      Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
    expect(new Set(RECORD_STEPS.map((step) => step.name)).size).toBe(RECORD_STEPS.length);
    expect(RECORD_STEPS.every((step) => step.kinds.every((kind) => (KINDS as readonly string[]).includes(kind)))).toBe(
      true,
    );
    // A chain with a gap or a step of two versions is refused when it is built.
    expect(() => versionsOf([{ ...RECORD_STEPS[0]!, from: 2, to: 3 }])).toThrow(/should go from 1 to 2/);
  });

  it('each kind is written at the version of the last step that changed it (RECORD_VERSIONS)', () => {
    for (const kind of KINDS) {
      const last = RECORD_STEPS.filter((step) => step.kinds.includes(kind)).at(-1);
      expect(RECORD_VERSIONS[kind], kind).toBe(last?.to ?? 1);
    }
  });

  it('each has a stored fixture of every kind it changes, before it and after it', () => {
    for (const step of RECORD_STEPS) {
      for (const kind of step.kinds) {
        expect(hasFixture(`${kind}-v${step.from}.json`), `${kind}-v${step.from}.json`).toBe(true);
        expect(hasFixture(`${kind}-v${step.to}.json`), `${kind}-v${step.to}.json`).toBe(true);
      }
    }
  });

  // One before/after test per step and kind: <kind>-v<from>.json through the step must equal <kind>-v<to>.json.
  RECORD_STEPS.forEach((step, i) => {
    for (const kind of step.kinds) {
      it(`${kind} v${step.from} → v${step.to} (${step.name}) turns the stored v${step.from} records into the v${step.to} ones, purely`, () => {
        const before = frozen(recordsAt(kind, step.from));
        const after = recordsAt(kind, step.to);
        expect(before.length).toBeGreaterThan(0);
        const chain = versionsOf(RECORD_STEPS.slice(0, i + 1));
        const migrated = before.map((record) => migrateRecord(kind, record, chain));
        expect(migrated).toEqual(after.map((record) => ({ ok: record })));
      });
    }
  });

  it('attempts 1 → 2 keeps every stored v1 attempt as it was but for its version, and v2 reads them the same', () => {
    const before = recordsAt('attempts', 1);
    const after = before.map((record) => migrateRecord('attempts', record, versionsOf(RECORD_STEPS.slice(0, 1))));
    expect(after).toEqual(before.map((record) => ({ ok: { ...record, schemaVersion: 2 } })));
    // Every migrated attempt passes the schema, ratings and all.
    for (const result of after) expect(validRecord('attempts', 'ok' in result ? result.ok : null)).not.toBeNull();
    // The version is what keeps a build that knows no 'na' from reading one: it sets v2 attempts aside.
    expect(migrateRecord('attempts', recordsAt('attempts', 2)[0], versionsOf([]))).toMatchObject({ reason: 'newer' });
  });

  it('leave every record no later step changes as it is (the same object: nothing is copied by migrating)', () => {
    const { stores } = v1();
    const current: [RecordKind, unknown[]][] = [
      ['sessions', stores.sessions!.records],
      ['attempts', recordsAt('attempts', RECORD_VERSIONS.attempts)],
    ];
    for (const [kind, records] of current) {
      for (const record of records) {
        const result = migrateRecord(kind, record);
        expect(result).toEqual({ ok: record });
        expect('ok' in result && result.ok).toBe(record);
      }
    }
  });

  // The chain itself, on steps made up for the test.
  const renameNote: RecordStep = {
    from: 1,
    to: 2,
    name: 'attempt note becomes notes[]',
    kinds: ['attempts'],
    migrate: (record) => {
      const { note, ...rest } = record;
      return { ...rest, notes: note ? [note] : [] };
    },
  };
  const sessionsGainTags: RecordStep = {
    from: 2,
    to: 3,
    name: 'sessions gain tags',
    kinds: ['sessions'],
    migrate: (record) => ({ ...record, tags: [] }),
  };
  const addTags: RecordStep = {
    from: 3,
    to: 4,
    name: 'attempts gain tags',
    kinds: ['attempts'],
    migrate: (record) => ({ ...record, tags: [] }),
  };

  it('runs an older record through every later step of its kind in order, stamping each version, without touching the input', () => {
    const { stores } = v1();
    const attempt = frozen(stores.attempts!.records[0] as StoredRecord);
    const session = frozen(stores.sessions!.records[0] as StoredRecord);
    const chain = versionsOf([renameNote, sessionsGainTags, addTags]);
    expect(chain.version).toBe(4);
    expect(chain.recordVersions).toEqual({
      sessions: 3,
      attempts: 4,
      schedules: 1,
      plans: 1,
      guides: 1,
      stories: 1,
      recordings: 1,
    });

    const { note, ...rest } = attempt;
    expect(migrateRecord('attempts', attempt, chain)).toEqual({
      ok: { ...rest, notes: [note], tags: [], schemaVersion: 4 },
    });
    // A record already at 2 only takes the later attempts step.
    expect(migrateRecord('attempts', { ...attempt, schemaVersion: 2 }, chain)).toEqual({
      ok: { ...attempt, tags: [], schemaVersion: 4 },
    });
    // Another kind's steps never touch it: sessions take only their own.
    expect(migrateRecord('sessions', session, chain)).toEqual({ ok: { ...session, tags: [], schemaVersion: 3 } });
    expect(attempt.note).toBe('Say more about the numbers next time.');
  });

  it('sets aside, with a reason and never by throwing, what it cannot bring up to date', () => {
    const session = v1().stores.sessions!.records[0] as StoredRecord;
    const throws: RecordStep = {
      from: 1,
      to: 2,
      name: 'a step with a bug',
      kinds: ['sessions'],
      migrate: () => {
        throw new Error('cannot read properties of undefined');
      },
    };
    const returnsNothing = { ...throws, migrate: () => null as unknown as StoredRecord };
    const cases: [unknown, RecordStep[], string][] = [
      [{ ...session, schemaVersion: 2 }, [], 'newer'],
      [{ ...session, schemaVersion: 99 }, [renameNote, sessionsGainTags], 'newer'],
      [null, [], 'not-a-record'],
      ['a string', [], 'not-a-record'],
      [[session], [], 'not-a-record'],
      [{ ...session, schemaVersion: undefined }, [], 'unversioned'],
      [{ ...session, schemaVersion: '1' }, [], 'unversioned'],
      [{ ...session, schemaVersion: 1.5 }, [], 'unversioned'],
      [{ ...session, schemaVersion: 0 }, [], 'unversioned'],
      [session, [throws], 'step-failed'],
      [session, [returnsNothing], 'step-failed'],
    ];
    for (const [record, steps, reason] of cases) {
      const result = migrateRecord('sessions', record, versionsOf(steps));
      expect(result, JSON.stringify(record)).toMatchObject({ reason, error: expect.any(String) as string });
    }
    expect(migrateRecord('sessions', session, versionsOf([throws]))).toMatchObject({
      error: expect.stringContaining('a step with a bug') as string,
    });
  });
});

describe('database steps', () => {
  it('run in order from no database to DB_VERSION, one version each, with unique names', () => {
    expect(DB_STEPS.map((step) => [step.from, step.to])).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => [i, i + 1]),
    );
    expect(new Set(DB_STEPS.map((step) => step.name)).size).toBe(DB_STEPS.length);
  });

  it('each upgrade of an existing database has a stored dump of the version it starts from', () => {
    for (const step of DB_STEPS.filter((s) => s.from > 0)) {
      expect(hasFixture(`indexeddb-v${step.from}.json`), `indexeddb-v${step.from}.json`).toBe(true);
    }
  });

  it('0 → 1 creates exactly the stores and indexes of the stored v1 dump', async () => {
    const name = newName('step-1');
    (await openPracticeDb({ name, steps: DB_STEPS.slice(0, 1) })).close();
    const expected = v1();
    for (const store of ['sessions', 'attempts'] as const) expected.stores[store]!.records = [];
    expect(await takeDump(name)).toEqual({ version: 1, stores: sortedStores(expected) });
  });

  it('1 → 2 keeps every v1 record as stored, adds schedules and plans, and backs up the v1 records first', async () => {
    const name = newName('step-2');
    const before = v1();
    await restoreDump(name, before);
    const opened = await openPracticeDb({ name, steps: DB_STEPS.slice(0, 2) });
    expect(opened.warning).toBeNull();
    opened.close();

    const after = await takeDump(name);
    expect(after.version).toBe(2);
    expect(Object.keys(after.stores)).toEqual(['attempts', 'meta', 'plans', 'schedules', 'sessions']);
    expect(after.stores.sessions).toEqual(before.stores.sessions);
    expect(after.stores.attempts).toEqual(before.stores.attempts);
    expect(after.stores.schedules).toEqual({ keyPath: 'questionId', indexes: {}, records: [] });
    expect(after.stores.plans).toEqual({ keyPath: 'guideSlug', indexes: {}, records: [] });
    expect(withBackupTime(after)).toEqual([
      [
        backupKey(1),
        {
          fromVersion: 1,
          toVersion: 2,
          takenAt: expect.any(Number) as number,
          stores: {
            sessions: before.stores.sessions!.records,
            attempts: before.stores.attempts!.records,
            meta: before.stores.meta!.records,
          },
        },
      ],
      ['schemaVersion', 1],
    ]);

    // Opening again runs no step and takes no second backup.
    (await openPracticeDb({ name, steps: DB_STEPS.slice(0, 2) })).close();
    expect(await takeDump(name)).toEqual(after);
  });

  it('2 → 3 keeps every v2 record as stored, adds guides and stories, and backs up the v2 records first', async () => {
    const name = newName('step-3');
    const before = fixture<Dump>('indexeddb-v2.json');
    await restoreDump(name, before);
    const opened = await openPracticeDb({ name, steps: DB_STEPS.slice(0, 3) });
    expect(opened.warning).toBeNull();
    opened.close();

    const after = await takeDump(name);
    expect(after.version).toBe(3);
    expect(Object.keys(after.stores)).toEqual([
      'attempts',
      'guides',
      'meta',
      'plans',
      'schedules',
      'sessions',
      'stories',
    ]);
    for (const store of ['sessions', 'attempts', 'schedules', 'plans'] as const) {
      expect(after.stores[store], store).toEqual(before.stores[store]);
    }
    expect(after.stores.guides).toEqual({ keyPath: 'slug', indexes: {}, records: [] });
    expect(after.stores.stories).toEqual({ keyPath: 'id', indexes: {}, records: [] });
    const backup = withBackupTime(after).find(([key]) => key === backupKey(2));
    expect(backup?.[1]).toEqual({
      fromVersion: 2,
      toVersion: 3,
      takenAt: expect.any(Number) as number,
      stores: {
        sessions: before.stores.sessions!.records,
        attempts: before.stores.attempts!.records,
        schedules: before.stores.schedules!.records,
        plans: before.stores.plans!.records,
        // The earlier backup is not copied into the new one.
        meta: (before.stores.meta!.records as [string, unknown][]).filter(([key]) => !key.startsWith('backup:')),
      },
    });
  });

  it('3 → 4 keeps every v3 record as stored, adds recordings and their audio, and backs up the v3 records first', async () => {
    const name = newName('step-4');
    const before = fixture<Dump>('indexeddb-v3.json');
    await restoreDump(name, before);
    const opened = await openPracticeDb({ name, steps: DB_STEPS.slice(0, 4) });
    expect(opened.warning).toBeNull();
    opened.close();

    const after = await takeDump(name);
    expect(after.version).toBe(4);
    expect(Object.keys(after.stores)).toEqual([
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
    for (const store of ['sessions', 'attempts', 'schedules', 'plans', 'guides', 'stories'] as const) {
      expect(after.stores[store], store).toEqual(before.stores[store]);
    }
    expect(after.stores.recordings).toEqual({ keyPath: 'attemptId', indexes: {}, records: [] });
    expect(after.stores.audio).toEqual({ keyPath: null, indexes: {}, records: [] });
    const backup = withBackupTime(after).find(([key]) => key === backupKey(3));
    expect(backup?.[1]).toEqual({
      fromVersion: 3,
      toVersion: 4,
      takenAt: expect.any(Number) as number,
      stores: {
        sessions: before.stores.sessions!.records,
        attempts: before.stores.attempts!.records,
        schedules: before.stores.schedules!.records,
        plans: before.stores.plans!.records,
        guides: before.stores.guides!.records,
        stories: before.stores.stories!.records,
        meta: (before.stores.meta!.records as [string, unknown][]).filter(([key]) => !key.startsWith('backup:')),
      },
    });
  });

  it('never copies recorded audio into an upgrade backup (it can be hours of it)', () => {
    expect(NOT_BACKED_UP.has('audio')).toBe(true);
  });
});

describe('the app on an old database', () => {
  it('starts on the stored v1 database and localStorage with everything present, and the backup written', async () => {
    const dbName = newName('app-v1');
    await restoreDump(dbName, v1());
    const storage = memoryStorage();
    storage.data.set(PERSIST_KEY, text('localstorage-v1.json'));
    const stored = fixture<{ state: { drafts: Record<string, unknown>; settings: unknown } }>('localstorage-v1.json');

    const { store } = makeStore({ dbName, storage });
    // Drafts and settings come back before IndexedDB has even opened.
    expect(store.getState().settings).toEqual(stored.state.settings);
    expect(store.getState().drafts).toEqual(stored.state.drafts);

    await store.getState().init();
    const state = store.getState();
    const { stores } = v1();
    expect(state.status).toBe('ready');
    expect(state.storageError).toBeNull();
    expect(state.setAside).toBe(0);
    expect(Object.values(state.sessions)).toEqual(stores.sessions!.records);
    // Attempts come up to version 2 as they load (attempts-v2.json holds the dump's three first)…
    expect(Object.values(state.attempts)).toEqual(loadedV1Attempts());
    // The paused session's half-written answer is still there to continue.
    const [draft] = Object.values(stored.state.drafts) as { sessionId: string; questionId: string }[];
    expect(state.drafts[draftKey(draft!.sessionId, draft!.questionId)]).toEqual(draft);
    expect(storage.data.has(`${PERSIST_KEY}:backups`)).toBe(false);

    const meta = await takeDump(dbName);
    // …and stay on disk as version 1 left them until the app next saves one.
    expect(meta.stores.attempts!.records).toEqual(stores.attempts!.records);
    expect(meta.version).toBe(DB_VERSION);
    expect(withBackupTime(meta)[0]).toEqual([
      backupKey(1),
      expect.objectContaining({ stores: expect.objectContaining({ attempts: stores.attempts!.records }) as object }),
    ]);
  });

  it('sets aside stored records of the wrong shape or from a newer build, loads the rest, and deletes none', async () => {
    const dbName = newName('app-wrong-shape');
    const dump = v1();
    const wrong = fixture<WrongShape>('records-wrong-shape.json');
    // "From a newer build" means past this build's one version, whatever it is (the fixture says 2).
    const newer = wrong.sessions.find((r) => (r as StoredRecord).id === 'session-from-a-newer-build') as StoredRecord;
    newer.schemaVersion = SCHEMA_VERSION + 1;
    dump.stores.sessions!.records.push(...wrong.sessions);
    dump.stores.attempts!.records.push(...wrong.attempts);
    await restoreDump(dbName, dump);

    const first = makeStore({ dbName });
    await first.store.getState().init();
    const { stores } = v1();
    expect(first.store.getState().setAside).toBe(4);
    expect(Object.values(first.store.getState().sessions)).toEqual(stores.sessions!.records);
    expect(Object.values(first.store.getState().attempts)).toEqual(loadedV1Attempts());

    // Schedules and plans only exist from v2 on.
    const raw = await openDB(dbName);
    for (const record of wrong.schedules) await raw.put('schedules', record);
    for (const record of wrong.plans) await raw.put('plans', record);
    raw.close();
    const second = makeStore({ dbName });
    await second.store.getState().init();
    expect(second.store.getState().setAside).toBe(6);
    expect(Object.keys(second.store.getState().attempts)).toHaveLength(3);

    const after = await takeDump(dbName);
    expect(after.stores.sessions!.records).toHaveLength(4);
    expect(after.stores.attempts!.records).toHaveLength(5);
    expect(after.stores.attempts!.records).toContainEqual(wrong.attempts[0]);
    expect(after.stores.sessions!.records).toContainEqual(wrong.sessions[1]);
    expect(after.stores.schedules!.records).toEqual(wrong.schedules);
    expect(after.stores.plans!.records).toEqual(wrong.plans);
  });

  it('clearing all data also drops the pre-upgrade backup', async () => {
    const dbName = newName('app-clear');
    await restoreDump(dbName, v1());
    const { store } = makeStore({ dbName });
    await store.getState().init();
    await store.getState().clearAll();
    expect(store.getState().storageError).toBeNull();
    const after = await takeDump(dbName);
    expect(after.stores.meta!.records).toEqual([['schemaVersion', 1]]);
    expect(after.stores.sessions!.records).toEqual([]);
  });
});

describe('a failing upgrade', () => {
  const throwing: DbStep = {
    from: DB_VERSION,
    to: DB_VERSION + 1,
    name: 'a step that throws',
    upgrade() {
      throw new Error('bug in a migration');
    },
  };
  // Fails later, when its request does (as a full disk would fail the backup's write).
  const failingRequest: DbStep = {
    from: DB_VERSION,
    to: DB_VERSION + 1,
    name: 'a step whose write fails',
    upgrade(_db, tx) {
      const [first] = v1().stores.sessions!.records as StoredRecord[];
      tx.objectStore('sessions').add(first);
    },
  };

  for (const step of [throwing, failingRequest]) {
    it(`(${step.name}) keeps the old database exactly as stored, opens it read-only, and says so`, async () => {
      const name = newName('fail');
      const before = v1();
      await restoreDump(name, before);

      const db = await openPracticeDb({ name, steps: [...DB_STEPS, step] });
      expect(db.warning).toBeInstanceOf(StorageFailure);
      expect(db.warning?.kind).toBe('upgrade');
      expect(db.warning?.message).toMatch(/left it exactly as it was/);
      // Everything stored still loads; stores the old version lacks read as empty.
      expect(await db.loadAll()).toEqual({
        sessions: before.stores.sessions!.records,
        attempts: before.stores.attempts!.records,
        schedules: [],
        plans: [],
        guides: [],
        stories: [],
        recordings: [],
      });
      const [session] = before.stores.sessions!.records as Parameters<typeof db.putSession>[0][];
      await expect(db.putSession({ ...session!, currentIndex: 0 })).rejects.toBe(db.warning);
      await expect(db.clearAll()).rejects.toBe(db.warning);
      db.close();

      // Not one byte changed: no new stores, no backup, the old version.
      expect(await takeDump(name)).toEqual({ version: 1, stores: sortedStores(before) });
    });
  }

  /** The app's store started on a version 1 database whose upgrade throws. */
  async function startOnFailingUpgrade(name: string) {
    const dbName = newName(name);
    await restoreDump(dbName, v1());
    const { store } = makeStore({
      dbName,
      openDb: () => openPracticeDb({ name: dbName, steps: [...DB_STEPS, throwing] }),
    });
    await store.getState().init();
    return { dbName, store };
  }

  it('leaves the app with the old data on screen, unsaved changes reported, never empty', async () => {
    const { dbName, store } = await startOnFailingUpgrade('fail-app');
    const { stores } = v1();
    expect(Object.values(store.getState().sessions)).toEqual(stores.sessions!.records);
    expect(Object.values(store.getState().attempts)).toEqual(loadedV1Attempts());

    // A change stays in the tab, is not written over the old data, and the user is told why.
    const [paused] = stores.sessions!.records.filter((s) => (s as { status: string }).status === 'active') as {
      id: string;
      questionIds: string[];
    }[];
    store.getState().updateDraft(paused!.id, paused!.questionIds[1]!, { text: 'typed after the failed upgrade' });
    store.getState().submitAnswer(paused!.id, paused!.questionIds[1]!, TIMING);
    await store.getState().flush();
    expect(Object.keys(store.getState().attempts)).toHaveLength(4);
    expect(store.getState().storageError).toBe(new StorageFailure('upgrade').message);
    expect(await takeDump(dbName)).toEqual({ version: 1, stores: sortedStores(v1()) });
  });

  // Needs store.ts load() to show `db.warning` (see src/stores/README.md, "Schema migrations").
  it('tells the user at start-up, before anything is typed', async () => {
    const { store } = await startOnFailingUpgrade('fail-told');
    expect(store.getState().storageError).toBe(new StorageFailure('upgrade').message);
    expect(Object.keys(store.getState().sessions)).toHaveLength(2);
  });
});

describe('the app on stored localStorage that cannot be used as is', () => {
  it('corrupt JSON: copied to the backup key, the app starts, IndexedDB data still loads', async () => {
    const dbName = newName('corrupt');
    await restoreDump(dbName, v1());
    const storage = memoryStorage();
    storage.data.set(PERSIST_KEY, text('localstorage-corrupt.txt'));
    const { store } = makeStore({ dbName, storage });
    expect(backedUpValues(storage)).toEqual([text('localstorage-corrupt.txt')]);
    expect(store.getState().settings).toEqual({ theme: 'system', lastSetup: null });
    await store.getState().init();
    expect(store.getState().status).toBe('ready');
    expect(Object.keys(store.getState().sessions)).toHaveLength(2);
    // The app's next save goes to the main key; the backup keeps the original.
    store.getState().setTheme('dark');
    expect(backedUpValues(storage)).toEqual([text('localstorage-corrupt.txt')]);
  });

  it('partly invalid: the valid draft is kept, the invalid one dropped, the original backed up', async () => {
    const storage = memoryStorage();
    storage.data.set(PERSIST_KEY, text('localstorage-v1-partly-invalid.json'));
    const { store } = makeStore({ storage });
    const valid = fixture<{ state: { drafts: Record<string, { sessionId: string; questionId: string }> } }>(
      'localstorage-v1-partly-invalid.json',
    ).state.drafts;
    const [kept] = Object.values(valid);
    expect(store.getState().drafts).toEqual({ [draftKey(kept!.sessionId, kept!.questionId)]: kept });
    expect(store.getState().settings).toEqual({ theme: 'system', lastSetup: null });
    expect(backedUpValues(storage)).toEqual([text('localstorage-v1-partly-invalid.json')]);
  });
});
