import { createFileRoute } from '@tanstack/react-router';

import { LinkButton } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { LibraryHome } from '@/features/library/GuideList';
import { LibraryDropZone } from '@/features/library/import/LibraryDropZone';
import { InterviewPlansBanner } from '@/features/library/InterviewPlan';
import { validateLibrarySearch, type LibrarySearch } from '@/features/library/search-params';
import { DeletedGuideNotice } from '@/features/own-guides/DeletedGuideNotice';
import { LibraryActions } from '@/features/own-guides/LibraryActions';
import { useStartDueReview } from '@/features/practice/setup/start';
import { useGuideSummaries } from '@/stores';
import { storeCoreReady } from '@/stores/app-store';

export const Route = createFileRoute('/')({
  validateSearch: validateLibrarySearch,
  // The continue and review banners come from the store's first loading step (sessions, schedules,
  // plans): waiting for it puts them in the first paint rather than shifting the list after it. A
  // store that cannot load leaves the library usable; the storage banner says what is wrong.
  loader: () =>
    storeCoreReady().then(
      () => undefined,
      () => undefined,
    ),
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
  const guides = useGuideSummaries();
  return (
    <>
      <LibraryDropZone>
        {/* Each guide with an interview to come: its countdown and today's plan (nothing without a date). */}
        <LibraryHome
          guides={guides}
          filters={filters}
          onFiltersChange={setFilters}
          dueReview={dueReview}
          banners={<InterviewPlansBanner />}
          actions={
            <>
              <LinkButton to="/add-guides">
                <Icon name="plus" />
                Add guides
              </LinkButton>
              <LibraryActions />
            </>
          }
        />
      </LibraryDropZone>
      <DeletedGuideNotice />
    </>
  );
}
