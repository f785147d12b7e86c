import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

import { clockState, type ClockState } from '@/domain/timer';

/**
 * How often the clock looks at the time: often enough that the seconds never
 * visibly lag. The screen re-renders only when the second it shows changes
 * (`shownSecond`), so a tick that changes nothing costs nothing.
 */
const TICK_MS = 250;

interface Run {
  stage: 'thinking' | 'answering';
  /** When think time ends (thinking only). */
  thinkUntil: number;
  /** When the answer clock started; null while thinking. */
  startedAt: number | null;
  /** Answering time counted before `since`. */
  bankedMs: number;
  /** Start of the stretch being timed now; null while paused or thinking. */
  since: number | null;
}

export interface AnswerClockOptions {
  limitSec: number;
  thinkSec: number;
  /** From the saved draft: a reload carries on where it left off. */
  restored: { startedAt: number | null; elapsedMs: number };
  /** Whether the session was paused when the screen opened. */
  initiallyPaused: boolean;
  /** The answer clock started (think time over or skipped): persist it. */
  onStart: (startedAt: number) => void;
}

export interface AnswerClock {
  stage: 'thinking' | 'answering';
  paused: boolean;
  thinkLeftSec: number;
  elapsedMs: number;
  state: ClockState;
  /** Ends think time now. */
  startNow: () => void;
  pause: () => void;
  resume: () => void;
  /** Answering time up to this instant, for saving and submitting. */
  elapsedNow: () => number;
}

function elapsedAt(run: Run, now: number): number {
  return run.bankedMs + (run.since === null ? 0 : Math.max(0, now - run.since));
}

/** The whole second the clock shows at `now`: think time left, or answering time so far. */
function shownSecond(run: Run, now: number): number {
  return run.stage === 'thinking' ? Math.ceil((run.thinkUntil - now) / 1000) : Math.floor(elapsedAt(run, now) / 1000);
}

/**
 * Think time, then the answer clock. Time is counted only while this screen
 * is open and not paused: a reload or a return from the library carries on
 * from the time saved with the draft, without charging the minutes away.
 */
export function useAnswerClock({
  limitSec,
  thinkSec,
  restored,
  initiallyPaused,
  onStart,
}: AnswerClockOptions): AnswerClock {
  const [now, setNow] = useState(() => Date.now());
  const [run, setRun] = useState<Run>(() => {
    const at = Date.now();
    const answering = restored.startedAt !== null || thinkSec <= 0;
    return {
      stage: answering ? 'answering' : 'thinking',
      thinkUntil: at + thinkSec * 1000,
      startedAt: restored.startedAt ?? (answering ? at : null),
      bankedMs: Math.max(0, restored.elapsedMs),
      since: answering && !initiallyPaused ? at : null,
    };
  });

  const begin = useCallback((at: number) => {
    setNow(at);
    setRun((r) => (r.stage === 'answering' ? r : { ...r, stage: 'answering', startedAt: at, bankedMs: 0, since: at }));
  }, []);

  // Persisting happens here rather than in begin() so it also covers a clock that started on mount.
  const persisted = useRef(restored.startedAt);
  useEffect(() => {
    if (run.startedAt !== null && persisted.current !== run.startedAt) {
      persisted.current = run.startedAt;
      onStart(run.startedAt);
    }
  }, [run.startedAt, onStart]);

  const ticking = run.stage === 'thinking' || run.since !== null;
  // The time last shown, for the ticks to compare against without re-rendering.
  const shownAt = useRef(now);
  useLayoutEffect(() => {
    shownAt.current = now;
  });
  useEffect(() => {
    if (!ticking) return;
    const id = window.setInterval(() => {
      const at = Date.now();
      if (run.stage === 'thinking' && at >= run.thinkUntil) {
        begin(run.thinkUntil);
        return;
      }
      // Four ticks a second, one render a second: the answer panel is not redrawn while the face is the same.
      if (shownSecond(run, at) !== shownSecond(run, shownAt.current)) setNow(at);
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [ticking, run, begin]);

  const pause = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setRun((r) => (r.since === null ? r : { ...r, bankedMs: elapsedAt(r, at), since: null }));
  }, []);

  const resume = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setRun((r) => (r.stage !== 'answering' || r.since !== null ? r : { ...r, since: at }));
  }, []);

  const startNow = useCallback(() => begin(Date.now()), [begin]);

  // Listeners registered once (visibilitychange, pagehide) need the clock as it is when they fire.
  const runRef = useRef(run);
  useLayoutEffect(() => {
    runRef.current = run;
  });
  const elapsedNow = useCallback(() => elapsedAt(runRef.current, Date.now()), []);

  const elapsedMs = elapsedAt(run, now);
  return {
    stage: run.stage,
    paused: run.stage === 'answering' && run.since === null,
    thinkLeftSec: Math.max(0, Math.ceil((run.thinkUntil - now) / 1000)),
    elapsedMs,
    state: clockState(limitSec, elapsedMs),
    startNow,
    pause,
    resume,
    elapsedNow,
  };
}
