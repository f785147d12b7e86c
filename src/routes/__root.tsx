import { createRootRoute, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';

import { AppShell } from '@/app/AppShell';
import { RouteError } from '@/app/RouteError';
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
      <DocumentTitle />
      <AppShell>{children}</AppShell>
    </>
  );
}

/**
 * The deepest route's `head` title as the document title. The router's own
 * `<HeadContent />` also renders meta, links, scripts and styles from `head`
 * (about 2 KiB of the first page's JavaScript); the routes here only set a
 * title, so that is all this does.
 */
function DocumentTitle() {
  const title = useRouterState({
    select: (state) => {
      for (let i = state.matches.length - 1; i >= 0; i--) {
        const found = state.matches[i]!.meta?.findLast((meta) => meta?.title)?.title;
        if (found) return found;
      }
      return undefined;
    },
  });
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  return null;
}

function NotFound() {
  return (
    <StatusMessage title="Page not found" actions={<LinkButton to="/">Browse all guides</LinkButton>}>
      <p>There is no guide or page at this address. It may have been renamed or removed.</p>
    </StatusMessage>
  );
}
