import { createFileRoute } from '@tanstack/react-router';

import { DataPage } from '@/features/data/DataPage';
import { loadSearchIndex } from '@/lib/question-bank';
import { usePracticeStore } from '@/stores';

export const Route = createFileRoute('/data')({
  // A deep link can arrive before main.tsx's init() has finished; init() loads only once.
  // Importing reviews schedules with FSRS, a lazy chunk: have it in before the page shows.
  loader: async () => {
    await Promise.all([usePracticeStore.getState().init(), usePracticeStore.getState().loadScheduler()]);
  },
  head: () => ({ meta: [{ title: 'Your data · Rehearse' }] }),
  component: DataRoute,
});

function DataRoute() {
  return <DataPage loadQuestions={loadSearchIndex} />;
}
