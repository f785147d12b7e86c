/**
 * The version of the stored record shapes, and the one chain of migration
 * steps that brings a record of any older version up to date. Storage load,
 * tab sync, import and the rescue export all read records through
 * `readRecord`, so they accept exactly the same versions in the same way.
 *
 * - `SCHEMA_VERSION` is the last step's `to`: the only version constant.
 *   A record's `schemaVersion` says which version of the chain its shape is.
 * - Each step names the kinds it changes. A kind is written at the version of
 *   the last step that changed it (`RECORD_VERSIONS`, derived, never edited by
 *   hand): a step that changes attempts leaves sessions written as before, so
 *   an older build still reads them, and sets the newer attempts aside.
 * - A record at version v is taken through every later step that changes its
 *   kind, then checked against the schema (schema.ts). A record from a newer
 *   version than `SCHEMA_VERSION`, with no version, or whose step fails comes
 *   back as an error, for the caller to set aside (storage), ignore (tab sync)
 *   or refuse (import), never to delete. Never throws.
 * - Steps are pure (no I/O, never mutate their input) and never edited once
 *   released. Migrated records are not written back: one on disk keeps its old
 *   version until the app next saves it, so a wrong step can be fixed and run
 *   again on the original.
 *
 * Adding a version: append a step (kinds it changes, `migrate`), add fixtures
 * of the shape before and after (tests/fixtures/storage/<kind>-v<n>.json);
 * tests/stores/migrations.test.ts runs them, and tests/stores/version-bump.test.ts
 * shows that storage, tab sync and import all follow a bump.
 * `versionsOf(steps)` builds the same thing from another chain (tests).
 */
import {
  isPlainObject,
  KEY_FIELD,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type RecordKind,
  type RecordOf,
  type SchemaIssue,
} from './schema';

/** A stored record as read back: an object whose shape is only known by its version. */
export type StoredRecord = Record<string, unknown>;

export interface RecordStep {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  to: number;
  name: string;
  /** The kinds of record whose shape this step changes; the others pass through untouched. */
  kinds: readonly RecordKind[];
  /** The record in the new shape (`schemaVersion` is set by the chain). Must not mutate `record`. */
  migrate(record: StoredRecord, kind: RecordKind): StoredRecord;
}

/** The steps so far, in order, from version 1. */
export const RECORD_STEPS: readonly RecordStep[] = [
  {
    from: 1,
    to: 2,
    name: "a rating may be 'na': the part doesn't apply to the question",
    kinds: ['attempts'],
    // Every version 1 rating (0–4 or null) means the same in version 2; only
    // the version changes, which keeps builds that know no 'na' from reading one.
    migrate: (record) => ({ ...record }),
  },
  {
    from: 2,
    to: 3,
    name: 'an answer may carry its delivery figures and how the user rated its delivery',
    kinds: ['attempts'],
    // Nothing stored changes shape: the fields are new and optional. The version keeps builds that do not
    // know them from loading such an answer and saving it back without them.
    migrate: (record) => ({ ...record }),
  },
];

export interface Versions {
  readonly steps: readonly RecordStep[];
  /** The newest version: the last step's `to` (1 with no steps). */
  readonly version: number;
  /** The version each kind is written at: the last step that changed it. */
  readonly recordVersions: Readonly<Record<RecordKind, number>>;
}

/** The versions a chain of steps leads to; throws when the chain is not one step per version from 1. */
export function versionsOf(steps: readonly RecordStep[]): Versions {
  steps.forEach((step, i) => {
    if (step.from !== i + 1 || step.to !== i + 2) {
      throw new Error(`migration step ${i} ("${step.name}") should go from ${i + 1} to ${i + 2}`);
    }
  });
  const recordVersions = Object.fromEntries(
    RECORD_KINDS.map((kind) => [kind, steps.reduce((v, step) => (step.kinds.includes(kind) ? step.to : v), 1)]),
  ) as Record<RecordKind, number>;
  return { steps, version: steps.length + 1, recordVersions };
}

/** The app's versions. */
export const VERSIONS = versionsOf(RECORD_STEPS);
export const SCHEMA_VERSION = VERSIONS.version;
export const RECORD_VERSIONS = VERSIONS.recordVersions;

export type MigrationFailure = 'not-a-record' | 'unversioned' | 'newer' | 'step-failed';
export type MigrationResult = { ok: StoredRecord } | { error: string; reason: MigrationFailure };

/** How one record of each kind is named in a reason. */
const NOUN: Record<RecordKind, string> = {
  sessions: 'session',
  attempts: 'answer',
  schedules: 'review schedule',
  plans: 'interview date',
  guides: 'guide of your own',
  stories: 'story',
  recordings: 'recording',
};

const isRecord: (x: unknown) => x is StoredRecord = isPlainObject;

/**
 * Brings one record's shape up to date. A record that no step changes comes
 * back as the same object; one that cannot be brought there comes back as an
 * error. Never throws.
 */
export function migrateRecord(kind: RecordKind, record: unknown, versions: Versions = VERSIONS): MigrationResult {
  if (!isRecord(record)) return { error: `a stored ${NOUN[kind]} is not a record`, reason: 'not-a-record' };
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: `a stored ${NOUN[kind]} has no schema version`, reason: 'unversioned' };
  }
  if (version > versions.version) {
    return {
      error: `a stored ${NOUN[kind]} is from a newer version of Rehearse (schema ${version}; this one reads up to ${versions.version})`,
      reason: 'newer',
    };
  }
  let current = record;
  for (const step of versions.steps) {
    if (step.from < version || !step.kinds.includes(kind)) continue;
    try {
      const next = step.migrate(current, kind);
      if (!isRecord(next)) throw new TypeError('the step returned no record');
      current = { ...next, schemaVersion: step.to };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { error: `migration "${step.name}" failed on a stored ${NOUN[kind]}: ${why}`, reason: 'step-failed' };
    }
  }
  return { ok: current };
}

export type ReadResult<K extends RecordKind> =
  | { ok: RecordOf<K> }
  | { error: string; reason: MigrationFailure | 'invalid' | 'no-key'; issues: readonly SchemaIssue[] };

/**
 * One record as every reader takes it: brought up to date, then checked
 * against the schema (unknown fields are dropped). Never throws.
 */
export function readRecord<K extends RecordKind>(kind: K, raw: unknown, versions: Versions = VERSIONS): ReadResult<K> {
  const migrated = migrateRecord(kind, raw, versions);
  if ('error' in migrated) return { ...migrated, issues: [] };
  const parsed = RECORD_SCHEMAS[kind].safeParse(migrated.ok);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` (${first.path.map(String).join('.')}: ${first.message})` : '';
    return {
      error: `a stored ${NOUN[kind]} does not have the expected fields${where}`,
      reason: 'invalid',
      issues: parsed.error.issues,
    };
  }
  const record = parsed.data as RecordOf<K>;
  // Records are kept in plain objects by key: no key may reach the prototype.
  if ((record as Record<string, unknown>)[KEY_FIELD[kind]] === '__proto__') {
    return { error: `a stored ${NOUN[kind]} has a key that cannot be used`, reason: 'no-key', issues: [] };
  }
  return { ok: record };
}

/** The record up to date and valid, or null. */
export function validRecord<K extends RecordKind>(kind: K, raw: unknown, versions: Versions = VERSIONS) {
  const result = readRecord(kind, raw, versions);
  return 'ok' in result ? result.ok : null;
}
