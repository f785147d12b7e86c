/**
 * The crash screen's way out: reads what Rehearse stored straight from
 * IndexedDB and localStorage (never through the store, which may be what
 * broke) and writes it as a file, and resets the app. What it guarantees:
 * - Reading never throws and never changes what is stored: it opens the
 *   database at whatever version it has (without upgrading it, and without
 *   creating one that does not exist), reads each store in its own
 *   transaction so one unreadable store does not hide the others, and gives
 *   up on a store after `timeoutMs`.
 * - The file is an ordinary export (`format`, `version` 1 and the record
 *   lists) holding every record that the export schema accepts, so "Import"
 *   on the Your data page takes it back. Everything else is kept in the same
 *   file under keys an import ignores: `setAside` (records that fail the
 *   checks, each with the reason and where it came from) and `rescue`
 *   (unfinished drafts, the raw localStorage values, and what could not be
 *   read). Nothing found is left out.
 * - The export schema (zod) is loaded on demand so the first page stays
 *   light; if that fails too, records are checked with the store's own shape
 *   checks instead and the file says so.
 */
import { deleteDB, type IDBPDatabase, openDB } from 'idb';

import type { Draft, ExportFile, Settings } from '@/domain/model';
import type * as Transfer from '@/domain/transfer';
import { rescueFileName } from '@/lib/download';

import { DB_NAME, RECORD_STORES, type RecordStore, withTimeout } from './db';
import { PERSIST_KEY } from './local';
import { upToDate } from './migrations';
import { isAttempt, isGuidePlan, isPracticeSession, isReviewSchedule, sanitizePersisted } from './validate';

export type TransferModule = Pick<typeof Transfer, 'exportFileSchema' | 'exportJson' | 'parseExport'>;

const loadTransferModule = (): Promise<TransferModule> => import('@/domain/transfer');

export interface RescueOptions {
  dbName?: string;
  /** localStorage, or a stand-in (tests). `null`: none. */
  storage?: Pick<Storage, 'getItem'> | null;
  storageKey?: string;
  /**
   * Records the running app holds in memory (its export snapshot), for what
   * never reached the disk (memory-only mode, failed writes). Called inside a
   * try: a broken store only means this source is skipped.
   */
  memory?: () => Partial<Record<RecordStore, unknown>> | null | undefined;
  now?: () => Date;
  /** Limit for opening the database and for each store's read. */
  timeoutMs?: number;
  /** The export schema and writer; `import('@/domain/transfer')` by default. */
  loadTransfer?: () => Promise<TransferModule>;
}

export interface SetAsideRecord {
  store: RecordStore;
  /** Where the record was found. */
  source: 'database' | 'this tab';
  reason: string;
  record: unknown;
}

export interface RescueFile {
  fileName: string;
  text: string;
  /** What the importable part holds, and what was kept aside. */
  counts: Record<RecordStore, number> & { setAside: number; drafts: number };
  /** What could not be read or checked, as sentences. */
  problems: string[];
}

const KEY_FIELD: Record<RecordStore, string> = {
  sessions: 'id',
  attempts: 'id',
  schedules: 'questionId',
  plans: 'guideSlug',
};

// As on load: a record of an older shape that this build brings up to date is readable (and imports back).
const BASIC_CHECKS: Record<RecordStore, (x: unknown) => boolean> = {
  sessions: (x) => isPracticeSession(upToDate('sessions', x)),
  attempts: (x) => isAttempt(upToDate('attempts', x)),
  schedules: (x) => isReviewSchedule(upToDate('schedules', x)),
  plans: (x) => isGuidePlan(upToDate('plans', x)),
};

const STORE_LABEL: Record<RecordStore, string> = {
  sessions: 'sessions',
  attempts: 'answers',
  schedules: 'review schedules',
  plans: 'interview dates',
};

const DEFAULT_TIMEOUT_MS = 8000;

const errorText = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? 'unknown error');

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A copy that JSON can hold. IndexedDB stores more than JSON does (dates,
 * maps, binary data, big integers, even cycles); a record set aside for being
 * odd must not be the one that makes the whole file fail to write.
 */
export function toJsonSafe(value: unknown, ancestors: object[] = []): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? undefined : value;
  if (ancestors.includes(value)) return '[circular]';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof Blob !== 'undefined' && value instanceof Blob) return `[binary data, ${value.size} bytes, not included]`;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer);
    return { binary: Array.from(bytes) };
  }
  const inner = [...ancestors, value];
  if (value instanceof Map) return [...value].map(([k, v]) => [toJsonSafe(k, inner), toJsonSafe(v, inner)]);
  if (value instanceof Set || Array.isArray(value)) return [...value].map((v) => toJsonSafe(v, inner) ?? null);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const safe = toJsonSafe(v, inner);
    if (safe !== undefined) out[k] = safe;
  }
  return out;
}

type RawRecords = Record<RecordStore, unknown[]>;
const emptyRecords = (): RawRecords => ({ sessions: [], attempts: [], schedules: [], plans: [] });

