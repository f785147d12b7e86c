import './styles.css';

import { RouterProvider } from '@tanstack/react-router';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { CrashBoundary } from './components/CrashBoundary';
import { createAppRouter, preloadWhenIdle } from './router';
import { startStore } from './stores/app-store';
import { startTheme } from './stores/theme';

// Before the first render, so the page never flashes the wrong palette.
startTheme();
// The store is a lazy chunk (stores/app-store.ts): it loads, connects and reads the user's data while
// the first page renders. Route loaders that need the data wait for it.
const store = startStore();

const router = createAppRouter();
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

// As a transition, so React renders the first page in short slices instead of one long task: a phone
// stays responsive to a tap while it renders (Lighthouse's Total Blocking Time counts such tasks).
startTransition(() => {
  createRoot(rootElement).render(
    <StrictMode>
      <CrashBoundary>
        <RouterProvider router={router} />
      </CrashBoundary>
    </StrictMode>,
  );
});

// After the first render, and as a separate chunk: offline support and the update prompt (src/lib/service-worker.ts).
void import('./lib/service-worker').then((module) => module.startServiceWorker());
