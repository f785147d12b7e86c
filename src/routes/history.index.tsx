import { createFileRoute } from '@tanstack/react-router';

import { HistoryPage } from '@/features/history/HistoryPage';
import { type HistoryFilters, validateHistorySearch } from '@/features/history/search';
import { usePracticeStore } from '@/stores';

export const Route = createFileRoute('/history/')({
  // Unknown or malformed filters fall back to "all" instead of failing the page.
  validateSearch: (search: Record<string, unknown>): HistoryFilters => validateHistorySearch(search),
  // Loaded and summed here, so that preloading the page (on hover, or when the app is idle) does the work.
  // The rows' code is imported here rather than at the top: loaders ship with the first page, it need not.
  // Deleting and restoring a session re-review schedules with FSRS (a lazy chunk): loaded here too.
  loader: async () => {
    const [{ selectHistoryRows }] = await Promise.all([
      import('@/features/history/rows'),
      usePracticeStore.getState().init(),
      usePracticeStore.getState().loadScheduler(),
    ]);
    selectHistoryRows(usePracticeStore.getState());
  },
  head: () => ({ meta: [{ title: 'History · Rehearse' }] }),
  component: HistoryRoute,
});

function HistoryRoute() {
  const filters = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <HistoryPage
      filters={filters}
      // Filtering is a refinement of the same page, not a new stop in the back-button history.
      onFiltersChange={(update) => void navigate({ search: (current) => update(current), replace: true })}
    />
  );
}
