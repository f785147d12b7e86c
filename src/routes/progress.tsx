import { createFileRoute } from '@tanstack/react-router';
import { loadSearchIndex } from 'virtual:question-bank';

import { ProgressPage } from '@/features/progress/ProgressPage';
import { usePracticeStore } from '@/stores';

export const Route = createFileRoute('/progress')({
  loader: async () => {
    // A deep link can arrive before main.tsx's init() has finished; init() loads only once.
    const [questions] = await Promise.all([loadSearchIndex(), usePracticeStore.getState().init()]);
    return { questions };
  },
  head: () => ({ meta: [{ title: 'Progress · Rehearse' }] }),
  component: ProgressRoute,
});

function ProgressRoute() {
  const { questions } = Route.useLoaderData();
  return <ProgressPage questions={questions} />;
}
