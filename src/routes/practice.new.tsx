import { createFileRoute } from '@tanstack/react-router';

import { guideSlugOfQuestion } from '@/content/ids';
import { parseSetupSearch, type PinnedQuestion } from '@/features/practice/setup/search';
import { SetupPage } from '@/features/practice/setup/SetupPage';
import { loadGuide } from '@/lib/question-bank';
import { useGuideSummaries } from '@/stores';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/practice/new')({
  validateSearch: parseSetupSearch,
  loaderDeps: ({ search }) => ({ question: search.question }),
  loader: async ({ deps }): Promise<{ pinned: PinnedQuestion | null }> => {
    // Weakest-first ordering and the stored setup need the saved attempts.
    await storeReady();
    if (!deps.question) return { pinned: null };
    const guide = await loadGuide(guideSlugOfQuestion(deps.question));
    const question = guide?.questions.find((q) => q.id === deps.question);
    return { pinned: guide && question ? { question, guideSlug: guide.slug, guideTitle: guide.title } : null };
  },
  head: () => ({ meta: [{ title: 'New practice session · Rehearse' }] }),
  component: SetupRoute,
});

function SetupRoute() {
  const search = Route.useSearch();
  const { pinned } = Route.useLoaderData();
  const guides = useGuideSummaries();
  // A new link (another guide or question) starts the form afresh.
  return (
    <SetupPage key={`${search.guide ?? ''}|${search.question ?? ''}`} guides={guides} search={search} pinned={pinned} />
  );
}
