/**
 * localStorage persistence for drafts and settings (through zustand
 * `persist`). Guarantees:
 * - every update is written synchronously, so a keystroke saved just before
 *   the tab closes is on disk;
 * - reading never throws and never hands the store an unchecked shape;
 * - a stored value that cannot be used as-is (corrupt JSON, another version,
 *   invalid fields) is copied to `<key>:backup` before anything overwrites it,
 *   and if that copy fails the original is left untouched for this session;
 * - when localStorage is missing or throws, writes go to memory and the
 *   failure is reported, never thrown into an action.
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';

import type { PersistedState, PracticeState } from '../types';
import { sanitizePersisted } from './validate';

export const PERSIST_KEY = 'rehearse:v1';
export const PERSIST_VERSION = 1;

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface LocalPersistenceOptions {
  key?: string;
  /** Defaults to `window.localStorage`, or memory where that is unavailable. */
  storage?: KeyValueStorage;
  /** A human message when saving fails, `null` once saving works again. */
  report: (message: string | null) => void;
}

export const LOCAL_UNAVAILABLE =
  "This browser isn't letting Rehearse keep drafts and settings, so they will be lost when the tab closes.";
export const LOCAL_WRITE_FAILED =
  "Couldn't save your draft to this browser's storage (it may be full). It is still here in this tab.";
const LOCAL_PROTECTED =
  "Saved drafts and settings couldn't be read or backed up, so they are left untouched and today's changes won't be kept.";

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
  const backupKey = `${key}:backup`;
  const available = options.storage ?? browserStorage();
  const store = available ?? memoryStorage();
  if (!available) options.report(LOCAL_UNAVAILABLE);

  let lastRaw: string | null = null;
  let protectRaw = false;
  let failing = false;

  const backup = (raw: string) => {
    try {
      store.setItem(backupKey, raw);
    } catch {
      protectRaw = true;
      options.report(LOCAL_PROTECTED);
    }
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
      return { state, version: PERSIST_VERSION };
    },
    setItem: (name, value) => {
      if (protectRaw) return;
      try {
        store.setItem(name, JSON.stringify(value));
        if (failing) {
          failing = false;
          options.report(null);
        }
      } catch {
        failing = true;
        options.report(LOCAL_WRITE_FAILED);
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
