/**
 * localStorage persistence for drafts and settings (through zustand
 * `persist`). Guarantees:
 * - every update is written synchronously, so a keystroke saved just before
 *   the tab closes is on disk;
 * - reading never throws and never hands the store an unchecked shape;
 * - a stored value that cannot be used as-is (corrupt JSON, another version,
 *   invalid fields) is copied into the list at `<key>:backups` (the last
 *   `MAX_LOCAL_BACKUPS`, each with its key and when it was taken, oldest
 *   dropped first, also when space runs out) before anything overwrites it,
 *   and if even that one copy fails the original is left untouched for this
 *   session. The single slot older builds wrote (`<key>:backup`) is left as it is;
 * - when localStorage is missing or throws, writes go to memory and the
 *   failure is reported, never thrown into an action;
 * - two tabs share the one value without losing each other's drafts: when
 *   another tab has written since this one last did, the write merges by
 *   draft key (sessionId|questionId), the newer `updatedAt` winning. A draft
 *   this tab held and then dropped (submitted, session finished, cleared)
 *   stays dropped unless another tab wrote a newer version of it. Settings
 *   are this tab's (sync.ts adopts another tab's settings when it changes
 *   them). Merging reads what is stored; a value that cannot be used is
 *   backed up first, as above.
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';

import type { Draft } from '@/domain/model';
import { SNAPSHOT_KEY } from '@/lib/page-snapshot';

import type { PersistedState, PracticeState } from '../types';
import { PERSIST_KEY, PERSIST_VERSION } from './keys';
import { sanitizePersisted } from './validate';

export { PERSIST_KEY, PERSIST_VERSION };

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How many copies of unusable localStorage values are kept. */
export const MAX_LOCAL_BACKUPS = 5;

/** One copy of a value that could not be used, as kept under `<key>:backups`. */
export interface LocalBackup {
  /** The localStorage key the value was read from. */
  key: string;
  /** When the copy was taken (ms since 1970). */
  takenAt: number;
  value: string;
}

/**
 * Writes `value`; when that fails (storage full) and the last page's snapshot (lib/page-snapshot.ts)
 * takes room, the snapshot goes and the write is tried once more: drafts come first.
 */
function writeMakingRoom(store: KeyValueStorage, name: string, value: string): void {
  try {
    store.setItem(name, value);
  } catch (error) {
    if (store.getItem(SNAPSHOT_KEY) === null) throw error;
    store.removeItem(SNAPSHOT_KEY);
    store.setItem(name, value);
  }
}

export const backupsKey = (key: string) => `${key}:backups`;

const isBackup = (x: unknown): x is LocalBackup =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as LocalBackup).key === 'string' &&
  typeof (x as LocalBackup).takenAt === 'number' &&
  typeof (x as LocalBackup).value === 'string';

/** The backups list as stored; `null` when the stored text is not one (it is then kept as a backup itself). */
export function readBackups(raw: string | null): LocalBackup[] | null {
  if (raw === null) return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) && list.every(isBackup) ? list : null;
  } catch {
    return null;
  }
}

export interface LocalPersistenceOptions {
  key?: string;
  /** The clock for a backup's `takenAt`; `Date.now` by default. */
  now?: () => number;
  /** Defaults to `window.localStorage`, or memory where that is unavailable. */
  storage?: KeyValueStorage;
  /** A human message when saving fails, `null` once saving works again. */
  report: (message: string | null) => void;
}

export const LOCAL_UNAVAILABLE =
  "This browser isn't letting Rehearse keep drafts and settings, so they will be lost when the tab closes.";
export const LOCAL_WRITE_FAILED = "Couldn't save your draft to this browser's storage. It is still here in this tab.";
export const LOCAL_WRITE_FULL =
  "Couldn't save your draft: this browser's storage for Rehearse is full. It is still here in this tab.";
export const LOCAL_WRITE_BLOCKED =
  "Couldn't save your draft: this browser is blocking storage for this site. It is still here in this tab.";

/** What a failed write says, by why it failed: full, blocked (a SecurityError), or unknown. */
export function localWriteFailure(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return LOCAL_WRITE_FULL;
  if (name === 'SecurityError') return LOCAL_WRITE_BLOCKED;
  return LOCAL_WRITE_FAILED;
}
const LOCAL_PROTECTED =
  "Saved drafts and settings couldn't be read or backed up, so they are left untouched and today's changes won't be kept.";

/**
 * The stored value as this build reads it: null when it cannot be used at
 * all (absent, corrupt JSON, another version); `clean` is false when parts of
 * it had to be dropped. Never throws.
 */
export function readPersisted(raw: string | null): { state: PersistedState; clean: boolean } | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { state, version } = value as Partial<StorageValue<unknown>>;
  return version === PERSIST_VERSION ? sanitizePersisted(state) : null;
}

function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

function browserStorage(): KeyValueStorage | null {
  try {
    // Reading the property itself throws in some privacy modes.
    const storage = globalThis.localStorage;
    return storage && typeof storage.getItem === 'function' ? storage : null;
  } catch {
    return null;
  }
}

