import { createFileRoute } from '@tanstack/react-router';

import { loadPracticeSession } from '@/features/practice/session/load';
import { SessionNotFound } from '@/features/practice/session/SessionNotFound';

// A layout without a component (it renders its children): the answering
// screen is the index route and the summary a sibling, both sharing this
// loader's session check and guides.
export const Route = createFileRoute('/practice/$sessionId')({
  loader: ({ params }) => loadPracticeSession(params.sessionId),
  head: () => ({ meta: [{ title: 'Practice · Rehearse' }] }),
  notFoundComponent: SessionNotFound,
});
