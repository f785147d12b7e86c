import { createFileRoute, notFound } from '@tanstack/react-router';

import { findQuestion, shortTitle } from '@/features/library/find-question';
import { QuestionNotFound } from '@/features/library/QuestionNotFound';
import { QuestionPage } from '@/features/library/QuestionPage';
import { loadGuide } from '@/lib/question-bank';

export const Route = createFileRoute('/questions/$id')({
  loader: async ({ params }) => {
    const found = await findQuestion(params.id, loadGuide);
    if (!found) throw notFound();
    return found;
  },
  head: ({ loaderData }) => ({
    meta: [
      { title: loaderData ? `${shortTitle(loaderData.question.text)} · Rehearse` : 'Question not found · Rehearse' },
    ],
  }),
  component: QuestionRoute,
  notFoundComponent: QuestionNotFound,
});

function QuestionRoute() {
  const { guide, question } = Route.useLoaderData();
  return <QuestionPage guide={guide} question={question} />;
}
