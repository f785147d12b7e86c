import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';

import { Button, LinkButton } from '@/components/ui/Button';
import { LazyBoundary } from '@/components/ui/LazyBoundary';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { isChunkLoadError } from '@/lib/chunk-error';

// A lazy chunk (with the crash screen): only this screen's bug case offers them.
const RescueActions = lazy(() => import('./CrashScreen').then((module) => ({ default: module.RescueActions })));

export { isChunkLoadError } from '@/lib/chunk-error';

/** The error screen of every route: the app shell stays, and the user always has a way on. */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  if (isChunkLoadError(error) && typeof navigator !== 'undefined' && navigator.onLine === false) {
    // Offline and this page's part is not on the device: guides are kept offline once opened or on request.
    return (
      <StatusMessage
        title="Not available offline"
        actions={
          <>
            {/* A failed dynamic import may stay failed in this document: a reload (served offline) starts afresh. */}
            <Button onClick={() => window.location.reload()}>Try again</Button>
            <LinkButton to="/" variant="secondary">
              Browse all guides
            </LinkButton>
          </>
        }
      >
        <p>
          You are offline, and this page is not saved on this device yet. Open it once you are connected, or use “Make
          available offline” on a guide, to keep it for next time. Your answers and drafts are saved in this browser.
        </p>
      </StatusMessage>
    );
  }
  if (isChunkLoadError(error)) {
    return (
      <StatusMessage
        title="This page could not load"
        actions={
          <>
            <Button onClick={() => window.location.reload()}>Reload the page</Button>
            <LinkButton to="/" variant="secondary">
              Browse all guides
            </LinkButton>
          </>
        }
      >
        <p>
          Part of the app did not arrive — the connection may have dropped, or Rehearse was updated while this tab was
          open. Reloading fixes it. Your answers and drafts are saved in this browser.
        </p>
      </StatusMessage>
    );
  }
  return (
    <>
      <StatusMessage
        title="Something went wrong"
        actions={
          <>
            {/* invalidate() re-runs the loaders; reset() alone would only re-throw. */}
            <Button onClick={() => void router.invalidate()}>Try again</Button>
            <LinkButton to="/" variant="secondary">
              Browse all guides
            </LinkButton>
          </>
        }
      >
        <p>{error instanceof Error ? error.message : 'An unexpected error occurred.'}</p>
      </StatusMessage>
      {/* A bug, not a network blip: if retrying doesn't help, the way out must not depend on this page working. */}
      <div className="mx-auto mt-6 max-w-xl space-y-3 px-2 text-center">
        <p className="text-sm text-fg-muted">
          If this keeps happening, download your data, then reset the app and import the file on Your data.
        </p>
        {/* Without the chunk (offline), "Try again" and the guides link above still stand. */}
        <LazyBoundary fallback={null}>
          <Suspense fallback={null}>
            <RescueActions centered />
          </Suspense>
        </LazyBoundary>
      </div>
    </>
  );
}
