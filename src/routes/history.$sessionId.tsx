import { createFileRoute, notFound } from '@tanstack/react-router';

import { loadReplayGuides } from '@/features/history/load';
import { ReplayNotFound } from '@/features/history/ReplayNotFound';
import { SessionReplay } from '@/features/history/SessionReplay';
import { loadGuide } from '@/lib/question-bank';
import { usePracticeStore } from '@/stores';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/history/$sessionId')({
  loader: async ({ params }) => {
    await storeReady();
    const state = usePracticeStore.getState();
    const session = state.sessions[params.sessionId];
    if (!session) throw notFound();
    return { guides: await loadReplayGuides(session, Object.values(state.attempts), loadGuide) };
  },
  head: () => ({ meta: [{ title: 'Session replay · Rehearse' }] }),
  component: ReplayRoute,
  notFoundComponent: ReplayNotFound,
});

function ReplayRoute() {
  const { sessionId } = Route.useParams();
  const { guides } = Route.useLoaderData();
  return <SessionReplay key={sessionId} sessionId={sessionId} guides={guides} />;
}
