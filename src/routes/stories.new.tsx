import { createFileRoute } from '@tanstack/react-router';

import { loadQuestionTitles } from '@/features/stories/load';
import { StoryEditor } from '@/features/stories/StoryEditor';
import { loadSearchIndex } from '@/lib/question-bank';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/stories/new')({
  // ?question=<id>: the story is written for that question and starts linked to it.
  validateSearch: (search: Record<string, unknown>): { question?: string } =>
    typeof search.question === 'string' && search.question.trim() ? { question: search.question.trim() } : {},
  loader: async () => {
    const [, questions] = await Promise.all([storeReady(), loadQuestionTitles(loadSearchIndex)]);
    return { questions };
  },
  head: () => ({ meta: [{ title: 'New story · Rehearse' }] }),
  component: NewStoryRoute,
});

function NewStoryRoute() {
  const { questions } = Route.useLoaderData();
  const { question } = Route.useSearch();
  return <StoryEditor questions={questions} forQuestion={question} />;
}
