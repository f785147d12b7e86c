/**
 * The crash screen's reading half (rescue.ts writes the file): everything
 * Rehearse stored, read straight from IndexedDB, localStorage and the running
 * tab's memory, never through the store. Never throws and never changes what
 * is stored: the database is opened at whatever version it has (without
 * upgrading it, and without creating one that does not exist), each store is
 * read in its own transaction so one unreadable store does not hide the
 * others, and a store is given up on after `timeoutMs`. What fails is said in
 * `problems`.
 */
import { type IDBPDatabase, openDB } from 'idb';

import type { Draft, Settings } from '@/domain/model';
import { isPlainObject } from '@/domain/schema';

import { connectWithin, RECORD_STORES, type RecordStore, withTimeout } from './db';
import { sanitizePersisted } from './validate';

export type RawRecords = Record<RecordStore, unknown[]>;
export const emptyRecords = (): RawRecords => ({
  sessions: [],
  attempts: [],
  schedules: [],
  plans: [],
  guides: [],
  stories: [],
  recordings: [],
});

const STORE_LABEL: Record<RecordStore, string> = {
  sessions: 'sessions',
  attempts: 'answers',
  schedules: 'review schedules',
  plans: 'interview dates',
  guides: 'guides of your own',
  stories: 'stories',
  recordings: 'recordings (descriptions; the audio stays in the browser)',
};

export const errorText = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? 'unknown error');

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

/** Every record of every store the database has, read without upgrading or creating it. */
export async function readDatabase(name: string, timeoutMs: number, problems: string[]): Promise<RawRecords> {
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
    db = await connectWithin(opening, timeoutMs);
  } catch (error) {
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

export function readMemory(
  memory: (() => Partial<Record<RecordStore, unknown>> | null | undefined) | undefined,
  problems: string[],
): RawRecords {
  const records = emptyRecords();
  if (!memory) return records;
  try {
    const snapshot = memory();
    if (!isPlainObject(snapshot)) return records;
    for (const store of RECORD_STORES) {
      const list = snapshot[store];
      if (Array.isArray(list)) records[store] = [...(list as unknown[])];
    }
  } catch (error) {
    problems.push(`What this tab holds in memory could not be read (${errorText(error)}).`);
  }
  return records;
}

export interface LocalData {
  settings: Settings;
  drafts: Draft[];
  raw: Record<string, string>;
}

export function readLocal(storage: Pick<Storage, 'getItem'> | null, key: string, problems: string[]): LocalData {
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
    const { state } = sanitizePersisted(isPlainObject(parsed) ? parsed.state : undefined);
    result.settings = state.settings;
    result.drafts = Object.values(state.drafts);
  } catch {
    problems.push(
      `Drafts and settings in local storage are not valid JSON; they are kept as text under rescue.localStorage.`,
    );
  }
  return result;
}
