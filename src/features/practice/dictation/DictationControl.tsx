import { useId } from 'react';

import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { KeyCombo } from '@/components/ui/Kbd';
import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';

import type { Dictation } from './useDictation';

interface DictationControlProps {
  dictation: Dictation;
  /** Voice was chosen as the way to answer: the microphone is the main control, not an extra. */
  prominent?: boolean;
  /** Why dictation cannot run right now (the clock is paused); null when it can. */
  blockedBy?: string | null;
}

function privacyNote(dictation: Dictation): string {
  return dictation.privacy === 'on-device'
    ? 'Speech is recognised on this device; the audio does not leave it.'
    : 'Your browser may send the audio to its speech service (for Chrome, Google’s) to turn it into text.';
}

/**
 * The microphone button with a line saying what it will do, or why it can't:
 * it stays on screen when dictation is unavailable so the reason is findable,
 * and typing never depends on it.
 */
export function DictationControl({ dictation, prominent = false, blockedBy = null }: DictationControlProps) {
  const descriptionId = useId();
  const unavailable = dictation.status === 'unsupported';
  const listening = dictation.status === 'listening';
  const reason = unavailable ? dictation.problem : blockedBy;
  const status = reason ?? dictation.problem ?? (listening ? 'Listening…' : null);

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
      <Button
        variant={listening ? 'primary' : prominent && !unavailable ? 'primary' : 'secondary'}
        // aria-disabled rather than disabled: the button stays focusable so its explanation can be reached.
        aria-disabled={reason ? true : undefined}
        aria-describedby={descriptionId}
        aria-keyshortcuts="Alt+M"
        title={reason ?? undefined}
        onClick={() => {
          if (!reason) dictation.toggle();
        }}
        className={cn('self-start', reason && 'cursor-not-allowed opacity-60 hover:bg-surface')}
      >
        {listening ? (
          <span className={cn('size-2.5 animate-pulse rounded-full', toneStyles.danger.fill)} aria-hidden="true" />
        ) : null}
        <Icon name={unavailable ? 'micOff' : 'mic'} />
        {listening ? 'Stop dictation' : 'Dictate'}
      </Button>
      <span aria-hidden="true" className="hidden sm:inline-flex">
        <KeyCombo keys={['Alt', 'M']} />
      </span>
      <p id={descriptionId} className="min-w-0 text-sm text-fg-muted">
        {status ? (
          <span
            role={dictation.problem && !unavailable ? 'alert' : undefined}
            className={cn(
              'block',
              dictation.problem && !unavailable && cn('font-medium', toneStyles.danger.text),
              listening && !dictation.problem && 'font-medium text-fg',
            )}
          >
            {status}
          </span>
        ) : null}
        {unavailable ? null : <span className="block">{privacyNote(dictation)}</span>}
      </p>
    </div>
  );
}

/** Words heard but not final yet, shown apart from the answer so nothing half-heard is saved. */
export function DictationPreview({ text, className }: { text: string; className?: string }) {
  if (!text) return null;
  return (
    <p className={cn('text-sm text-fg-muted italic', className)}>
      <span className="sr-only">Still hearing: </span>
      {text}…
    </p>
  );
}
