/**
 * The interviewer's voice on the answering screen: it reads each question
 * aloud, and can say when 30 seconds are left. The screen never waits on the
 * voice for long: reading ends when the text is read, skipped, refused by the
 * browser or impossible (no speech synthesis), and each of those ends in
 * phase 'done' so think time and recording can follow.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import { recordingSettings, usePracticeStore } from '@/stores';

import { speak, type Speech, speechSynthesisSupported, UNSUPPORTED_MESSAGE } from './speech-synthesis';

export type InterviewerPhase = 'reading' | 'done';

export interface InterviewerOptions {
  /** False outside interviewer mode (or before the question is on screen): nothing is read. */
  enabled: boolean;
  /** The question to read; a new text starts a new reading. */
  text: string;
}

export interface Interviewer {
  phase: InterviewerPhase;
  /** A user-facing reason the question was not read aloud; null when all is well. */
  error: string | null;
  /** Stops reading now; phase becomes 'done'. */
  skip: () => void;
}

interface Finished {
  text: string;
  error: string | null;
}

/** The chosen voice and rate, as primitives so the store subscription stays stable. */
function useVoiceSettings() {
  const voice = usePracticeStore((s) => recordingSettings(s.settings).voice);
  const rate = usePracticeStore((s) => recordingSettings(s.settings).rate);
  return { voice, rate };
}

export function useInterviewer({ enabled, text }: InterviewerOptions): Interviewer {
  const { voice, rate } = useVoiceSettings();
  const supported = speechSynthesisSupported();
  // Which text has finished (and how); a new text is 'reading' until its own reading settles.
  const [finished, setFinished] = useState<Finished | null>(null);
  const current = useRef<Speech | null>(null);

  useEffect(() => {
    if (!enabled || !supported || !text.trim()) return;
    let active = true;
    const speech = speak(text, { voice, rate });
    current.current = speech;
    speech.done.then(
      () => {
        if (active) setFinished({ text, error: null });
      },
      (error: unknown) => {
        if (active) setFinished({ text, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      // Unmounting, or a new question: stop this one without marking it done (skip() does that).
      active = false;
      current.current = null;
      speech.cancel();
    };
    // The voice and rate are read when a question starts; changing them mid-question does not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, supported, text]);

  const skip = useCallback(() => {
    current.current?.cancel();
    current.current = null;
    setFinished({ text, error: null });
  }, [text]);

  if (!enabled || !text.trim()) return { phase: 'done', error: null, skip };
  if (!supported) return { phase: 'done', error: UNSUPPORTED_MESSAGE, skip };
  if (finished?.text !== text) return { phase: 'reading', error: null, skip };
  return { phase: 'done', error: finished.error, skip };
}

export const TIME_CUE_SEC = 30;
export const TIME_CUE_TEXT = 'Thirty seconds left.';

export interface TimeCueOptions {
  /** True while the answer clock runs in interviewer mode. */
  enabled: boolean;
  /** Seconds left on the answer clock. */
  remainingSec: number;
  /** The session's time limit per answer; 0 = none. The cue needs a limit over 30 s. */
  limitSec: number;
  /** Identifies the answer (the question id): the cue is said once per key. */
  key: string;
}

/**
 * Says "Thirty seconds left" once, when the clock crosses 30 s left, if the
 * user turned the cue on. Crossing, not "at or under", so resuming an answer
 * with 10 s left does not announce 30.
 */
export function useTimeCue({ enabled, remainingSec, limitSec, key }: TimeCueOptions): void {
  const cue = usePracticeStore((s) => recordingSettings(s.settings).cue);
  const { voice, rate } = useVoiceSettings();
  const last = useRef<{ key: string; remaining: number; said: boolean } | null>(null);
  const speech = useRef<Speech | null>(null);

  useEffect(() => {
    const previous = last.current?.key === key ? last.current : null;
    const said = previous?.said ?? false;
    const crossed = previous !== null && previous.remaining > TIME_CUE_SEC && remainingSec <= TIME_CUE_SEC;
    const due = enabled && cue && limitSec > TIME_CUE_SEC && remainingSec > 0 && crossed && !said;
    last.current = { key, remaining: remainingSec, said: said || due };
    if (!due) return;
    speech.current?.cancel();
    speech.current = speakQuietly(TIME_CUE_TEXT, voice, rate);
  }, [enabled, cue, limitSec, remainingSec, key, voice, rate]);

  // Silence on unmount (the answer was submitted or the user left).
  useEffect(() => () => speech.current?.cancel(), []);
}

/** The cue is a nicety: if the browser cannot say it, the clock on screen still shows the time. */
function speakQuietly(text: string, voice: string | null, rate: number): Speech | null {
  if (!speechSynthesisSupported()) return null;
  const speech = speak(text, { voice, rate });
  speech.done.catch(() => {});
  return speech;
}
