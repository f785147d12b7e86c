import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { whenEngaged } from '@/lib/idle';

describe('whenEngaged', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the delay when the user does nothing', () => {
    const callback = vi.fn();
    whenEngaged(callback, 4000);
    vi.advanceTimersByTime(3999);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it.each(['keydown', 'pointerdown', 'input'])('runs at once on the first %s, and only once', (type) => {
    const callback = vi.fn();
    whenEngaged(callback, 4000);
    window.dispatchEvent(new Event(type));
    expect(callback).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event(type));
    vi.advanceTimersByTime(5000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    const callback = vi.fn();
    const cancel = whenEngaged(callback, 4000);
    cancel();
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(5000);
    expect(callback).not.toHaveBeenCalled();
  });
});
