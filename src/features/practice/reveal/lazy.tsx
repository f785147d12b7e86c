/**
 * The review screen as a lazy chunk (reveal-chunk.ts): the answering screen paints without it, fetches it
 * while the user writes (`warmReveal`, in idle time) and has it ready long before Submit. Guarantees:
 * - Once loaded, `Reveal` renders the panel synchronously: Submit paints the review in the same
 *   frame, with no loading state in between (`npm run bench:interaction` times it).
 * - Before that (a submit within the first moments, or a reload on a question already answered, which
 *   the route's loader avoids by awaiting `loadReveal()`), a short "Loading" line stands in.
 * - A failed load (offline before the app was cached, or a new version deployed) says so and offers a
 *   reload, which lands on this review again (the browser keeps a failed module import, so trying the
 *   import again in the same page would fail again); the answer is already saved.
 */
import { Suspense, use } from 'react';

import { Button } from '@/components/ui/Button';
import { LazyBoundary } from '@/components/ui/LazyBoundary';
import { StatusMessage } from '@/components/ui/StatusMessage';
import type { Question } from '@/content/types';
import { whenIdle } from '@/lib/idle';

import type * as Chunk from './reveal-chunk';
import type { RevealPanelProps } from './RevealPanel';

type RevealChunk = typeof Chunk;

let loaded: RevealChunk | undefined;
let loading: Promise<RevealChunk> | undefined;

/**
 * Loads the review screen's code once. A failure is kept, not retried: the browser keeps a failed
 * module import for the page's lifetime, and `use()` needs the same promise on every render (a fresh
 * one each time would suspend forever); a reload tries again.
 */
export function loadReveal(): Promise<RevealChunk> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('./reveal-chunk').then((chunk) => (loaded = chunk));
  return loading;
}

/**
 * While a question is being answered: fetch the review's code, then render its markdown ahead of time,
 * each in idle time. Returns a cancel.
 */
export function warmReveal(question: Question): () => void {
  let cancelled = false;
  let cancel = whenIdle(() => {
    loadReveal().then(
      (chunk) => {
        if (!cancelled) cancel = chunk.prepareReveal(question);
      },
      () => {
        // Offline or redeployed: Submit will say so if it is still missing then.
      },
    );
  });
  return () => {
    cancelled = true;
    cancel();
  };
}

function Panel(props: RevealPanelProps) {
  const chunk = loaded ?? use(loadReveal());
  return <chunk.RevealPanel {...props} />;
}

function LoadFailed() {
  return (
    <StatusMessage
      headingLevel={2}
      title="The model answer could not load"
      actions={<Button onClick={() => window.location.reload()}>Reload</Button>}
    >
      <p>Your answer is saved, and reloading brings you back here. Check your connection first.</p>
    </StatusMessage>
  );
}

/** The review of an answered question: RevealPanel, from its lazy chunk. */
export function Reveal(props: RevealPanelProps) {
  return (
    <LazyBoundary fallback={<LoadFailed />}>
      <Suspense
        fallback={
          <p role="status" className="text-sm text-fg-muted">
            Loading the model answer…
          </p>
        }
      >
        <Panel {...props} />
      </Suspense>
    </LazyBoundary>
  );
}
