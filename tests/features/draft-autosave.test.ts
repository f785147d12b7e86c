import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { SAVE_DELAY_MS, useDraftAutosave } from '@/features/practice/session/useDraftAutosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
});

function renderAutosave(restored = false) {
  const write = vi.fn<(value: string) => void>();
  const view = renderHook(({ value }) => useDraftAutosave({ value, write, restored }), {
    initialProps: { value: '' },
  });
  /** A keystroke: the new text renders, then a save is scheduled (as the answer box does). */
  const type = (value: string) => {
    view.rerender({ value });
    act(() => view.result.current.schedule());
  };
  const pass = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });
  return { ...view, write, type, pass };
}

describe('useDraftAutosave', () => {
  it('saves once typing pauses for the delay, not before', () => {
    const { result, write, type, pass } = renderAutosave();
    expect(result.current.status).toBe('clean');

    type('H');
    expect(result.current.status).toBe('pending');
    pass(SAVE_DELAY_MS - 1);
    expect(write).not.toHaveBeenCalled();

    pass(1);
    expect(write).toHaveBeenCalledExactlyOnceWith('H');
    expect(result.current.status).toBe('saved');
  });

  it('makes one save of a burst of typing, with the latest text', () => {
    const { write, type, pass } = renderAutosave();
    type('H');
    pass(SAVE_DELAY_MS - 50);
    type('Hi');
    pass(SAVE_DELAY_MS - 50);
    type('Hi!');
    expect(write).not.toHaveBeenCalled();

    pass(SAVE_DELAY_MS);
    expect(write).toHaveBeenCalledExactlyOnceWith('Hi!');
  });

  it('saves at once when the page is hidden or unloaded', () => {
    const { write, type } = renderAutosave();
    type('Half an answer');
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(write).toHaveBeenLastCalledWith('Half an answer');

    type('Half an answer, more');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(write).toHaveBeenCalledTimes(2);
    expect(write).toHaveBeenLastCalledWith('Half an answer, more');
  });

  it('does not save when the page becomes visible again', () => {
    const { write, type } = renderAutosave();
    type('Draft');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(write).not.toHaveBeenCalled();
  });

  it('saves when the screen is left, and the pending save does not run twice', () => {
    const { write, type, pass, unmount } = renderAutosave();
    type('Leaving now');
    unmount();
    expect(write).toHaveBeenCalledExactlyOnceWith('Leaving now');
    pass(SAVE_DELAY_MS);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('saves at once on flush and cancels the scheduled save', () => {
    const { result, write, type, pass } = renderAutosave();
    type('Before the pause');
    act(() => result.current.flush());
    expect(write).toHaveBeenCalledExactlyOnceWith('Before the pause');
    expect(result.current.status).toBe('saved');
    pass(SAVE_DELAY_MS);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('never saves again once finished, so a submitted answer leaves no draft behind', () => {
    const { result, write, type, pass, unmount } = renderAutosave();
    type('Submitted');
    act(() => result.current.finish());
    pass(SAVE_DELAY_MS);
    act(() => void window.dispatchEvent(new Event('pagehide')));
    act(() => result.current.flush());
    unmount();
    expect(write).not.toHaveBeenCalled();
  });

  it('shows a restored draft as saved, and an untouched one as clean even after a save', () => {
    expect(renderAutosave(true).result.current.status).toBe('saved');
    const { result } = renderAutosave(false);
    act(() => result.current.flush());
    expect(result.current.status).toBe('clean');
  });

  it('calls the latest write function', () => {
    const first = vi.fn<(value: string) => void>();
    const second = vi.fn<(value: string) => void>();
    const { result, rerender } = renderHook(({ write }) => useDraftAutosave({ value: 'x', write, restored: false }), {
      initialProps: { write: first },
    });
    rerender({ write: second });
    act(() => result.current.flush());
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('x');
  });
});
