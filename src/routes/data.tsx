import { createFileRoute } from '@tanstack/react-router';

import { DataPage } from '@/features/data/DataPage';
import { loadSearchIndex } from '@/lib/question-bank';
import { usePracticeStore } from '@/stores';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/data')({
  // A deep link can arrive before main.tsx's start-up has loaded the store; storeReady() waits for it.
  // Importing reviews schedules with FSRS, a lazy chunk: have it in before the page shows.
  loader: async () => {
    await Promise.all([storeReady(), usePracticeStore.getState().loadScheduler()]);
  },
  head: () => ({ meta: [{ title: 'Your data · Rehearse' }] }),
  component: DataRoute,
});

function DataRoute() {
  return <DataPage loadQuestions={loadSearchIndex} />;
}
