import { createFileRoute } from '@tanstack/react-router';

import { QuestionEditor } from '@/features/own-guides/QuestionEditor';
import { storeReady } from '@/stores/app-store';

interface WriteSearch {
  /** The written guide a new question goes to. */
  guide?: string;
  /** The question to edit. */
  question?: string;
}

const searchText = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export const Route = createFileRoute('/write')({
  validateSearch: (search: Record<string, unknown>): WriteSearch => ({
    guide: searchText(search.guide),
    question: searchText(search.question),
  }),
  // The user's guides are in the store: wait for it, so an edit opens with its text.
  loader: () => storeReady().catch(() => undefined),
  head: () => ({ meta: [{ title: 'Write your own question · Rehearse' }] }),
  component: WriteRoute,
});

function WriteRoute() {
  const { guide, question } = Route.useSearch();
  return <QuestionEditor key={`${guide ?? ''}|${question ?? ''}`} guideSlug={guide} questionId={question} />;
}
