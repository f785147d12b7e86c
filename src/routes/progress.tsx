import { createFileRoute } from '@tanstack/react-router';

import { progressData } from '@/features/progress/progress-data';
import { ProgressPage } from '@/features/progress/ProgressPage';
import { loadSearchIndex } from '@/lib/question-bank';
import { usePracticeStore } from '@/stores';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/progress')({
  loader: async () => {
    // A deep link can arrive before main.tsx's start-up has loaded the store; storeReady() waits for it.
    // The loader ships in one lazy chunk with the page (vite.config.ts), so the sums' code is imported statically.
    const [questions] = await Promise.all([loadSearchIndex(), storeReady()]);
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
