import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';

import { Button, LinkButton } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';

import { RescueActions } from './CrashScreen';

/**
 * A page's code or data failed to load when its chunk could not be fetched:
 * a dropped connection, or a new version deployed while the tab was open
 * (the old chunk names are gone). Only a full reload fixes the second case.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|module script failed|Loading chunk|ChunkLoadError|error loading dynamically/i.test(
    message,
  );
}

/** The error screen of every route: the app shell stays, and the user always has a way on. */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
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
        <RescueActions centered />
      </div>
    </>
  );
}
