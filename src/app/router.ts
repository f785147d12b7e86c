import { createRouter, type RouterHistory } from '@tanstack/react-router';

import { whenIdle } from '@/lib/idle';
import { routeTree } from '@/routeTree.gen';

import { RouteError } from './RouteError';

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
    // What no route catches (the shell itself) goes on to the app's CrashBoundary (main.tsx), whose
    // screen still lets the user download their data, instead of the router's bare fallback.
    disableGlobalCatchBoundary: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

/** Pages whose sums over the whole history are worth doing before they are opened. */
const WARM_PAGES = ['/history', '/progress'] as const;

/**
 * From how many attempts History and Progress are warmed up in advance. Below
 * it their sums take a few milliseconds on a phone, and the pages' code is
 * fetched when a link to them is touched or hovered (`defaultPreload:
 * 'intent'`); warming them anyway would only add work while the first page
 * loads. (bench:history measures the warm path with 10,000 attempts.)
 */
export const WARM_FROM_ATTEMPTS = 500;

/**
 * Once the app is idle, loads the history and progress pages' code and runs
 * their loaders (which compute and keep their aggregates), so opening them
 * later only renders. Skipped while a practice session is on screen (the
 * work would compete with typing) and for a short history (see
 * WARM_FROM_ATTEMPTS).
 */
export function preloadWhenIdle(router: ReturnType<typeof createAppRouter>, attemptCount: number): void {
  if (attemptCount < WARM_FROM_ATTEMPTS) return;
  whenIdle(() => {
    if (router.state.location.pathname.startsWith('/practice/')) return;
    for (const to of WARM_PAGES) void router.preloadRoute({ to }).catch(() => {});
  }, 3000);
}
