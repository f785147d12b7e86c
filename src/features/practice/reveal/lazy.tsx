/**
 * The review screen as a lazy chunk (reveal-chunk.ts): the answering screen paints without it, fetches it
 * once the user starts writing (`warmReveal`, in idle time) and has it ready long before Submit. Guarantees:
 * - Once loaded, `Reveal` renders the panel synchronously: Submit paints the review in the same
 *   frame, with no loading state in between (`npm run bench:interaction` times it).
 * - Before that (a submit within the first moments, or a reload on a question already answered, which
 *   the route's loader avoids by awaiting `loadReveal()`), a short "Loading" line stands in.
 * - A failed load (a dropped connection before the app was cached, or a new version deployed) says so
 *   and offers to try again in place, or to reload, which lands on this review again with the new
 *   version's code; the answer is already saved.
 */
import { Suspense, use, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { LazyBoundary } from '@/components/ui/LazyBoundary';
import { StatusMessage } from '@/components/ui/StatusMessage';
import type { Question } from '@/content/types';
import { whenEngaged, whenIdle } from '@/lib/idle';

import type * as Chunk from './reveal-chunk';
import type { RevealPanelProps } from './RevealPanel';

type RevealChunk = typeof Chunk;

let loaded: RevealChunk | undefined;
let loading: Promise<RevealChunk> | undefined;

/**
 * Loads the review screen's code once. A failed load is kept until `forgetFailedLoad()`: `use()` needs
 * the same promise on every render (a fresh one each time would suspend forever).
 */
export function loadReveal(): Promise<RevealChunk> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('./reveal-chunk').then((chunk) => (loaded = chunk));
  return loading;
}

/** After a failed load: the next `loadReveal()` fetches again. */
function forgetFailedLoad() {
  if (!loaded) loading = undefined;
}

/**
 * How long the first question of a page load waits before fetching the review's code, unless the user
 * starts answering sooner. The page's own code, the guide and the store come first: fetched at once, the
 * review's ~30 KiB competed with them for a slow phone's bandwidth and its evaluation with the first
 * paint's main thread (Lighthouse's answering screen went from 97 to 94-96).
 */
export const WARM_DELAY_MS = 4000;

/**
 * While a question is being answered: fetch the review's code, then render its markdown ahead of time,
 * each in idle time. On the first question of a page load the fetch waits until the user starts
 * answering, or `WARM_DELAY_MS` (see there); later questions find the code loaded. Returns a cancel.
 */
export function warmReveal(question: Question): () => void {
  let cancelled = false;
  let cancel = () => {};
  const warm = () => {
    cancel = whenIdle(() => {
      loadReveal().then(
        (chunk) => {
          if (!cancelled) cancel = chunk.prepareReveal(question);
        },
        () => {
          // Offline or redeployed: Submit will say so if it is still missing then.
        },
      );
    });
  };
  if (loaded) warm();
  else cancel = whenEngaged(warm, WARM_DELAY_MS);
  return () => {
    cancelled = true;
    cancel();
  };
}

/**
 * The panel at once when its code is in; otherwise `PanelOnceLoaded` suspends until it is. Two
 * components, not `loaded ?? use(…)`: a hook called on one render and not the next is what React warns
 * about ("called use() to suspend in a previous render but did not call use() when it finished").
 */
function Panel(props: RevealPanelProps) {
  return loaded ? <loaded.RevealPanel {...props} /> : <PanelOnceLoaded {...props} />;
}

function PanelOnceLoaded(props: RevealPanelProps) {
  const chunk = use(loadReveal());
  return <chunk.RevealPanel {...props} />;
}

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <StatusMessage
      headingLevel={2}
      title="The model answer could not load"
      actions={
        <>
          <Button onClick={onRetry}>Try again</Button>
          <Button variant="secondary" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </>
      }
    >
      <p>
        Your answer is saved. Check your connection and try again; if a new version of Rehearse has just come out,
        reloading brings you back here with it.
      </p>
    </StatusMessage>
  );
}

/** The review of an answered question: RevealPanel, from its lazy chunk. */
export function Reveal(props: RevealPanelProps) {
  const [tries, setTries] = useState(0);
  const retry = () => {
    forgetFailedLoad();
    setTries((n) => n + 1);
  };
  return (
    <LazyBoundary key={tries} fallback={<LoadFailed onRetry={retry} />}>
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
