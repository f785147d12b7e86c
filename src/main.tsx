import './styles.css';

import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { CrashBoundary } from './components/CrashScreen';
import { createAppRouter, preloadWhenIdle } from './router';
import { syncTheme, usePracticeStore } from './stores';
import { requestDurabilityAfterFirstAnswer } from './stores/persistence/durability';
import { connectTabSync } from './stores/sync';

// Before the first render, so the page never flashes the wrong palette.
syncTheme(usePracticeStore);
// Before init(), so other tabs' changes that arrive while this one loads are kept (sync.ts).
connectTabSync(usePracticeStore);
// Loading never rejects: failures end in status 'memory-only' or a storageError.
// The mark lets `npm run bench:history` time start-up to a usable app with the user's data loaded.
void usePracticeStore
  .getState()
  .init()
  .then(() => performance.mark('rehearse:store-ready'));
// Once the user has saved an answer there is something to lose: ask the browser not to clear it.
requestDurabilityAfterFirstAnswer(usePracticeStore);

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
