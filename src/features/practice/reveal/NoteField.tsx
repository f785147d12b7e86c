import { useEffect, useEffectEvent, useImperativeHandle, useRef, useState, type Ref } from 'react';

import { Card } from '@/components/ui/Card';

/** Typing pauses this long before a note is saved, so Undo takes back a phrase rather than a keystroke. */
const SAVE_DELAY_MS = 600;

export interface NoteFieldHandle {
  /** Saves what has been typed but not yet saved. */
  flush: () => void;
}

interface NoteFieldProps {
  id: string;
  /** The note as stored. */
  value: string;
  /** May be called with the stored text unchanged; the caller decides whether that is a change. */
  onSave: (text: string) => void;
  ref?: Ref<NoteFieldHandle>;
}

/**
 * The draft lives here, not in the panel, so a keystroke re-renders one
 * textarea instead of every model-answer section. It is saved after a pause,
 * on blur, on `flush()`, when the field goes away and when the page is hidden
 * or unloaded (reload, tab closed); a change to the stored
 * note from outside (Undo) replaces what is shown.
 */
export function NoteField({ id, value, onSave, ref }: NoteFieldProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const pending = useRef<{ text: string; timer: ReturnType<typeof setTimeout> } | null>(null);

  function flush() {
    const current = pending.current;
    if (!current) return;
    clearTimeout(current.timer);
    pending.current = null;
    onSave(current.text);
  }

  function change(text: string) {
    setDraft(text);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { text, timer: setTimeout(flush, SAVE_DELAY_MS) };
  }

  const flushOnLeave = useEffectEvent(flush);
  useEffect(() => () => flushOnLeave(), []);
  // A reload or a closed tab unmounts nothing: save when the page is hidden or goes away.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flushOnLeave();
    };
    const onPageHide = () => flushOnLeave();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);
  useImperativeHandle(ref, () => ({ flush }));

  return (
    <Card padding="md" className="space-y-2">
      <label htmlFor={id} className="block text-lg font-semibold tracking-tight">
        Note to self
      </label>
      <p id={`${id}-help`} className="text-sm text-fg-muted">
        What would you say differently next time? Saved as you type.
      </p>
      <textarea
        id={id}
        value={draft}
        onChange={(event) => change(event.target.value)}
        onBlur={flush}
        aria-describedby={`${id}-help`}
        rows={3}
        className="block w-full resize-y scroll-mb-28 rounded-xl border border-border bg-bg px-3 py-2.5 text-base text-fg placeholder:text-fg-muted focus-visible:border-accent"
        placeholder="e.g. Lead with the number: onboarding went from 3 weeks to 5 days."
      />
    </Card>
  );
}
