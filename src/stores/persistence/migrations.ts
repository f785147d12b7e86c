/**
 * The stored schema's history, as ordered, named steps. What it guarantees:
 * - Database steps (`DB_STEPS`) change IndexedDB's structure, one version at a
 *   time; the database version is the last step's `to`. They run inside the
 *   versionchange transaction, after `backUpBeforeUpgrade` has queued a copy of
 *   every store's raw records (IndexedDB runs a transaction's requests in the
 *   order they were made, so that copy holds the records as they were before
 *   any step touched them). Any step that throws, or any request that fails,
 *   aborts the whole upgrade: the database stays exactly as it was.
 * - Record steps (`RECORD_STEPS`) change one kind of stored record's shape,
 *   from `schemaVersion` n to n + 1. Each kind counts its own versions
 *   (`RECORD_VERSIONS` in domain/model.ts), so a change to attempts leaves an
 *   older build reading sessions, schedules and plans as before, while it sets
 *   the newer attempts aside rather than misreading them. Steps are pure: same
 *   input, same output, no mutation of the input, no I/O. `migrateRecord` runs
 *   a record through every step of its kind up to that kind's version, never
 *   throws, and says why when it cannot: a record from a newer build, with no
 *   version, or whose step failed is returned as an error for the caller to
 *   set aside (never to delete).
 * - Records are migrated as they are loaded, not rewritten in place: one on
 *   disk keeps its old version until the app next saves it, so a step that
 *   turns out wrong can be fixed in the next build and run again.
 *
 * Adding a version: append a step here (never edit a released one), bump
 * that kind in `RECORD_VERSIONS` (records) or let `DB_VERSION` follow
 * (database), add stored fixtures of the shape before and after under
 * tests/fixtures/storage/ (`<kind>-v<n>.json`), and the before/after test in
 * tests/stores/migrations.test.ts runs from them.
 */
import { RECORD_VERSIONS } from '@/domain/model';

import { SCHEMA_VERSION } from '../slices/sessions';

export type RecordKind = 'sessions' | 'attempts' | 'schedules' | 'plans';

/** A stored record as read back: an object whose shape is only known by its version. */
export type StoredRecord = Record<string, unknown>;

export interface RecordStep {
  /** The kind of record this step changes; records of other kinds never see it. */
  kind: RecordKind;
  /** The `schemaVersion` this step reads; it writes `from + 1`. */
  from: number;
  to: number;
  name: string;
  /**
   * Returns the record in the new shape (`schemaVersion` is set by the
   * pipeline). Must not mutate `record`.
   */
  migrate(record: StoredRecord): StoredRecord;
}

export interface DbStep {
  /** The IndexedDB version this step upgrades from (0: no database yet). */
  from: number;
  to: number;
  name: string;
  /** Synchronous structure changes (and queued requests) on the versionchange transaction. */
  upgrade(db: IDBDatabase, tx: IDBTransaction): void;
}

/** Each kind's record shapes so far, in order; every kind started at version 1. */
export const RECORD_STEPS: readonly RecordStep[] = [
  {
    kind: 'attempts',
    from: 1,
    to: 2,
    name: "a rating may be 'na': the part doesn't apply to the question",
    // Every version 1 rating (0–4 or null) means the same in version 2; only
    // the version changes, which keeps builds that know no 'na' from reading one.
    migrate: (record) => ({ ...record }),
  },
];

export const DB_STEPS: readonly DbStep[] = [
  {
    from: 0,
    to: 1,
    name: 'create sessions, attempts (by session, by question) and meta',
    upgrade(db, tx) {
      db.createObjectStore('sessions', { keyPath: 'id' });
      const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
      attempts.createIndex('bySession', 'sessionId');
      attempts.createIndex('byQuestion', 'questionId');
      db.createObjectStore('meta');
      // The record schema in use when this database was created (informational: records carry their own).
      tx.objectStore('meta').put(SCHEMA_VERSION, 'schemaVersion');
    },
  },
  {
    from: 1,
    to: 2,
    name: 'add schedules (by question) and plans (by guide)',
    upgrade(db) {
      db.createObjectStore('schedules', { keyPath: 'questionId' });
      db.createObjectStore('plans', { keyPath: 'guideSlug' });
    },
  },
];

export const BACKUP_PREFIX = 'backup:';
/** The `meta` key holding the copy taken before upgrading from `version`. */
export const backupKey = (version: number) => `${BACKUP_PREFIX}v${version}`;

