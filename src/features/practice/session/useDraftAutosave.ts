import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Typing pauses shorter than this are one save: well under the time it takes to switch tabs or close one. */
export const SAVE_DELAY_MS = 250;

/** What the "Draft saved" line shows: nothing typed yet, a save waiting, or saved. */
export type DraftStatus = 'clean' | 'pending' | 'saved';

interface DraftAutosaveOptions<T> {
  /** The draft as rendered; the latest one is what gets saved. */
  value: T;
  /** Writes the draft to the store. The latest function is called, so it need not be stable. */
  write: (value: T) => void;
  /** A draft restored from the store starts as saved. */
  restored: boolean;
  delayMs?: number;
}

export interface DraftAutosave {
  status: DraftStatus;
  /** After a change: saves once typing pauses for `delayMs`. */
  schedule: () => void;
  /** Saves now (before pausing the clock, say), cancelling a scheduled save. */
  flush: () => void;
  /** The answer is submitted or skipped: nothing may save the draft again. */
  finish: () => void;
}

/**
 * Saves a draft while it changes (debounced) and at once whenever the page
 * may go away: hidden, unloaded, or this screen left for another.
 */
export function useDraftAutosave<T>({
  value,
  write,
  restored,
  delayMs = SAVE_DELAY_MS,
}: DraftAutosaveOptions<T>): DraftAutosave {
  const [status, setStatus] = useState<DraftStatus>(restored ? 'saved' : 'clean');
  const latest = useRef({ value, write });
  useLayoutEffect(() => {
    latest.current = { value, write };
  });
  const timer = useRef<number | null>(null);
  // Set once the answer is submitted or skipped: the store has dropped the draft, and nothing may recreate it.
  const finished = useRef(false);

  const cancel = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const flush = useCallback(() => {
    cancel();
    if (finished.current) return;
    latest.current.write(latest.current.value);
    setStatus((s) => (s === 'clean' ? s : 'saved'));
  }, [cancel]);

  const schedule = useCallback(() => {
    cancel();
    timer.current = window.setTimeout(flush, delayMs);
    setStatus('pending');
  }, [cancel, flush, delayMs]);

  const finish = useCallback(() => {
    finished.current = true;
    cancel();
  }, [cancel]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      // Leaving the screen (Leave, the back button) keeps the text and the time spent so far.
      flush();
    };
  }, [flush]);

  return { status, schedule, flush, finish };
}
