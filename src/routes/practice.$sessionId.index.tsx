import { createFileRoute, getRouteApi } from '@tanstack/react-router';

import { PracticeScreen } from '@/features/practice/session/PracticeScreen';

const sessionRoute = getRouteApi('/practice/$sessionId');

export const Route = createFileRoute('/practice/$sessionId/')({
  component: PracticeRoute,
});

function PracticeRoute() {
  const { sessionId } = Route.useParams();
  const { guides } = sessionRoute.useLoaderData();
  return <PracticeScreen key={sessionId} sessionId={sessionId} guides={guides} />;
}
