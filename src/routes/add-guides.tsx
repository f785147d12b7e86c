import { createFileRoute } from '@tanstack/react-router';

import { AddGuidesPage } from '@/features/library/import/AddGuidesPage';
import { usePracticeStore } from '@/stores';
import { storeReady } from '@/stores/app-store';

interface AddGuidesSearch {
  /** The slug of one of the user's guides to replace with a newer version. */
  replace?: string;
}

export const Route = createFileRoute('/add-guides')({
  validateSearch: (search: Record<string, unknown>): AddGuidesSearch =>
    typeof search.replace === 'string' && search.replace !== '' ? { replace: search.replace } : {},
  // Whether a file replaces one of the user's guides depends on what is stored.
  loader: () =>
    storeReady().then(
      () => undefined,
      () => undefined,
    ),
  head: () => ({ meta: [{ title: 'Add guides · Rehearse' }] }),
  component: AddGuidesRoute,
});

function AddGuidesRoute() {
  const { replace } = Route.useSearch();
  const replacing = usePracticeStore((s) =>
    replace && Object.hasOwn(s.guides, replace) ? s.guides[replace] : undefined,
  );
  return <AddGuidesPage key={replace ?? ''} replacing={replacing} />;
}
