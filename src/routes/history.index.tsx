import { createFileRoute } from '@tanstack/react-router';

import { HistoryPage } from '@/features/history/HistoryPage';
import { selectHistoryRows } from '@/features/history/rows';
import { type HistoryFilters, validateHistorySearch } from '@/features/history/search';
import { usePracticeStore } from '@/stores';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/history/')({
  // Unknown or malformed filters fall back to "all" instead of failing the page.
  validateSearch: (search: Record<string, unknown>): HistoryFilters => validateHistorySearch(search),
  // Loaded and summed here, so that preloading the page (on hover, or when the app is idle) does the work.
  // Deleting and restoring a session re-review schedules with FSRS (a lazy chunk): loaded here too.
  loader: async () => {
    await Promise.all([storeReady(), usePracticeStore.getState().loadScheduler()]);
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
