import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { nextTask, whenEngaged } from '@/lib/idle';

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

describe('nextTask', () => {
  it('runs the callback once, in a later task: after the current one and its promise jobs', async () => {
    const order: string[] = [];
    nextTask(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('promise job'));
    order.push('current task');
    expect(order).toEqual(['current task']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['current task', 'promise job', 'next task']);
  });
});
