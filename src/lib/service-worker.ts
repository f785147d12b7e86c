/**
 * Registers the service worker (built by vite-plugin-pwa, see
 * scripts/service-worker.ts) and turns its update events into the update
 * prompt. Loaded with a dynamic import after the first render, so neither
 * this module nor workbox-window is part of the first page's JS.
 *
 * What it guarantees:
 * - The page is never reloaded unless the user pressed "Reload" in this tab.
 *   A new worker waits; "Reload" asks it to take over (SKIP_WAITING) and
 *   reloads once it controls the page. When another tab's click activates
 *   it, this tab keeps its page (and any answer being typed) and keeps
 *   offering the reload.
 * - Once the worker controls the page, the offline copy of the guides is
 *   brought up to date (src/lib/offline.ts `maintainOfflineCopy`).
 * - In `vite dev` no worker is registered, and one left on this origin by a
 *   preview build is removed, so development never runs from a cache.
 */
import { Workbox } from 'workbox-window';

import { offerUpdate } from './app-update';

/** The part of workbox-window's `Workbox` this module uses, so that tests can drive it. */
export interface UpdateSource {
  addEventListener(type: 'waiting' | 'controlling', listener: (event: { isUpdate?: boolean }) => void): void;
  messageSkipWaiting(): void;
}

export interface ConnectOptions {
  reload?: () => void;
  /** How long to wait for the new worker to take control before reloading anyway. */
  fallbackMs?: number;
}

/** Wires a worker's update events to the prompt. Returns nothing to call: the prompt drives it. */
export function connectUpdates(
  source: UpdateSource,
  // Activation normally takes well under a second; on a busy machine it took over 4 s, and reloading
  // before the new worker controlled the page brought the old one back with the prompt still showing.
  { reload = () => window.location.reload(), fallbackMs = 10_000 }: ConnectOptions = {},
) {
  let userAsked = false;
  // Set when the new version already controls this page (another tab's click): reloading is all that is left.
  let alreadyActive = false;

  const apply = () => {
    if (userAsked) return;
    userAsked = true;
    if (alreadyActive) {
      reload();
      return;
    }
    source.messageSkipWaiting();
    // If the waiting worker vanished (a newer one replaced it), reload anyway: the user asked for it.
    window.setTimeout(reload, fallbackMs);
  };

  source.addEventListener('waiting', () => offerUpdate({ apply }));
  source.addEventListener('controlling', (event) => {
    if (userAsked) {
      reload();
      return;
    }
    // The first install claims the page (isUpdate false): nothing changed for the user.
    if (event.isUpdate) {
      alreadyActive = true;
      offerUpdate({ apply });
    }
  });
}

const HOUR = 60 * 60 * 1000;

export async function startServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  if (!import.meta.env.PROD) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((registration) => registration.unregister()));
    return;
  }
  // Not controlled now: the first install is under way or ahead, and what this page loads bypasses the worker.
  const controlledAtStart = Boolean(navigator.serviceWorker.controller);
  const base = import.meta.env.BASE_URL;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  connectUpdates(workbox);
  try {
    await workbox.register();
  } catch (error) {
    // The app works without it, only not offline.
    console.warn('Rehearse: the service worker could not be registered', error);
    return;
  }
  void keepOfflineCopy(!controlledAtStart);
  // A tab left open for days still learns of a new version: the browser checks only on navigation.
  window.setInterval(() => {
    if (document.visibilityState === 'visible' && navigator.onLine) workbox.update().catch(() => {});
  }, HOUR);
}

/** When the worker controls this page (at once, or after its first install claims it), tends the offline copy. */
async function keepOfflineCopy(adoptLoaded: boolean) {
  try {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    const { maintainOfflineCopy } = await import('./offline');
    await maintainOfflineCopy({ adoptLoaded });
  } catch (error) {
    console.warn('Rehearse: the offline copy of the guides could not be updated', error);
  }
}
