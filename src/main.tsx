import './styles.css';

import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createAppRouter } from './router';
import { syncTheme, usePracticeStore } from './stores';

// Before the first render, so the page never flashes the wrong palette.
syncTheme(usePracticeStore);
// Loading never rejects: failures end in status 'memory-only' or a storageError.
// The mark lets `npm run bench:history` time start-up to a usable app with the user's data loaded.
void usePracticeStore
  .getState()
  .init()
  .then(() => performance.mark('rehearse:store-ready'));

const router = createAppRouter();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html is missing #root');

createRoot(rootElement).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
