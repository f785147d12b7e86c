import { Suspense } from 'react';

import { LazyBoundary } from './LazyBoundary';
import { loadMarkdownParser, Markdown, type HeadingLevel } from './Markdown';

/** Starts fetching the run-time markdown parser, for a control about to show text it must parse. */
export function preloadMarkdownParser(): void {
  loadMarkdownParser().catch(() => {
    // Showing the text tries again, and says so if it cannot.
  });
}

/**
 * Guide markdown that was not compiled at build time (a model answer as
 * written, which repeats the compiled sections' text): parsed when shown, by
 * the run-time parser's lazy chunk, with a loading line meanwhile and a plain
 * message if the chunk cannot load.
 */
export function DeferredMarkdown({ children, headingLevel }: { children: string; headingLevel?: HeadingLevel }) {
  return (
    <LazyBoundary
      fallback={
        <p className="text-sm text-fg-muted">This text could not load. Check your connection, then reload the page.</p>
      }
    >
      <Suspense
        fallback={
          <p role="status" className="text-sm text-fg-muted">
            Loading…
          </p>
        }
      >
        <Markdown headingLevel={headingLevel}>{children}</Markdown>
      </Suspense>
    </LazyBoundary>
  );
}
