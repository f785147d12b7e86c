import { lazy, Suspense } from 'react';

import { usePracticeStore } from '@/stores';

import { LazyBoundary } from './ui/LazyBoundary';

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

/** Storage problems and the durability hint, loaded once there can be something to show. */
export function StorageNotices({ quiet }: { quiet: boolean }) {
  const show = usePracticeStore(
    (s) => s.status === 'memory-only' || s.storageError !== null || (s.status === 'ready' && !quiet),
  );
  if (!show) return null;
  return (
    <LazyBoundary fallback={<StorageProblemLine />}>
      <Suspense fallback={null}>
        <StorageBanner quiet={quiet} />
      </Suspense>
    </LazyBoundary>
  );
}
