/**
 * The store from code that ships with the first page (main.tsx, the header).
 * The store itself, its slices, persistence and validation are a lazy chunk:
 * the first page paints without them, and they load in parallel with it.
 * Code inside route chunks imports `@/stores` directly; route loaders wait for
 * `storeReady()`, so the store is connected (tab sync, theme) before it loads.
 */
import type { Theme } from '@/domain/model';
import { provideOwnGuides } from '@/lib/question-bank';

import type { PracticeStore } from './store';
import { showTheme } from './theme';

let started: Promise<PracticeStore> | null = null;

/**
 * Loads the store's chunk and connects it (start.ts), once. A failed load
 * (offline before the app was cached, or a new version deployed) can be
 * retried: the next call asks again.
 */
export function startStore(): Promise<PracticeStore> {
  started ??= import('./start').then(
    (module) => module.start(),
    (error: unknown) => {
      started = null;
      throw error;
    },
  );
  return started;
}

/** The store with the user's saved data loaded: what route loaders wait for. */
export async function storeReady(): Promise<PracticeStore> {
  const store = await startStore();
  await store.getState().init();
  return store;
}

/**
 * The store with sessions, schedules and plans loaded, not yet every attempt:
 * what the home page's continue and review banners need, so that they are in
 * its first paint instead of pushing the guides down after it.
 */
export async function storeCoreReady(): Promise<PracticeStore> {
  const store = await startStore();
  await store.getState().coreReady();
  return store;
}

// The question bank's loaders (route loaders, search) find the user's own guides in the store, once loaded.
provideOwnGuides({
  guide: async (slug) => (await storeCoreReady()).getState().guideOf(slug),
  searchEntries: async () => (await storeCoreReady()).getState().ownSearchEntries(),
  // Notes live on attempts, which load after the core.
  // Imported here rather than at the top: a static import would pull the whole store into the first page.
  searchSources: async () => {
    const [{ selectOwnSearchSources }, store] = await Promise.all([import('./own-guides'), storeReady()]);
    return selectOwnSearchSources(store.getState());
  },
});

/** The header's theme control: the page changes at once, the store saves the choice when it is there. */
export function chooseTheme(theme: Theme): void {
  showTheme(theme);
  void startStore().then(
    (store) => store.getState().setTheme(theme),
    () => {
      // The store could not load: the page shows the choice; it is not saved this visit.
    },
  );
}
