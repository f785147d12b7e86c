import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { configure, render } from '@testing-library/react';

import { createAppRouter } from '@/app/router';

// Routes are code-split: the first visit to each in a run transforms its chunk
// on the spot, which can take seconds on a busy machine.
configure({ asyncUtilTimeout: 5000 });

/**
 * The whole app (shell, routes, screens) at `path`, on a memory history; returns
 * its router, for asserting where navigation went. The store is the app's
 * singleton: reset it (resetPracticeStore) in beforeEach, then seed it before
 * rendering. Files that render the app mock the question bank (./question-bank).
 */
export function renderApp(path = '/') {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  render(<RouterProvider router={router} />);
  return router;
}
