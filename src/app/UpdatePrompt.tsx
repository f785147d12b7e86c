import { lazy, Suspense } from 'react';

import { useAppUpdate } from '@/lib/app-update';

// Most visits never see it, so its markup stays out of the first page's JS.
const UpdateBanner = lazy(() => import('./UpdateBanner'));

/**
 * Under the header when a new version of the app is waiting: says so
 * politely and reloads only when the user presses "Reload", never by itself,
 * so nobody loses their place mid-answer (src/lib/service-worker.ts).
 */
export function UpdatePrompt() {
  const update = useAppUpdate();
  return (
    // A polite live region, present from the start so the words are announced when they appear; focus stays
    // where it is. Not role="status": screens use that name for their own messages.
    <div aria-live="polite">
      {update ? (
        <Suspense fallback={null}>
          <UpdateBanner update={update} />
        </Suspense>
      ) : null}
    </div>
  );
}
