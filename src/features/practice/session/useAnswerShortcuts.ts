import { useEffect, useEffectEvent } from 'react';

import { matchesShortcut, type ShortcutId } from '@/lib/shortcuts';

export type AnswerShortcuts = Record<Extract<ShortcutId, 'submit' | 'pause' | 'dictation'>, () => void>;

/**
 * The answering screen's keys (Ctrl/⌘+Enter, Alt+P, Alt+M), listened for on
 * the whole document so they work from the answer box and from the buttons.
 * A held key fires once; a key another handler already took is left alone.
 */
export function useAnswerShortcuts(handlers: AnswerShortcuts) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat) return;
    const id = (Object.keys(handlers) as (keyof AnswerShortcuts)[]).find((key) => matchesShortcut(event, key));
    if (!id) return;
    event.preventDefault();
    handlers[id]();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
