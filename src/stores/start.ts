/**
 * Connects the app's store to the page and starts loading the user's data.
 * Runs once, when the store's chunk has arrived (app-store.ts's `startStore`);
 * main.tsx asks for it at start-up, in parallel with the first render.
 */
import { requestDurabilityAfterFirstAnswer } from './persistence/durability';
import { usePracticeStore } from './store';
import { connectTabSync } from './sync';
import { syncTheme } from './theme';

export function start(): typeof usePracticeStore {
  const store = usePracticeStore;
  // The store now owns the theme (stores/theme.ts showed the stored one until here).
  syncTheme(store);
  // Before init(), so other tabs' changes that arrive while this one loads are kept (sync.ts).
  connectTabSync(store);
  // Loading never rejects: failures end in status 'memory-only' or a storageError.
  // The mark lets `npm run bench:history` time start-up to a usable app with the user's data loaded.
  void store
    .getState()
    .init()
    .then(() => performance.mark('rehearse:store-ready'));
  // Once the user has saved an answer there is something to lose: ask the browser not to clear it.
  requestDurabilityAfterFirstAnswer(store);
  return store;
}
