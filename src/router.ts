import { createRouter, type RouterHistory } from '@tanstack/react-router';

import { RouteError } from './components/RouteError';
import { routeTree } from './routeTree.gen';

/** A factory rather than a singleton so tests can drive the real route tree from memory history. */
export function createAppRouter(options: { history?: RouterHistory } = {}) {
  return createRouter({
    routeTree,
    history: options.history,
    // Hovering or focusing a link starts loading the guide, so opening it feels instant.
    defaultPreload: 'intent',
    scrollRestoration: true,
    // Every route, not only the root, keeps the shell and offers a way on when it fails to load.
    defaultErrorComponent: RouteError,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
