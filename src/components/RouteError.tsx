import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';

import { Button, LinkButton } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';

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
  );
}
