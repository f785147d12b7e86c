/**
 * Fault injection: one bad record of each kind (a timestamp out of range, a
 * field of the wrong type, a version from a newer build), put where records
 * arrive, next to good ones:
 * (i) in storage: it is set aside (listed with its kind, key and reason, kept
 *     on disk, never deleted, also after the app writes again), and every good
 *     record still loads;
 * (ii) in an import file: the import is refused with a problem naming the
 *      record (kind and index) and the field, and nothing changes;
 * (iii) in another tab's message: it is ignored, and the good change beside
 *       it still applies.
 */
import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { RECORD_KINDS, type RecordKind } from '@/domain/schema';
import { exportJson, parseExport } from '@/domain/transfer';
import { SCHEMA_VERSION } from '@/domain/versions';
import { connectTabSync } from '@/stores/sync';

import { makeStore, practisedStore, Q1, SETUP } from './helpers';

/** A finite number that is no date: `new Date(8.7e15)` is an Invalid Date. */
const NO_DATE = 8_700_000_000_000_000;

type Rec = Record<string, unknown>;
const KEY: Record<RecordKind, string> = {
  sessions: 'id',
  attempts: 'id',
  schedules: 'questionId',
  plans: 'guideSlug',
  guides: 'slug',
  stories: 'id',
  recordings: 'attemptId',
};

interface Fault {
  kind: RecordKind;
  what: string;
  /** The bad record made from a good one of its kind (given a new key). */
  spoil: (good: Rec) => Rec;
  /** The field an import problem must name, after `<kind>[<index>].`. */
  field: string;
}

/** `field` (at the top of the record) set to `value`: a date out of range or a value of the wrong type. */
const badField = (kind: RecordKind, what: string, field: string, value: unknown): Fault => ({
  kind,
  what: `${field} ${what}`,
  spoil: (r) => ({ ...r, [field]: value }),
  field,
});
const outOfRange = (kind: RecordKind, field: string, value: number) => badField(kind, 'out of range', field, value);
const wrongType = (kind: RecordKind, field: string, value: unknown) =>
  badField(kind, 'of the wrong type', field, value);
const newerVersion = (kind: RecordKind): Fault => ({
  kind,
  what: 'a newer version',
  spoil: (r) => ({ ...r, schemaVersion: SCHEMA_VERSION + 1 }),
  field: 'schemaVersion',
});

const FAULTS: Fault[] = [
  outOfRange('sessions', 'createdAt', NO_DATE),
  wrongType('sessions', 'status', 42),
  newerVersion('sessions'),
  outOfRange('attempts', 'submittedAt', NO_DATE),
  wrongType('attempts', 'answer', 5),
  {
    kind: 'attempts',
    what: 'an answer past the length limit',
    spoil: (r) => ({ ...r, answer: 'x'.repeat(100_001) }),
    field: 'answer',
  },
  newerVersion('attempts'),
  {
    kind: 'schedules',
    what: 'card.due out of range',
    spoil: (r) => ({ ...r, card: { ...(r.card as Rec), due: -1 } }),
    field: 'card.due',
  },
  wrongType('schedules', 'log', 'none'),
  outOfRange('plans', 'updatedAt', Date.UTC(2200, 0, 1)),
  wrongType('plans', 'interviewDate', 20300601),
  newerVersion('plans'),
  {
    kind: 'guides',
    what: 'a question whose text is no text',
    spoil: (r) => {
      const guide = r.guide as Rec;
      const [question] = guide.questions as Rec[];
      return { ...r, guide: { ...guide, questions: [{ ...question, text: 42 }] } };
    },
    field: 'guide.questions[0].text',
  },
  {
    kind: 'guides',
    what: 'markdown past the 5 MB limit',
    spoil: (r) => ({ ...r, source: 'x'.repeat(5 * 1024 * 1024 + 1) }),
    field: 'source',
  },
  newerVersion('guides'),
  wrongType('stories', 'tags', 'leadership'),
  outOfRange('stories', 'updatedAt', NO_DATE),
  newerVersion('stories'),
  badField('recordings', 'that is not audio', 'mimeType', 'text/html'),
  outOfRange('recordings', 'createdAt', NO_DATE),
  newerVersion('recordings'),
];

