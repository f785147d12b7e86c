import { lazy, Suspense, useSyncExternalStore } from 'react';

import { LazyBoundary } from '@/components/ui/LazyBoundary';
import { usePracticeStore } from '@/stores';
import { durability, type DurabilityTracker } from '@/stores/persistence/durability';

// The banner (and the durability and export code behind it) is a lazy chunk: nothing it can say is
// known before the store has loaded, which is after the first paint anyway.
const StorageBanner = lazy(() => import('./StorageBanner').then((module) => ({ default: module.StorageBanner })));

/** If the banner's chunk cannot load (offline, or a new version deployed), a plain line says the essential. */
function StorageProblemLine() {
  const message = usePracticeStore((s) =>
    s.status === 'memory-only' ? "Rehearse can't save in this browser." : s.storageError,
  );
  if (message === null) return null;
  return (
    <p role="alert" className="border-b border-border px-4 py-3 text-center text-sm">
      {message} Export your data on the Your data page to be safe.
    </p>
  );
}

/**
 * Storage problems and the durability hint, loaded once there is something to
 * show: a storage problem, or (off the practice screens) a browser that
 * declined to keep the data when asked during this visit. Most visits have
 * neither, and then the banner's chunk is never fetched.
 */
export function StorageNotices({
  quiet,
  durabilityTracker = durability,
}: {
  quiet: boolean;
  /** For tests: whether the browser agreed to keep the data. */
  durabilityTracker?: DurabilityTracker;
}) {
  const problem = usePracticeStore((s) => s.status === 'memory-only' || s.storageError !== null);
  const ready = usePracticeStore((s) => s.status === 'ready');
  const declined = useSyncExternalStore(durabilityTracker.subscribe, () => {
    const state = durabilityTracker.getState();
    return state.denied && state.durability !== 'persisted';
  });
  if (!problem && !(ready && !quiet && declined)) return null;
  return (
    <LazyBoundary fallback={<StorageProblemLine />}>
      <Suspense fallback={null}>
        <StorageBanner quiet={quiet} durabilityTracker={durabilityTracker} />
      </Suspense>
    </LazyBoundary>
  );
}
