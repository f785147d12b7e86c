import { createFileRoute, notFound } from '@tanstack/react-router';

import { GuidePage } from '@/features/library/GuidePage';
import { useOwnGuideView } from '@/features/own-guides/OwnGuideSlots';
import { loadGuide } from '@/lib/question-bank';
import { storeReady } from '@/stores/app-store';

export const Route = createFileRoute('/guides/$slug')({
  loader: async ({ params }) => {
    // The user's own progress (rated answers, last scores, the interview date) is part of this page:
    // waiting for the store puts it in the first paint instead of shifting the page after it. A store
    // that cannot load leaves the guide readable; the storage banner says what is wrong.
    const [guide] = await Promise.all([loadGuide(params.slug), storeReady().catch(() => undefined)]);
    if (!guide) throw notFound();
    return guide;
  },
  head: ({ loaderData }) => ({
    meta: [{ title: loaderData ? `${loaderData.title} · Rehearse` : 'Guide not found · Rehearse' }],
  }),
  component: GuideRoute,
});

function GuideRoute() {
  // A guide of one's own is read live from the store, so its edits show at once and a delete does not strand the page.
  const { gone, ...view } = useOwnGuideView(Route.useLoaderData());
  return gone ?? <GuidePage {...view} />;
}
