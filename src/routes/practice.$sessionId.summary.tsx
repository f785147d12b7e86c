import { createFileRoute, getRouteApi, notFound } from '@tanstack/react-router';

import { SessionNotFound } from '@/features/practice/session/SessionNotFound';
import { SessionSummary } from '@/features/practice/summary/SessionSummary';
import { usePracticeStore } from '@/stores';
import { storeReady } from '@/stores/app-store';

const sessionRoute = getRouteApi('/practice/$sessionId');

export const Route = createFileRoute('/practice/$sessionId/summary')({
  // The parent layout checks the session too, but loaders run in parallel:
  // this route must not depend on which of them settles first.
  loader: async ({ params }) => {
    await storeReady();
    if (!usePracticeStore.getState().sessions[params.sessionId]) throw notFound();
  },
  head: () => ({ meta: [{ title: 'Session summary · Rehearse' }] }),
  component: SummaryRoute,
  notFoundComponent: SessionNotFound,
});

function SummaryRoute() {
  const { sessionId } = Route.useParams();
  const { guides } = sessionRoute.useLoaderData();
  return <SessionSummary key={sessionId} sessionId={sessionId} guides={guides} />;
}
