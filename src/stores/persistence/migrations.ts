/**
 * IndexedDB's structure, as ordered, named steps (`DB_STEPS`): the database
 * version is the last step's `to`. Record shapes have their own chain,
 * `@/domain/versions`, shared with tab sync and import.
 * - Steps run inside the versionchange transaction, after
 *   `backUpBeforeUpgrade` has queued a copy of every store's raw records
 *   (IndexedDB runs a transaction's requests in the order they were made, so
 *   that copy holds the records as they were before any step touched them).
 * - Any step that throws, or any request that fails, aborts the whole
 *   upgrade: the database stays exactly as it was.
 *
 * Adding a version: append a step (never edit a released one); `DB_VERSION`
 * follows. Store a dump of the older database under tests/fixtures/storage/
 * (`indexeddb-v<n>.json`); tests/stores/migrations.test.ts runs the step on it.
 */

export interface DbStep {
  /** The IndexedDB version this step upgrades from (0: no database yet). */
  from: number;
  to: number;
  name: string;
  /** Synchronous structure changes (and queued requests) on the versionchange transaction. */
  upgrade(db: IDBDatabase, tx: IDBTransaction): void;
}

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
      // A released step: it keeps writing the 1 it always wrote.
      tx.objectStore('meta').put(1, 'schemaVersion');
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
  {
    from: 2,
    to: 3,
    name: "add guides (the user's own, by slug) and stories (STAR stories, by id)",
    upgrade(db) {
      db.createObjectStore('guides', { keyPath: 'slug' });
      db.createObjectStore('stories', { keyPath: 'id' });
    },
  },
  {
    from: 3,
    to: 4,
    name: "add recordings (a recorded answer's description, by attempt) and audio (its bytes, same key)",
    upgrade(db) {
      db.createObjectStore('recordings', { keyPath: 'attemptId' });
      // Out-of-line keys: the value is the audio's bytes.
      db.createObjectStore('audio');
    },
  },
];

/**
 * Stores an upgrade does not copy into its backup: the recorded audio (Blobs, up to hours of them) is never
 * reshaped by a step, and a copy would double the space it takes at the moment the disk is most likely full.
 */
export const NOT_BACKED_UP: ReadonlySet<string> = new Set(['audio']);

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
  const all = [...tx.objectStoreNames];
  if (!all.includes('meta')) return;
  const names = all.filter((name) => !NOT_BACKED_UP.has(name));
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
