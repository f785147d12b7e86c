import { createFileRoute } from '@tanstack/react-router';
import { guides } from 'virtual:question-bank';

import { validateLibrarySearch, type LibrarySearch } from '@/features/library/filters';
import { LibraryHome } from '@/features/library/GuideList';
import { useStartDueReview } from '@/features/practice/setup/start';

export const Route = createFileRoute('/')({
  validateSearch: validateLibrarySearch,
  head: () => ({ meta: [{ title: 'Interview guides · Rehearse' }] }),
  component: HomeRoute,
});

function HomeRoute() {
  const filters = Route.useSearch();
  const navigate = Route.useNavigate();
  const setFilters = (next: LibrarySearch) =>
    // Replace, not push: stepping through a select with the arrow keys would
    // otherwise leave one history entry per option. Keep the scroll position.
    void navigate({ search: next, replace: true, resetScroll: false });
  // Features do not import each other: the library's "Review due" gets practice's starter here.
  const dueReview = useStartDueReview();
  return <LibraryHome guides={guides} filters={filters} onFiltersChange={setFilters} dueReview={dueReview} />;
}