export function createLocalPersistence(
  options: LocalPersistenceOptions,
): Required<Pick<PersistOptions<PracticeState, PersistedState>, 'storage' | 'migrate' | 'merge'>> {
  const key = options.key ?? PERSIST_KEY;
  const backupKey = backupsKey(key);
  const now = options.now ?? Date.now;
  const available = options.storage ?? browserStorage();
  const store = available ?? memoryStorage();
  if (!available) options.report(LOCAL_UNAVAILABLE);

  let lastRaw: string | null = null;
  let protectRaw = false;
  let failing = false;
  /** What this tab last wrote: while the stored value is still that, no other tab has written since. */
  let lastWritten: { raw: string; drafts: Record<string, Draft> } | null = null;
  let backedUp: string | null = null;
  /** The newest `updatedAt` this tab has held per draft key, so drafts it dropped are not merged back in. */
  const held = new Map<string, number>();
  const hold = (drafts: Record<string, Draft>) => {
    for (const [k, draft] of Object.entries(drafts)) {
      if (!(draft.updatedAt <= (held.get(k) ?? -Infinity))) held.set(k, draft.updatedAt);
    }
  };

  /** Ours, plus the stored drafts another tab wrote: keys we never held (or held older), and newer versions of ours. */
  const mergeStored = (ours: Record<string, Draft>, stored: Record<string, Draft>) => {
    let merged: Record<string, Draft> | null = null;
    for (const [k, draft] of Object.entries(stored)) {
      const own = Object.hasOwn(ours, k) ? ours[k] : undefined;
      const newer = own ? draft.updatedAt > own.updatedAt : draft.updatedAt > (held.get(k) ?? -Infinity);
      if (!newer) continue;
      merged ??= { ...ours };
      merged[k] = draft;
    }
    return merged ?? ours;
  };

  const backup = (raw: string) => {
    if (raw === backedUp) return;
    let stored: string | null = null;
    try {
      stored = store.getItem(backupKey);
    } catch {
      // Unreadable: start a new list (the write below fails too if storage is really broken).
    }
    const earlier = readBackups(stored);
    // A list this build cannot read is itself kept, as the oldest copy.
    let list: LocalBackup[] = earlier ?? (stored === null ? [] : [{ key: backupKey, takenAt: now(), value: stored }]);
    if (list.at(-1)?.value === raw) {
      backedUp = raw;
      return;
    }
    list = [...list, { key, takenAt: now(), value: raw }].slice(-MAX_LOCAL_BACKUPS);
    // When space runs out, the oldest copies go first; the newest is kept or nothing is overwritten.
    while (list.length > 0) {
      try {
        store.setItem(backupKey, JSON.stringify(list));
        backedUp = raw;
        return;
      } catch {
        list = list.slice(1);
      }
    }
    protectRaw = true;
    options.report(LOCAL_PROTECTED);
  };

  const storage: PersistStorage<PersistedState> = {
    getItem: (name): StorageValue<PersistedState> | null => {
      let raw: string | null;
      try {
        raw = store.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      lastRaw = raw;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        backup(raw);
        return null;
      }
      const value = parsed as Partial<StorageValue<unknown>> | null;
      if (typeof value !== 'object' || value === null || typeof value.version !== 'number') {
        backup(raw);
        return null;
      }
      // Another version goes to `migrate` untouched; it decides and backs up.
      if (value.version !== PERSIST_VERSION) return { state: value.state as PersistedState, version: value.version };
      const { state, clean } = sanitizePersisted(value.state);
      if (!clean) backup(raw);
      hold(state.drafts);
      return { state, version: PERSIST_VERSION };
    },
    setItem: (name, value) => {
      hold(value.state.drafts);
      if (protectRaw) return;
      let next = value;
      let raw: string | null = null;
      try {
        raw = store.getItem(name);
      } catch {
        // Unreadable: nothing to merge with; the write below reports if storage is really broken.
      }
      let stored: Record<string, Draft> | undefined;
      if (raw !== null && raw === lastWritten?.raw) {
        // Nobody wrote since we did; what we wrote may still hold other tabs' drafts, which must stay.
        stored = lastWritten.drafts;
      } else if (raw !== null) {
        // Another tab (or another build) wrote since we last did.
        const read = readPersisted(raw);
        if (!read?.clean) backup(raw);
        if (protectRaw) return;
        stored = read?.state.drafts;
      }
      if (stored) {
        const drafts = mergeStored(value.state.drafts, stored);
        if (drafts !== value.state.drafts) next = { ...value, state: { ...value.state, drafts } };
      }
      try {
        const json = JSON.stringify(next);
        writeMakingRoom(store, name, json);
        lastWritten = { raw: json, drafts: next.state.drafts };
        if (failing) {
          failing = false;
          options.report(null);
        }
      } catch (error) {
        failing = true;
        options.report(localWriteFailure(error));
      }
    },
    removeItem: (name) => {
      try {
        store.removeItem(name);
      } catch {
        // Nothing to report: removal only ever frees space.
      }
    },
  };

  return {
    storage,
    migrate: (persisted, version) => {
      try {
        if (version === PERSIST_VERSION) return sanitizePersisted(persisted).state;
        // Version 1 is the first; anything else came from a build this one cannot read.
        backup(lastRaw ?? JSON.stringify({ state: persisted, version }));
      } catch {
        // Fall through to defaults: migrate must never throw.
      }
      return sanitizePersisted(undefined).state;
    },
    merge: (persisted, current) =>
      persisted === undefined || persisted === null ? current : { ...current, ...sanitizePersisted(persisted).state },
  };
}