/** Every record of every store the database has, read without upgrading or creating it. */
async function readDatabase(name: string, timeoutMs: number, problems: string[]): Promise<RawRecords> {
  const records = emptyRecords();
  let missing = false;
  let opening: Promise<IDBPDatabase<unknown>>;
  try {
    // No version: open whatever is there. A database that does not exist would be
    // created empty at version 1, which would then stop the app's own upgrade from
    // creating its stores, so that creation is aborted.
    opening = openDB(name, undefined, {
      upgrade(_db, oldVersion, _newVersion, tx) {
        if (oldVersion === 0) {
          missing = true;
          // idb rejects `done` on abort; the open's own rejection is what is handled below.
          tx.done.catch(() => {});
          tx.abort();
        }
      },
    });
  } catch (error) {
    problems.push(`The browser's database could not be opened (${errorText(error)}).`);
    return records;
  }
  let db: IDBPDatabase<unknown>;
  try {
    db = await withTimeout(opening, timeoutMs);
  } catch (error) {
    opening.then(
      (late) => late.close(),
      () => {},
    );
    if (!missing) problems.push(`The browser's database could not be opened (${errorText(error)}).`);
    return records;
  }
  try {
    for (const store of RECORD_STORES) {
      if (!db.objectStoreNames.contains(store)) continue;
      try {
        const tx = db.transaction(store, 'readonly');
        tx.done.catch(() => {});
        records[store] = await withTimeout(tx.store.getAll(), timeoutMs, () => {
          try {
            tx.abort();
          } catch {
            // Already finished.
          }
        });
      } catch (error) {
        problems.push(`The saved ${STORE_LABEL[store]} could not be read (${errorText(error)}).`);
      }
    }
  } finally {
    db.close();
  }
  return records;
}

function readMemory(memory: RescueOptions['memory'], problems: string[]): RawRecords {
  const records = emptyRecords();
  if (!memory) return records;
  try {
    const snapshot = memory();
    if (!isObject(snapshot)) return records;
    for (const store of RECORD_STORES) {
      const list = snapshot[store];
      if (Array.isArray(list)) records[store] = [...(list as unknown[])];
    }
  } catch (error) {
    problems.push(`What this tab holds in memory could not be read (${errorText(error)}).`);
  }
  return records;
}

interface LocalData {
  settings: Settings;
  drafts: Draft[];
  raw: Record<string, string>;
}

function readLocal(storage: Pick<Storage, 'getItem'> | null, key: string, problems: string[]): LocalData {
  const defaults = sanitizePersisted(undefined).state;
  const result: LocalData = { settings: defaults.settings, drafts: [], raw: {} };
  if (!storage) return result;
  for (const name of [key, `${key}:backups`, `${key}:backup`]) {
    try {
      const value = storage.getItem(name);
      if (value !== null) result.raw[name] = value;
    } catch (error) {
      problems.push(`Local storage ("${name}") could not be read (${errorText(error)}).`);
    }
  }
  const main = result.raw[key];
  if (main === undefined) return result;
  try {
    const parsed: unknown = JSON.parse(main);
    // Drafts and settings are checked field by field: what fails stays in the raw copy.
    const { state } = sanitizePersisted(isObject(parsed) ? parsed.state : undefined);
    result.settings = state.settings;
    result.drafts = Object.values(state.drafts);
  } catch {
    problems.push(
      `Drafts and settings in local storage are not valid JSON; they are kept as text under rescue.localStorage.`,
    );
  }
  return result;
}

type Checker = (store: RecordStore, record: unknown) => string | null;

