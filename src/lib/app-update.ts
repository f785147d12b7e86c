/**
 * Whether a new version of the app is ready, for the update prompt. A tiny
 * store of its own, so the prompt (on every screen, in the first page's JS)
 * costs a few lines, while the registration code and workbox-window load
 * later, from src/lib/service-worker.ts.
 */
import { useSyncExternalStore } from 'react';

export interface AppUpdate {
  /** Switches to the new version and reloads the page. Only ever called from the user's click. */
  apply: () => void;
}

let pending: AppUpdate | null = null;
const listeners = new Set<() => void>();

/** Announces a waiting version (or, with `null`, that there is none). */
export function offerUpdate(update: AppUpdate | null) {
  pending = update;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting version, if any. */
export function useAppUpdate(): AppUpdate | null {
  return useSyncExternalStore(
    subscribe,
    () => pending,
    () => null,
  );
}
