import { createFileRoute } from '@tanstack/react-router';

import { loadLinkedQuestions, type LinkedQuestions } from '@/features/practice/setup/pinned';
import { linkedQuestionIds, parseSetupSearch } from '@/features/practice/setup/search';
import { SetupPage } from '@/features/practice/setup/SetupPage';
import { loadGuide } from '@/lib/question-bank';
import { useGuideSummaries } from '@/stores';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/practice/new')({
  validateSearch: parseSetupSearch,
  loaderDeps: ({ search }) => ({ questionIds: linkedQuestionIds(search) }),
  loader: async ({ deps }): Promise<LinkedQuestions> => {
    // Weakest-first ordering and the stored setup need the saved attempts.
    await storeReady();
    // Only the guides of the linked questions are loaded.
    return loadLinkedQuestions(deps.questionIds, loadGuide);
  },
  head: () => ({ meta: [{ title: 'New practice session · Rehearse' }] }),
  component: SetupRoute,
});

function SetupRoute() {
  const search = Route.useSearch();
  const { pinned, missing } = Route.useLoaderData();
  const guides = useGuideSummaries();
  // A new link (another guide or questions) starts the form afresh.
  const key = `${search.guide ?? ''}|${linkedQuestionIds(search).join(',')}`;
  return <SetupPage key={key} guides={guides} search={search} pinned={pinned} missing={missing} />;
}