const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}`;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A store holding one good record of every kind (and a second answer), all saved. */
const practised = (dbName = unique('faults')) => practisedStore(dbName, 'A good answer');

/** A record of `kind` from `state`, as plain JSON. */
const goodOf = (state: ReturnType<Awaited<ReturnType<typeof practised>>['store']['getState']>, kind: RecordKind) =>
  JSON.parse(JSON.stringify(Object.values(state[kind])[0])) as Rec;

/** `record` under another key; a guide's own slug and its questions' ids follow, so only the fault is wrong. */
const withKey = (kind: RecordKind, record: Rec, key: string): Rec => {
  if (kind !== 'guides') return { ...record, [KEY[kind]]: key };
  const guide = record.guide as Rec;
  const questions = (guide.questions as Rec[]).map((q) => ({ ...q, id: `${key}--${String(q.id).split('--')[1]}` }));
  return { ...record, slug: key, guide: { ...guide, slug: key, questions } };
};

async function rawKeys(dbName: string, kind: RecordKind): Promise<string[]> {
  const db = await openDB(dbName);
  const records = (await db.getAll(kind)) as Rec[];
  db.close();
  return records.map((r) => String(r[KEY[kind]])).sort();
}

describe.each(FAULTS)('a $kind record with $what', ({ kind, spoil, field }) => {
  it('(i) in storage: is set aside, listed and kept on disk; the good records load', async () => {
    const old = await practised();
    const before = old.store.getState();
    const bad = withKey(kind, spoil(goodOf(before, kind)), `bad-${kind}`);
    const db = await openDB(old.dbName);
    await db.put(kind, bad);
    db.close();
    const onDisk = await rawKeys(old.dbName, kind);

    const next = makeStore({ dbName: old.dbName });
    await next.store.getState().init();
    const state = next.store.getState();
    expect(state.status).toBe('ready');
    expect(state.setAside).toBe(1);
    expect(state.setAsideRecords).toEqual([
      { store: kind, key: `bad-${kind}`, reason: expect.any(String) as string, value: bad },
    ]);
    for (const k of RECORD_KINDS) {
      expect(state[k], k).toEqual(before[k]);
    }
    // Export JSON carries it, so exporting and clearing loses nothing.
    expect(state.exportSnapshot().setAside).toEqual(state.setAsideRecords);

    // Kept on disk, also once the app has written again.
    next.store.getState().createSession(SETUP, [Q1]);
    await next.store.getState().flush();
    expect(await rawKeys(old.dbName, kind)).toEqual(expect.arrayContaining(onDisk));
    expect(await rawKeys(old.dbName, kind)).toContain(`bad-${kind}`);
  });

  it('(ii) in an import file: is refused, naming the record and the field, and nothing changes', async () => {
    const old = await practised();
    const file = JSON.parse(exportJson(old.store.getState().exportSnapshot())) as Record<string, Rec[]>;
    const good = file[kind]![0]!;
    // Two good records before the bad one, so the problem must point at index 2.
    file[kind] = [good, withKey(kind, good, `another-${kind}`), withKey(kind, spoil(good), `bad-${kind}`)];
    const result = parseExport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${kind}\\[2\\]\\.${field.replace(/[.[\]]/g, '\\$&')}: `)),
    ]);

    // Nothing reaches the store: the store's own check refuses the record too, all or nothing.
    const target = makeStore();
    await target.store.getState().init();
    const raw = { ...old.store.getState().exportSnapshot(), [kind]: file[kind] } as never;
    await expect(target.store.getState().importRecords(raw)).rejects.toThrow(/not valid, so nothing was imported/);
    expect(target.store.getState().sessions).toEqual({});
    expect(target.store.getState().attempts).toEqual({});
  });

  it('(iii) in another tab’s message: is ignored, and the good change beside it applies', async () => {
    const channelName = unique('faults-channel');
    const source = await practised();
    const receiver = makeStore({ dbName: unique('faults-receiver') });
    cleanups.push(connectTabSync(receiver.store, { channelName, storageEvents: null }));
    await receiver.store.getState().init();

    const good = goodOf(source.store.getState(), kind);
    const channel = new BroadcastChannel(channelName);
    cleanups.push(() => channel.close());
    channel.postMessage({
      app: 'rehearse-sync',
      v: 1,
      from: 'another-tab',
      changes: [
        { type: 'put', store: kind, record: withKey(kind, spoil(good), `bad-${kind}`) },
        { type: 'put', store: kind, record: good },
      ],
    });
    await vi.waitFor(() => expect(Object.keys(receiver.store.getState()[kind])).toEqual([String(good[KEY[kind]])]));
    expect(receiver.store.getState().status).toBe('ready');
  });
});
