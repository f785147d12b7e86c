import { createFileRoute, notFound } from '@tanstack/react-router';

import { loadQuestionTitles } from '@/features/stories/load';
import { StoryEditor } from '@/features/stories/StoryEditor';
import { StoryNotFound } from '@/features/stories/StoryNotFound';
import { loadSearchIndex } from '@/lib/question-bank';
import { usePracticeStore } from '@/stores';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/stories/$storyId')({
  loader: async ({ params }) => {
    const [, questions] = await Promise.all([storeReady(), loadQuestionTitles(loadSearchIndex)]);
    const story = usePracticeStore.getState().stories[params.storyId];
    if (!story) throw notFound();
    return { story, questions };
  },
  head: ({ loaderData }) => ({
    meta: [
      { title: loaderData ? `${loaderData.story.title} · Your stories · Rehearse` : 'Story not found · Rehearse' },
    ],
  }),
  component: EditStoryRoute,
  notFoundComponent: StoryNotFound,
});

function EditStoryRoute() {
  const { story, questions } = Route.useLoaderData();
  // Keyed so moving to another story starts the form afresh.
  return <StoryEditor key={story.id} story={story} questions={questions} />;
}
