import { createFileRoute } from '@tanstack/react-router';

import { ProgressPage } from '@/features/progress/ProgressPage';
import { loadSearchIndex } from '@/lib/question-bank';
import { usePracticeStore } from '@/stores';

export const Route = createFileRoute('/progress')({
  loader: async () => {
    // A deep link can arrive before main.tsx's init() has finished; init() loads only once.
    const [questions, { progressData }] = await Promise.all([
      loadSearchIndex(),
      // Imported here rather than at the top: loaders ship with the first page, the sums need not.
      import('@/features/progress/progress-data'),
      usePracticeStore.getState().init(),
    ]);
    // Done here so that preloading the page (on hover, or when the app is idle) also does the sums.
    const { sessions, attempts } = usePracticeStore.getState();
    progressData({ sessions, attempts, questions, now: Date.now() });
    return { questions };
  },
  head: () => ({ meta: [{ title: 'Progress · Rehearse' }] }),
  component: ProgressRoute,
});

function ProgressRoute() {
  const { questions } = Route.useLoaderData();
  return <ProgressPage questions={questions} />;
}
