import { createFileRoute } from '@tanstack/react-router';

import { validateSearchPageSearch } from '@/features/library/search-params';
import { SearchPage } from '@/features/library/SearchPage';

export const Route = createFileRoute('/search')({
  // A hand-edited or shared URL with an odd page or no query still shows the page.
  validateSearch: validateSearchPageSearch,
  head: ({ match }) => ({
    meta: [{ title: match.search.q ? `“${match.search.q}” · Search · Rehearse` : 'Search · Rehearse' }],
  }),
  component: SearchRoute,
});

function SearchRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <SearchPage
      query={search.q ?? ''}
      page={search.page ?? 1}
      // Typing refines the same page: no new stop in the back-button history for each letter.
      onQueryChange={(q) => void navigate({ search: { q: q.trim() || undefined }, replace: true })}
    />
  );
}
