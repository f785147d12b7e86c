/**
 * The crash screen's way out: writes what Rehearse stored (read by
 * rescue-read.ts straight from IndexedDB and localStorage, never through the
 * store, which may be what broke) as a file, and resets the app.
 * - The file is an ordinary export (`format`, `version` 1 and the record
 *   lists) holding every record the shared schema accepts (`readRecord`, as
 *   on load and import, older versions included), so "Import" on the Your
 *   data page takes it back. Everything else is kept in the same file under
 *   keys an import ignores: `setAside` (records that fail the checks, each
 *   with the reason and where it came from) and `rescue` (unfinished drafts,
 *   the raw localStorage values, and what could not be read). Nothing found
 *   is left out.
 * - The export writer (domain/transfer) is loaded on demand so the first page
 *   stays light; if it cannot load, the file is written as plain JSON and the
 *   file says that it was not checked by a trial import.
 */
import { deleteDB } from 'idb';

import type { ExportFile } from '@/domain/model';
import { KEY_FIELD, settingsSchema } from '@/domain/schema';
import type * as Transfer from '@/domain/transfer';
import { readRecord } from '@/domain/versions';
import { rescueFileName } from '@/lib/download';

import { DB_NAME, RECORD_STORES, type RecordStore } from './db';
import { PERSIST_KEY } from './local';
import { errorText, readDatabase, readLocal, readMemory, toJsonSafe } from './rescue-read';

export { toJsonSafe } from './rescue-read';

export type TransferModule = Pick<typeof Transfer, 'exportJson' | 'parseExport'>;

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

const DEFAULT_TIMEOUT_MS = 8000;

/** Why a record cannot go in the importable part, or null when it can. */
function check(store: RecordStore, record: unknown): string | null {
  const result = readRecord(store, record);
  if ('ok' in result) return null;
  if (result.issues.length === 0) return result.error;
  return result.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(the record)'}: ${issue.message}`)
    .join('; ');
}

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
      `The export writer could not be loaded (${errorText(error)}), so this file was not checked by a trial import; importing it may list problems.`,
    );
  }

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
    const key =
      typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[KEY_FIELD[store]] : undefined;
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
  if (!settingsSchema.safeParse(settings).success) {
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
    guides: records('guides'),
    stories: records('stories'),
    recordings: records('recordings'),
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
        'Saved from Rehearse\'s error screen. "sessions", "attempts", "schedules", "plans", "guides", "stories" and "recordings" import on the Your data page (the audio of recordings is not in this file: it stays in the browser). "setAside" holds records that failed the checks, with the reason; "drafts" are unfinished answers; "localStorage" is the raw text of drafts and settings.',
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
      guides: file.guides.length,
      stories: file.stories.length,
      recordings: file.recordings.length,
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
