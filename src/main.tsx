import './styles.css';

import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { CrashBoundary } from './components/CrashBoundary';
import { createAppRouter, preloadWhenIdle } from './router';
import { syncTheme, usePracticeStore } from './stores';
import { bufferTabSync } from './stores/sync-buffer';

// Before the first render, so the page never flashes the wrong palette.
syncTheme(usePracticeStore);
// Before init(), so other tabs' changes that arrive while this one loads are kept (sync.ts). The sync
// code is a lazy chunk; until it arrives, sync-buffer.ts listens and keeps everything for it.
const tabSync = bufferTabSync(usePracticeStore);
void import('./stores/sync').then(
  ({ connectTabSync }) => connectTabSync(usePracticeStore, tabSync.options),
  () => tabSync.stop(),
);
// Loading never rejects: failures end in status 'memory-only' or a storageError.
// The mark lets `npm run bench:history` time start-up to a usable app with the user's data loaded.
void usePracticeStore
  .getState()
  .init()
  .then(() => performance.mark('rehearse:store-ready'));
// Once the user has saved an answer there is something to lose: ask the browser not to clear it.
// A lazy chunk (shared with the storage banner): it arrives moments after start-up, long before an
// answer can be typed and saved, and it only counts answers added after it has seen the loaded ones.
void import('./stores/persistence/durability').then(
  ({ requestDurabilityAfterFirstAnswer }) => requestDurabilityAfterFirstAnswer(usePracticeStore),
  () => {
    // Offline or redeployed: the browser is simply not asked this visit.
  },
);

const router = createAppRouter();
// Once the history is in and the app is idle, get History and Progress ready to open.
void usePracticeStore
  .getState()
  .init()
  .then(() => preloadWhenIdle(router));

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html is missing #root');

createRoot(rootElement).render(
  <StrictMode>
    <CrashBoundary>
      <RouterProvider router={router} />
    </CrashBoundary>
  </StrictMode>,
);

// After the first render, and as a separate chunk: offline support and the update prompt (src/lib/service-worker.ts).
void import('./lib/service-worker').then((module) => module.startServiceWorker());
