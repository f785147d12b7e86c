import { createFileRoute } from '@tanstack/react-router';

import { loadQuestionTitles } from '@/features/stories/load';
import { StoriesPage } from '@/features/stories/StoriesPage';
import { loadSearchIndex } from '@/lib/question-bank';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/stories/')({
  loader: async () => {
    const [, questions] = await Promise.all([storeReady(), loadQuestionTitles(loadSearchIndex)]);
    return { questions };
  },
  head: () => ({ meta: [{ title: 'Your stories · Rehearse' }] }),
  component: StoriesRoute,
});

function StoriesRoute() {
  const { questions } = Route.useLoaderData();
  return <StoriesPage questions={questions} />;
}
