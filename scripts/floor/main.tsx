/**
 * The floor for `npm run lighthouse`: the least a Vite + React 19 page can be (a
 * client-rendered heading and a paragraph, no router, no CSS), measured in the same run as
 * Rehearse's pages so their LCP can be compared with what the framework alone costs.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Floor() {
  return (
    <main>
      <h1>Practise interview questions out loud</h1>
      <p>
        A bare Vite and React 19 page with a heading and a paragraph, rendered on the client like Rehearse: the fastest
        first paint this stack allows on this machine, measured in the same run.
      </p>
    </main>
  );
}

// The Node project (tsconfig.node.json) checks scripts/ without the DOM types: reach the page's document
// through globalThis rather than pull the DOM types into every script.
type Container = Parameters<typeof createRoot>[0];
const page = (globalThis as unknown as { document: { getElementById(id: string): Container } }).document;

createRoot(page.getElementById('root')).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
