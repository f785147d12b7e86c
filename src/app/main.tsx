import '@/styles.css';

import { RouterProvider } from '@tanstack/react-router';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { nextTask, whenIdle } from '@/lib/idle';
import { startPageSnapshots } from '@/lib/page-snapshot';
import { startStore } from '@/stores/app-store';
import { startTheme } from '@/stores/theme';

import { CrashBoundary } from './CrashBoundary';
import { createAppRouter, preloadWhenIdle } from './router';

declare global {
  interface Window {
    /** Defined only by the build's prerender step, before the app's code runs. */
    __rehearsePrerender?: (router: ReturnType<typeof createAppRouter>) => void;
  }
}

// Before the first render, so the page never flashes the wrong palette.
startTheme();
// The store is a lazy chunk (stores/app-store.ts): it loads, connects and reads the user's data while
// the first page renders. Route loaders that need the data wait for it.
const store = startStore();

// The rest in a task of its own: evaluating the app's modules is one long task already, and creating the
// router and the root and starting the first load made it about twice as long. Lighthouse's Total Blocking
// Time counts what each task runs over 50 ms (at 4x CPU on its phone), so two halves block for much less
// than the whole (one guide: TBT 109 -> 76 ms on home, 116 -> 73 ms on the answering screen, both then
// Performance 100; docs/quality.md, Lighthouse).
nextTask(startApp);

function startApp() {
  const router = createAppRouter();
  // The build's prerender step (scripts/prerender.ts) renders pages in Chromium through this router.
  window.__rehearsePrerender?.(router);
  // Once the history is in and the app is idle, get History and Progress ready to open (when the
  // history is long enough for that to matter).
  void store
    .then(async (practice) => {
      await practice.getState().init();
      return Object.keys(practice.getState().attempts).length;
    })
    .then(
      (attemptCount) => preloadWhenIdle(router, attemptCount),
      () => {
        // The store's chunk could not load: the screens that need it say so when they open.
      },
    );

  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html is missing #root');

  // The first render waits until the router has loaded the first page's code and data, and is a
  // transition: React then renders the whole page in short slices instead of long tasks, so a phone stays
  // responsive to a tap meanwhile (Lighthouse's Total Blocking Time counts such tasks). Rendered before
  // the page had loaded, the shell would show sooner, but the page would arrive as a router update,
  // which React renders synchronously in one long task. A page that takes longer than FIRST_RENDER_WAIT_MS
  // (a deep link waiting for a large history, say) gets the shell and its loading state after that; when
  // the page is already on screen from the HTML (prerendered, or kept from the last visit), a loading
  // state would only replace it, so that wait is longer.
  const pageShown =
    rootElement.querySelector('[data-prerendered]') !== null &&
    !document.documentElement.hasAttribute('data-prerender-stale');
  const FIRST_RENDER_WAIT_MS = pageShown ? 5000 : 1000;
  const root = createRoot(rootElement);
  // The page the user leaves is kept, so coming back to it (a reload, a session reopened) shows it
  // before this code has run (src/lib/page-snapshot.ts). The build's boot script knows the build by its
  // entry chunk, which is this module.
  startPageSnapshots({
    root: rootElement,
    build: new URL(import.meta.url).pathname,
    canKeep: () =>
      router.state.status === 'idle' &&
      router.state.matches.length > 0 &&
      router.state.matches.every((match) => match.status === 'success'),
  });
  let rendered = false;
  function renderApp() {
    if (rendered) return;
    rendered = true;
    startTransition(() => {
      root.render(
        <StrictMode>
          <CrashBoundary>
            <RouterProvider router={router} />
          </CrashBoundary>
        </StrictMode>,
      );
    });
  }
  setTimeout(renderApp, FIRST_RENDER_WAIT_MS);
  // Whatever the outcome: a failed load renders as the route's error screen.
  router.load().then(renderApp, renderApp);

  // Offline support and the update prompt (src/lib/service-worker.ts), a separate chunk fetched once the
  // first page has rendered and the browser is idle: on a slow connection it would otherwise take one of
  // the requests the first page waits for.
  const startOffline = () =>
    whenIdle(() => void import('@/lib/service-worker').then((module) => module.startServiceWorker()), 5000);
  router.load().then(startOffline, startOffline);
}
