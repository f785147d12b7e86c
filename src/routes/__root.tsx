import { createRootRoute, HeadContent, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';

import { AppShell } from '@/components/AppShell';
import { Button, LinkButton } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';

export const Route = createRootRoute({
  head: () => ({ meta: [{ title: 'Rehearse' }] }),
  // The chrome is a shell rather than the root component: the root's
  // notFoundComponent and errorComponent replace its component, and the
  // header and skip link should stay on those screens too.
  shellComponent: RootShell,
  notFoundComponent: NotFound,
  errorComponent: RootError,
});

function RootShell({ children }: { children: ReactNode }) {
  return (
    <>
      <HeadContent />
      <AppShell>{children}</AppShell>
    </>
  );
}

function NotFound() {
  return (
    <StatusMessage title="Page not found" actions={<LinkButton to="/">Browse all guides</LinkButton>}>
      <p>There is no guide or page at this address. It may have been renamed or removed.</p>
    </StatusMessage>
  );
}

function RootError({ error }: ErrorComponentProps) {
  const router = useRouter();
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
