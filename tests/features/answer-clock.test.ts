import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { useAnswerClock } from '@/features/practice/session/useAnswerClock';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2025, 4, 1, 9, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

function renderClock(thinkSec = 0) {
  let renders = 0;
  const view = renderHook(() => {
    renders++;
    return useAnswerClock({
      limitSec: 60,
      thinkSec,
      restored: { startedAt: null, elapsedMs: 0 },
      initiallyPaused: false,
      onStart: () => {},
    });
  });
  return { ...view, renders: () => renders };
}

const pass = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('the answer clock', () => {
  it('shows each new second within a quarter of a second, and redraws only when it changes', () => {
    const clock = renderClock();
    const start = clock.renders();

    pass(999);
    expect(Math.floor(clock.result.current.elapsedMs / 1000)).toBe(0);
    pass(250);
    expect(Math.floor(clock.result.current.elapsedMs / 1000)).toBe(1);

    // Tick by tick, each in its own act() (one act batches every update in it into one render).
    pass(1);
    for (let i = 0; i < 35; i++) pass(250);
    expect(Math.floor(clock.result.current.elapsedMs / 1000)).toBe(10);
    // 40 ticks in ten seconds, one render per second shown (not one per tick).
    expect(clock.renders() - start).toBeLessThanOrEqual(11);
    // The exact time is always there for saving and submitting.
    expect(clock.result.current.elapsedNow()).toBe(10_000);
  });

  it('counts think time down by the second, then starts the answer clock', () => {
    const clock = renderClock(3);
    expect(clock.result.current.stage).toBe('thinking');
    expect(clock.result.current.thinkLeftSec).toBe(3);
    pass(1000);
    expect(clock.result.current.thinkLeftSec).toBe(2);
    pass(2250);
    expect(clock.result.current.stage).toBe('answering');
  });
});
