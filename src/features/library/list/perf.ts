/**
 * User Timing marks around the library's work, for `npm run bench:library`
 * (and the Performance panel): `library:render` from the library's first
 * render to the frame that shows its grid, `library:filter` from a filter,
 * sort or page change to the frame that shows the result. The measures are
 * cheap (a few entries per change) and harmless without a reader.
 */
import { useLayoutEffect, useRef, useState } from 'react';

const hasTiming = () => typeof performance !== 'undefined' && typeof performance.mark === 'function';

/** Marks the start of a change the next `usePaintMeasure` commit will end. */
export function markLibraryChange() {
  if (hasTiming()) performance.mark('library:filter-start');
}

/** After the next frame is produced (its paint included), or at once where there is no frame. */
function afterPaint(done: () => void) {
  const run = () => {
    try {
      done();
    } catch {
      // A start mark cleared by someone else: no figure this time.
    }
  };
  if (typeof requestAnimationFrame !== 'function') return run();
  requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * Measures this component's first render to its first paint as
 * `library:render`, and each later change of `key` (from the last
 * `markLibraryChange`) to its paint as `library:filter`.
 */
export function useLibraryTiming(key: string) {
  // The first render's start, marked once (a state initialiser runs on the first render only).
  useState(() => {
    if (hasTiming()) performance.mark('library:render-start');
    return null;
  });
  const shownKey = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!hasTiming()) return;
    if (shownKey.current === null) {
      shownKey.current = key;
      afterPaint(() => {
        performance.mark('library:rendered');
        performance.measure('library:render', 'library:render-start', 'library:rendered');
      });
      return;
    }
    if (shownKey.current === key) return;
    shownKey.current = key;
    if (performance.getEntriesByName('library:filter-start', 'mark').length === 0) return;
    afterPaint(() => {
      performance.mark('library:filtered');
      performance.measure('library:filter', 'library:filter-start', 'library:filtered');
      performance.clearMarks('library:filter-start');
    });
  }, [key]);
}
