/**
 * Connects the app's store to the page and starts loading the user's data.
 * Runs once, when the store's chunk has arrived (app-store.ts's `startStore`);
 * main.tsx asks for it at start-up, in parallel with the first render.
 */
import { usePracticeStore } from './store';
import { bufferTabSync } from './sync-buffer';
import { syncTheme } from './theme';

export function start(): typeof usePracticeStore {
  const store = usePracticeStore;
  // The store now owns the theme (stores/theme.ts showed the stored one until here).
  syncTheme(store);
  // Before init(), so other tabs' changes that arrive while this one loads are kept (sync.ts). The sync
  // code is a lazy chunk; until it arrives, sync-buffer.ts listens and keeps everything for it.
  const tabSync = bufferTabSync(store);
  void import('./sync').then(
    ({ connectTabSync }) => connectTabSync(store, tabSync.options),
    () => tabSync.stop(),
  );
  // Loading never rejects: failures end in status 'memory-only' or a storageError.
  // The mark lets `npm run bench:history` time start-up to a usable app with the user's data loaded.
  void store
    .getState()
    .init()
    .then(() => performance.mark('rehearse:store-ready'));
  // Once the user has saved an answer there is something to lose: ask the browser not to clear it.
  // A lazy chunk (shared with the storage banner): it arrives moments after start-up, long before an
  // answer can be typed and saved, and it only counts answers added after it has seen the loaded ones.
  void import('./persistence/durability').then(
    ({ requestDurabilityAfterFirstAnswer }) => requestDurabilityAfterFirstAnswer(store),
    () => {
      // Offline or redeployed: the browser is simply not asked this visit.
    },
  );
  return store;
}
