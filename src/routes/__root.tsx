import { createRootRoute, HeadContent } from '@tanstack/react-router';
import type { ReactNode } from 'react';

import { AppShell } from '@/components/AppShell';
import { RouteError } from '@/components/RouteError';
import { LinkButton } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { prefetchQuestionBank } from '@/lib/question-bank';

export const Route = createRootRoute({
  // The guide catalogue is a lazy chunk (it grows with the bank); start it with
  // the first route's code rather than after it. Fetched once, so later calls are free.
  beforeLoad: () => prefetchQuestionBank(),
  head: () => ({ meta: [{ title: 'Rehearse' }] }),
  // The chrome is a shell rather than the root component: the root's
  // notFoundComponent and errorComponent replace its component, and the
  // header and skip link should stay on those screens too.
  shellComponent: RootShell,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
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
