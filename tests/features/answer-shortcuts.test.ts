import { fireEvent, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { useAnswerShortcuts } from '@/features/practice/session/useAnswerShortcuts';

function renderShortcuts() {
  const handlers = { submit: vi.fn(), pause: vi.fn(), dictation: vi.fn() };
  const view = renderHook((props: typeof handlers) => useAnswerShortcuts(props), { initialProps: handlers });
  return { ...view, handlers };
}

/** Dispatches a keydown on the document; true when something prevented its default. */
function press(init: KeyboardEventInit, target: Element = document.body) {
  return !fireEvent.keyDown(target, init);
}

describe('useAnswerShortcuts', () => {
  it('submits with Ctrl+Enter or ⌘+Enter, taking the key from the browser', () => {
    const { handlers } = renderShortcuts();
    expect(press({ key: 'Enter', code: 'Enter', ctrlKey: true })).toBe(true);
    expect(press({ key: 'Enter', code: 'Enter', metaKey: true })).toBe(true);
    expect(handlers.submit).toHaveBeenCalledTimes(2);
    expect(press({ key: 'Enter', code: 'Enter' })).toBe(false);
    expect(handlers.submit).toHaveBeenCalledTimes(2);
  });

  it('pauses with Alt+P and toggles dictation with Alt+M, by physical key (Option+P types π on a Mac)', () => {
    const { handlers } = renderShortcuts();
    expect(press({ key: 'π', code: 'KeyP', altKey: true })).toBe(true);
    expect(press({ key: 'µ', code: 'KeyM', altKey: true })).toBe(true);
    expect(handlers.pause).toHaveBeenCalledOnce();
    expect(handlers.dictation).toHaveBeenCalledOnce();
    expect(handlers.submit).not.toHaveBeenCalled();
  });

  it('works from the answer box, where the keys start', () => {
    const { handlers } = renderShortcuts();
    const textarea = document.body.appendChild(document.createElement('textarea'));
    press({ key: 'Enter', code: 'Enter', ctrlKey: true }, textarea);
    expect(handlers.submit).toHaveBeenCalledOnce();
    textarea.remove();
  });

  it('leaves other keys, held keys and keys already handled alone', () => {
    const { handlers } = renderShortcuts();
    expect(press({ key: 'p', code: 'KeyP' })).toBe(false);
    expect(press({ key: 'P', code: 'KeyP', altKey: true, shiftKey: true })).toBe(false);
    expect(press({ key: 'π', code: 'KeyP', altKey: true, repeat: true })).toBe(false);

    const taken = (event: KeyboardEvent) => event.preventDefault();
    document.body.addEventListener('keydown', taken);
    press({ key: 'π', code: 'KeyP', altKey: true });
    document.body.removeEventListener('keydown', taken);

    expect(handlers.pause).not.toHaveBeenCalled();
  });

  it('calls the handlers of the latest render', () => {
    const { handlers, rerender } = renderShortcuts();
    const latest = { submit: vi.fn(), pause: vi.fn(), dictation: vi.fn() };
    rerender(latest);
    press({ key: 'Enter', code: 'Enter', ctrlKey: true });
    expect(handlers.submit).not.toHaveBeenCalled();
    expect(latest.submit).toHaveBeenCalledOnce();
  });

  it('stops listening when the screen goes away', () => {
    const { handlers, unmount } = renderShortcuts();
    unmount();
    expect(press({ key: 'Enter', code: 'Enter', ctrlKey: true })).toBe(false);
    expect(handlers.submit).not.toHaveBeenCalled();
  });
});