/** What `backUpBeforeUpgrade` stores: every store's raw records before the upgrade. */
export interface DbBackup {
  fromVersion: number;
  toVersion: number;
  takenAt: number;
  /** Records by store name; `meta` (out-of-line keys) as [key, value] pairs, earlier backups left out. */
  stores: Record<string, unknown[]>;
}

/**
 * Queues a copy of every store's records into `meta` under
 * `backupKey(fromVersion)`. Called first in the upgrade, so its reads are
 * served before any step's requests; its write fails the upgrade if it fails
 * (a full disk), which then leaves the old database untouched.
 */
export function backUpBeforeUpgrade(tx: IDBTransaction, fromVersion: number, toVersion: number, takenAt: number) {
  const names = [...tx.objectStoreNames];
  if (!names.includes('meta')) return;
  const stores: Record<string, unknown[]> = {};
  let pending = names.length;
  const done = () => {
    if (--pending > 0) return;
    const backup: DbBackup = { fromVersion, toVersion, takenAt, stores };
    tx.objectStore('meta').put(backup, backupKey(fromVersion));
  };
  for (const name of names) {
    const store = tx.objectStore(name);
    if (name === 'meta') {
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        stores.meta = keys.result
          .map((key, i) => [key, values.result[i]] as const)
          .filter(([key]) => !(typeof key === 'string' && key.startsWith(BACKUP_PREFIX)));
        done();
      };
    } else {
      const all = store.getAll();
      all.onsuccess = () => {
        stores[name] = all.result;
        done();
      };
    }
  }
}

/** Runs the steps that take the database from `oldVersion` to `newVersion`, backing up first. */
export function upgradeDatabase(
  db: IDBDatabase,
  tx: IDBTransaction,
  oldVersion: number,
  newVersion: number,
  options: { steps?: readonly DbStep[]; now?: number } = {},
) {
  const steps = options.steps ?? DB_STEPS;
  if (oldVersion > 0) backUpBeforeUpgrade(tx, oldVersion, newVersion, options.now ?? Date.now());
  for (const step of steps) {
    if (step.from >= oldVersion && step.to <= newVersion) step.upgrade(db, tx);
  }
}

/** The database version the steps lead to. */
export const dbVersionOf = (steps: readonly DbStep[]) => steps[steps.length - 1]?.to ?? 0;

export type MigrationFailure = 'not-a-record' | 'unversioned' | 'newer' | 'no-step' | 'step-failed';

export type MigrationResult = { ok: StoredRecord } | { error: string; reason: MigrationFailure };

const isObj = (x: unknown): x is StoredRecord => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Brings one stored record up to `target` (its kind's version in
 * RECORD_VERSIONS). A record already there comes back as the same object; one
 * that cannot be brought there comes back as an error, and the caller sets it
 * aside. Never throws.
 */
export function migrateRecord(
  kind: RecordKind,
  record: unknown,
  steps: readonly RecordStep[] = RECORD_STEPS,
  target: number = RECORD_VERSIONS[kind],
): MigrationResult {
  if (!isObj(record)) return { error: `a stored ${kind} entry is not a record`, reason: 'not-a-record' };
  const version = record.schemaVersion;
  if (version === target) return { ok: record };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: `a stored ${kind} record has no schema version`, reason: 'unversioned' };
  }
  if (version > target) {
    return { error: `a stored ${kind} record is from a newer version (${version} > ${target})`, reason: 'newer' };
  }
  let current = record;
  for (let v = version; v < target; v++) {
    const step = steps.find((s) => s.kind === kind && s.from === v);
    if (!step || step.to !== v + 1) return { error: `no migration from ${kind} version ${v}`, reason: 'no-step' };
    try {
      const next = step.migrate(current);
      if (!isObj(next)) throw new TypeError('the step returned no record');
      current = { ...next, schemaVersion: step.to };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { error: `migration "${step.name}" failed on a ${kind} record: ${why}`, reason: 'step-failed' };
    }
  }
  return { ok: current };
}

/**
 * For loading: the record brought up to date, or null when it cannot be, which
 * the shape checks in validate.ts then reject, so the record is set aside.
 */
export function upToDate(kind: RecordKind, record: unknown): unknown {
  const result = migrateRecord(kind, record);
  return 'ok' in result ? result.ok : null;
}