function schemaChecker(transfer: TransferModule): Checker {
  const shape = transfer.exportFileSchema.shape;
  const schemas = {
    sessions: shape.sessions.element,
    attempts: shape.attempts.element,
    schedules: shape.schedules.element,
    plans: shape.plans.element,
  } satisfies Record<RecordStore, unknown>;
  return (store, record) => {
    const result = schemas[store].safeParse(record);
    if (result.success) return null;
    return result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || '(the record)'}: ${issue.message}`)
      .join('; ');
  };
}

const basicChecker: Checker = (store, record) =>
  BASIC_CHECKS[store](record) ? null : "doesn't have the shape this version of Rehearse reads";

/**
 * Gathers everything stored (and, if given, what the running tab holds) into
 * one export file. Never rejects.
 */
export async function buildRescueFile(options: RescueOptions = {}): Promise<RescueFile> {
  const problems: string[] = [];
  const now = (options.now ?? (() => new Date()))();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let storage: Pick<Storage, 'getItem'> | null;
  try {
    storage = options.storage === undefined ? globalThis.localStorage : options.storage;
  } catch {
    // Reading the property throws in some privacy modes.
    storage = null;
  }

  let transfer: TransferModule | null = null;
  try {
    transfer = await (options.loadTransfer ?? loadTransferModule)();
  } catch (error) {
    problems.push(
      `The export checker could not be loaded (${errorText(error)}), so records were checked with simpler rules; importing this file may list problems.`,
    );
  }
  const check = transfer ? schemaChecker(transfer) : basicChecker;

  const [stored, local] = await Promise.all([
    readDatabase(options.dbName ?? DB_NAME, timeoutMs, problems),
    Promise.resolve().then(() => readLocal(storage, options.storageKey ?? PERSIST_KEY, problems)),
  ]);
  const memory = readMemory(options.memory, problems);

  const setAside: SetAsideRecord[] = [];
  type Kept = { record: Record<string, unknown>; source: SetAsideRecord['source'] };
  const kept = Object.fromEntries(RECORD_STORES.map((store) => [store, new Map<string, Kept>()])) as Record<
    RecordStore,
    Map<string, Kept>
  >;
  const take = (store: RecordStore, source: SetAsideRecord['source'], raw: unknown) => {
    const record = toJsonSafe(raw);
    const reason = check(store, record);
    const key = isObject(record) ? record[KEY_FIELD[store]] : undefined;
    if (reason !== null || typeof key !== 'string') {
      setAside.push({ store, source, reason: reason ?? `no ${KEY_FIELD[store]}`, record });
      return;
    }
    // The tab's copy of a record is never older than the disk's: the store loads the disk, then changes it.
    kept[store].set(key, { record: record as Record<string, unknown>, source });
  };
  for (const store of RECORD_STORES) {
    for (const record of stored[store]) take(store, 'database', record);
    for (const record of memory[store]) take(store, 'this tab', record);
  }

  // An import refuses answers whose session is not in the file (no screen could show them).
  for (const [id, { record, source }] of kept.attempts) {
    const sessionId = String(record.sessionId);
    if (kept.sessions.has(sessionId)) continue;
    kept.attempts.delete(id);
    setAside.push({
      store: 'attempts',
      source,
      reason: `its session "${sessionId}" is missing or was set aside`,
      record,
    });
  }

  let settings = local.settings;
  if (transfer && !transfer.exportFileSchema.shape.settings.safeParse(settings).success) {
    // The raw value is kept under rescue.localStorage; the file gets settings an import accepts.
    settings = { ...settings, lastSetup: null };
  }

  const records = (store: RecordStore) => [...kept[store].values()].map((entry) => entry.record);
  // Checked above, record by record, against the schema an import applies.
  const file = {
    format: 'rehearse-export',
    version: 1,
    exportedAt: now.toISOString(),
    settings,
    sessions: records('sessions'),
    attempts: records('attempts'),
    schedules: records('schedules'),
    plans: records('plans'),
  } as unknown as ExportFile;

  let base: string;
  if (transfer) {
    base = transfer.exportJson(file);
    const parsed = transfer.parseExport(base);
    if (!parsed.ok) problems.push(`Importing this file may fail: ${parsed.problems.join(' ')}`);
  } else {
    base = JSON.stringify(file);
  }

  const extras = {
    setAside,
    rescue: {
      about:
        'Saved from Rehearse\'s error screen. "sessions", "attempts", "schedules" and "plans" import on the Your data page. "setAside" holds records that failed the checks, with the reason; "drafts" are unfinished answers; "localStorage" is the raw text of drafts and settings.',
      drafts: local.drafts,
      localStorage: local.raw,
      problems,
    },
  };
  const text = `${JSON.stringify({ ...(JSON.parse(base) as object), ...extras }, null, 2)}\n`;

  return {
    fileName: rescueFileName(now),
    text,
    counts: {
      sessions: file.sessions.length,
      attempts: file.attempts.length,
      schedules: file.schedules.length,
      plans: file.plans.length,
      setAside: setAside.length,
      drafts: local.drafts.length,
    },
    problems,
  };
}

export interface ResetOptions {
  dbName?: string;
  storage?: Pick<Storage, 'length' | 'key' | 'removeItem'> | null;
  /** Prefix of the localStorage keys Rehearse owns. */
  keyPrefix?: string;
  /** Another tab keeps the database open; the delete waits until it closes. */
  onBlocked?: () => void;
}

/**
 * Deletes the IndexedDB database and every localStorage key Rehearse owns.
 * Rejects with a sentence when the database could not be deleted (the
 * localStorage keys are removed either way).
 */
export async function resetAppData(options: ResetOptions = {}): Promise<void> {
  let failure: string | null = null;
  try {
    await deleteDB(options.dbName ?? DB_NAME, { blocked: () => options.onBlocked?.() });
  } catch (error) {
    failure = `The saved practice could not be deleted (${errorText(error)}).`;
  }

  let storage: ResetOptions['storage'];
  try {
    storage = options.storage === undefined ? globalThis.localStorage : options.storage;
  } catch {
    storage = null;
  }
  if (storage) {
    const prefix = options.keyPrefix ?? 'rehearse:';
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
    } catch (error) {
      failure ??= `Drafts and settings could not be deleted (${errorText(error)}).`;
    }
  }
  if (failure) throw new Error(failure);
}
