/**
 * The interviewer's settings on the setup page: voice, speaking rate, a
 * sample to hear them, and the 30-seconds-left cue. They are the user's
 * (remembered for every session, saved as they change), not the session's.
 * Loaded lazily with the Interviewer choice, so the speech code stays out of
 * the setup page's first request.
 */
import { useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { Field, fieldControlClass } from '@/components/ui/Field';
import { speak, type Speech, speechSynthesisSupported, UNSUPPORTED_MESSAGE } from '@/features/practice/interviewer';
import { useVoices } from '@/features/practice/interviewer/useVoices';
import { recordingSettings, usePracticeStore } from '@/stores';

import { ChoiceGroup } from './ChoiceGroup';
import { RATE_CHOICES } from './options';
import { Glyph } from './parts';

export const SAMPLE_QUESTION = 'Tell me about a time you disagreed with a colleague. What did you do?';

export default function InterviewerFields({ timeLimitSec }: { timeLimitSec: number }) {
  if (!speechSynthesisSupported()) {
    return (
      <p role="status" className="flex items-start gap-2 text-sm">
        <Glyph kind="info" />
        {UNSUPPORTED_MESSAGE}
      </p>
    );
  }
  return <VoiceSettings timeLimitSec={timeLimitSec} />;
}

function VoiceSettings({ timeLimitSec }: { timeLimitSec: number }) {
  const voice = usePracticeStore((s) => recordingSettings(s.settings).voice);
  const rate = usePracticeStore((s) => recordingSettings(s.settings).rate);
  const cue = usePracticeStore((s) => recordingSettings(s.settings).cue);
  const setRecordingSettings = usePracticeStore((s) => s.setRecordingSettings);
  const voices = useVoices();
  const cueId = useId();
  // A voice saved on another device (or since uninstalled) stays chosen, and says so, rather than vanishing.
  const missing = voice !== null && voices.length > 0 && !voices.some((v) => v.id === voice || v.name === voice);
  const cueNeedsLimit = timeLimitSec <= 30;

  return (
    <fieldset className="mt-5 grid min-w-0 gap-5 rounded-xl border border-border p-4 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold">The interviewer</legend>
      <Field
        label="Voice"
        hint={
          missing
            ? 'This voice is not in this browser; the browser’s default voice reads instead.'
            : voices.length === 0
              ? 'The browser has not listed its voices yet; its default voice reads until it does.'
              : undefined
        }
      >
        {(control) => (
          <select
            {...control}
            className={fieldControlClass}
            value={voice ?? ''}
            onChange={(event) => setRecordingSettings({ voice: event.target.value || null })}
          >
            <option value="">Browser default</option>
            {voice !== null && !voices.some((v) => v.id === voice) ? <option value={voice}>{voice}</option> : null}
            {voices.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name} ({v.lang})
              </option>
            ))}
          </select>
        )}
      </Field>
      <ChoiceGroup
        legend="Speaking rate"
        choices={RATE_CHOICES}
        value={rate}
        onChange={(value) => setRecordingSettings({ rate: value })}
        columns={3}
      />
      <TryVoice voice={voice} rate={rate} />
      <div className="flex items-start gap-3 sm:col-span-2">
        <input
          id={cueId}
          type="checkbox"
          className="mt-1 size-4 accent-accent"
          checked={cue}
          aria-describedby={`${cueId}-hint`}
          onChange={(event) => setRecordingSettings({ cue: event.target.checked })}
        />
        <div>
          <label htmlFor={cueId} className="block text-sm font-medium">
            Say when 30 seconds are left
          </label>
          <p id={`${cueId}-hint`} className="text-sm text-fg-muted">
            {cueNeedsLimit
              ? 'Only with a time per answer over 30 seconds; choose one above to hear it.'
              : 'The interviewer says “Thirty seconds left” once in each answer.'}
          </p>
        </div>
      </div>
    </fieldset>
  );
}

/** Reads a sample question with the chosen voice and rate; a second press stops it. */
function TryVoice({ voice, rate }: { voice: string | null; rate: number }) {
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const speech = useRef<Speech | null>(null);

  useEffect(() => () => speech.current?.cancel(), []);

  const toggle = () => {
    if (speech.current) {
      speech.current.cancel();
      return;
    }
    setError(null);
    setPlaying(true);
    const current = speak(SAMPLE_QUESTION, { voice, rate });
    speech.current = current;
    current.done
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)))
      .finally(() => {
        if (speech.current === current) speech.current = null;
        setPlaying(false);
      });
  };

  return (
    <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
      <Button variant="secondary" size="sm" onClick={toggle}>
        {playing ? 'Stop the sample' : 'Try the voice'}
      </Button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
