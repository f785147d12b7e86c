import { createFileRoute, notFound } from '@tanstack/react-router';

import { GuidePage } from '@/features/library/GuidePage';
import { loadGuide } from '@/lib/question-bank';

export const Route = createFileRoute('/guides/$slug')({
  loader: async ({ params }) => {
    const guide = await loadGuide(params.slug);
    if (!guide) throw notFound();
    return guide;
  },
  head: ({ loaderData }) => ({
    meta: [{ title: loaderData ? `${loaderData.title} · Rehearse` : 'Guide not found · Rehearse' }],
  }),
  component: GuideRoute,
});

function GuideRoute() {
  const guide = Route.useLoaderData();
  return <GuidePage guide={guide} />;
}
