/**
 * Whether the browser may delete this site's storage on its own ("best-effort"
 * storage: evicted under storage pressure, or after weeks without a visit in
 * Safari) or has promised to keep it until the user clears it ("persistent").
 * What it guarantees:
 * - `navigator.storage.persist()` is asked at most once per page load, and
 *   only after the user has saved an answer while storage works: that is when
 *   there is something to protect, and when a browser that asks the user
 *   (Firefox) has a reason it can show.
 * - Reading the state (`persisted()`) never asks anything.
 * - Nothing here throws: a missing or failing Storage API counts as "not
 *   protected", which is the safe thing to tell the user.
 */
import { useEffect, useSyncExternalStore } from 'react';

import { stepBetween } from '../attempt-steps';
import type { PracticeState } from '../types';

/** The part of `navigator.storage` (StorageManager) this module uses; injectable for tests. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * - `unknown`: not checked yet
 * - `persisted`: protected from automatic clean-up
 * - `best-effort`: the browser may clear it (it did not grant persistence, or could not say)
 * - `unsupported`: the browser has no way to ask, so it may clear it too
 */
export type Durability = 'unknown' | 'persisted' | 'best-effort' | 'unsupported';

export interface DurabilityState {
  durability: Durability;
  /** `persist()` was asked during this page load and did not grant it. */
  denied: boolean;
}

async function ask(call: (() => Promise<boolean>) | undefined, self: StorageManagerLike): Promise<boolean | null> {
  if (typeof call !== 'function') return null;
  try {
    return (await call.call(self)) === true;
  } catch {
    return false;
  }
}

/** The current state, without asking for anything. */
export async function readDurability(storage: StorageManagerLike | undefined): Promise<Durability> {
  if (!storage) return 'unsupported';
  const persisted = await ask(storage.persisted, storage);
  if (persisted === null) return typeof storage.persist === 'function' ? 'best-effort' : 'unsupported';
  return persisted ? 'persisted' : 'best-effort';
}

/** Asks for persistent storage unless it is already granted (or cannot be asked for). */
export async function requestDurability(storage: StorageManagerLike | undefined): Promise<DurabilityState> {
  const current = await readDurability(storage);
  if (current === 'persisted' || current === 'unsupported' || typeof storage?.persist !== 'function') {
    return { durability: current, denied: false };
  }
  const granted = await ask(storage.persist, storage);
  return granted ? { durability: 'persisted', denied: false } : { durability: 'best-effort', denied: true };
}

export interface DurabilityTracker {
  getState: () => DurabilityState;
  subscribe: (listener: () => void) => () => void;
  /** Reads the state (at most one read in flight); never asks. */
  check: () => Promise<DurabilityState>;
  /** Asks for persistent storage; only the first call in the tracker's life asks. */
  request: () => Promise<DurabilityState>;
}

/** `getStorage` is read on each call, so a test can swap `navigator.storage` after import. */
export function createDurabilityTracker(getStorage: () => StorageManagerLike | undefined): DurabilityTracker {
  let state: DurabilityState = { durability: 'unknown', denied: false };
  const listeners = new Set<() => void>();
  let checking: Promise<DurabilityState> | undefined;
  let requesting: Promise<DurabilityState> | undefined;

  const set = (next: DurabilityState) => {
    if (next.durability === state.durability && next.denied === state.denied) return state;
    state = next;
    for (const listener of listeners) listener();
    return state;
  };
  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check: () =>
      (checking ??= readDurability(storage()).then((durability) => {
        checking = undefined;
        // A request answered meanwhile knows better (and knows whether it was denied).
        return requesting ? state : set({ durability, denied: state.denied });
      })),
    request: () => (requesting ??= requestDurability(storage()).then(set)),
  };
}

/** Whether `next` holds an answer (a non-skipped attempt) that `before` did not. No allocation: this runs on every change. */
function hasNewAnswer(before: PracticeState['attempts'], next: PracticeState['attempts']): boolean {
  // One submit or rating from `before` (the usual change): only its attempt needs looking at.
  const step = stepBetween(before, next);
  if (step) {
    return step.changed.some((attempt) => {
      const old = before[attempt.id];
      return !attempt.skipped && (old === undefined || old.skipped);
    });
  }
  for (const id in next) {
    if (next[id]!.skipped) continue;
    const old = before[id];
    if (old === undefined || old.skipped) return true;
  }
  return false;
}

interface StoreLike {
  getState: () => Pick<PracticeState, 'status' | 'attempts'>;
  subscribe: (listener: (state: Pick<PracticeState, 'status' | 'attempts'>) => void) => () => void;
}

/**
 * Calls `callback` once, the first time an answer (a non-skipped attempt) is
 * added while the store is saving to IndexedDB (status `ready`). Answers
 * already there when loading finished do not count: the first answer of this
 * visit does. In memory-only mode it never fires (nothing to protect).
 */
export function onFirstSavedAnswer(store: StoreLike, callback: () => void): () => void {
  // The attempts as they were at the last change looked at; undefined until the store is ready.
  let seen: PracticeState['attempts'] | undefined;
  let done = false;
  const check = (state: Pick<PracticeState, 'status' | 'attempts'>) => {
    // Most changes (every keystroke of a draft) leave `attempts` as it was: skip those cheaply.
    if (done || state.status !== 'ready' || state.attempts === seen) return;
    const before = seen;
    seen = state.attempts;
    if (before === undefined || !hasNewAnswer(before, state.attempts)) return;
    done = true;
    unsubscribe();
    callback();
  };
  const unsubscribe = store.subscribe(check);
  check(store.getState());
  return () => {
    done = true;
    unsubscribe();
  };
}

/** The app's tracker, on the browser's StorageManager. */
export const durability = createDurabilityTracker(() => globalThis.navigator?.storage);

/** Wires the app: ask for persistent storage after the first saved answer of this visit. */
export function requestDurabilityAfterFirstAnswer(store: StoreLike, tracker: DurabilityTracker = durability) {
  return onFirstSavedAnswer(store, () => void tracker.request());
}

/** The durability state for components; checks it (without asking) on first use. */
export function useDurability(tracker: DurabilityTracker = durability): DurabilityState {
  const state = useSyncExternalStore(tracker.subscribe, tracker.getState, tracker.getState);
  useEffect(() => {
    if (tracker.getState().durability === 'unknown') void tracker.check();
  }, [tracker]);
  return state;
}
