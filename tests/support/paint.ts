import { act } from '@testing-library/react';

/**
 * Resolves once the next frame has painted and a task queued from its animation callback has run,
 * the way components defer work until after paint (RevealPanel's `afterPaint`). Work deferred that
 * way before this call has run by then: its frame callback and its task were queued first. For
 * checking that nothing more happens after paint, instead of sleeping for a while.
 */
export function afterNextPaint(): Promise<void> {
  return act(
    () =>
      new Promise<void>((resolve) => {
        if (typeof window.requestAnimationFrame !== 'function') window.setTimeout(resolve, 0);
        else window.requestAnimationFrame(() => window.setTimeout(resolve, 0));
      }),
  );
}
