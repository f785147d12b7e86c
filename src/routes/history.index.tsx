import { createFileRoute } from '@tanstack/react-router';

import { HistoryPage } from '@/features/history/HistoryPage';
import { selectHistoryRows, validateHistorySearch, type HistoryFilters } from '@/features/history/rows';
import { usePracticeStore } from '@/stores';

export const Route = createFileRoute('/history/')({
  // Unknown or malformed filters fall back to "all" instead of failing the page.
  validateSearch: (search: Record<string, unknown>): HistoryFilters => validateHistorySearch(search),
  // Loaded and summed here, so that preloading the page (on hover, or when the app is idle) does the work.
  loader: async () => {
    await usePracticeStore.getState().init();
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
