import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';

/**
 * Library components use <Link> and navigate, which need a router. This
 * mounts the component as the root of a throwaway router whose paths mirror
 * the app's, so links get real hrefs, and navigation can be asserted on
 * `router.state.location`, without pulling in the app's routes or data.
 */
export function renderWithRouter(ui: ReactNode, { path = '/' }: { path?: string } = {}) {
  const rootRoute = createRootRoute({ component: () => ui });
  const routeTree = rootRoute.addChildren(
    ['/', '/guides/$slug', '/questions/$id', '/practice/new', '/practice/$sessionId'].map((routePath) =>
      createRoute({ getParentRoute: () => rootRoute, path: routePath }),
    ),
  );
  const router = createRouter({
    routeTree,
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  return { ...render(<RouterProvider router={router} />), router };
}
