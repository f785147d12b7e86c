import { type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';

import type { RecordingHandle } from './handle';
import { LevelMeter } from './LevelMeter';
import { saveSubmittedRecording } from './save';
import { type RecorderState, type RecorderStatus, useRecorder } from './useRecorder';

export interface RecordingControlProps {
  handleRef: Ref<RecordingHandle>;
  /** Voice: a control beside the text box. Interviewer: the main thing on screen, the text box hidden. */
  mode: 'voice' | 'interviewer';
  /** Start recording once this turns true (first Dictate press; the answer clock starting in interviewer mode). */
  requested: boolean;
  /** The answer clock is paused: so is the recording. */
  paused: boolean;
  /** The recording failed or recovered: the screen shows the text box when nothing is being recorded. */
  onFailedChange?: (failed: boolean) => void;
}

/** "1:05": the recording's length so far. */
function face(ms: number): string {
  const sec = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

function statusLine(status: RecorderStatus): string {
  switch (status) {
    case 'starting':
      return 'Waiting for the microphone…';
    case 'recording':
      return 'Recording';
    case 'paused':
      return 'Recording paused with the clock';
    case 'stopped':
      return 'Recorded: it is saved with your answer when you submit';
    case 'failed':
      return 'Not recording';
    default:
      return 'Not recording yet';
  }
}

/**
 * The recording's length, ticking on its own: only this line re-renders each second, not the answer
 * panel around it.
 */
function Elapsed({ recorder, className }: { recorder: RecorderState; className?: string }) {
  const [ms, setMs] = useState(() => recorder.elapsedMs());
  const { elapsedMs, status } = recorder;
  useEffect(() => {
    if (status !== 'recording') return;
    const id = window.setInterval(() => {
      const now = elapsedMs();
      setMs((shown) => (Math.floor(shown / 1000) === Math.floor(now / 1000) ? shown : now));
    }, 250);
    return () => window.clearInterval(id);
  }, [elapsedMs, status]);
  return (
    <span role="timer" aria-label="Recorded so far" className={cn('tabular-nums', className)}>
      {face(status === 'recording' ? ms : elapsedMs())}
    </span>
  );
}

/**
 * Records the spoken answer beside the text box (voice) or as the answer itself (interviewer). The
 * answering screen loads it lazily and talks to it through `handleRef` (handle.ts); a failure here says
 * what happened and leaves the text box alone.
 */
export default function RecordingControl({
  handleRef,
  mode,
  requested,
  paused,
  onFailedChange,
}: RecordingControlProps) {
  const recorder = useRecorder();
  const { status, problem, start, pause, resume, stop, finish, hasAudio } = recorder;

  useImperativeHandle(
    handleRef,
    () => ({
      hasAudio,
      submit: (attemptId, transcript) => saveSubmittedRecording(attemptId, finish(), transcript),
    }),
    [hasAudio, finish],
  );

  // Started once per request: a recording the user stopped is not restarted behind their back.
  const startedOnRequest = useRef(false);
  useEffect(() => {
    if (!requested || paused || startedOnRequest.current) return;
    startedOnRequest.current = true;
    start();
  }, [requested, paused, start]);

  useEffect(() => {
    if (paused && status === 'recording') pause();
    else if (!paused && status === 'paused') resume();
  }, [paused, status, pause, resume]);

  const failed = status === 'failed';
  useEffect(() => onFailedChange?.(failed), [failed, onFailedChange]);

  const running = status === 'recording' || status === 'paused';
  const dot = (
    <span
      aria-hidden="true"
      className={cn(
        'inline-block size-2.5 shrink-0 rounded-full',
        status === 'recording' ? cn('animate-pulse motion-reduce:animate-none', toneStyles.danger.fill) : 'bg-fg-muted',
      )}
    />
  );
  const problemLine = problem ? (
    <p role="alert" className={cn('text-sm font-medium', toneStyles.danger.text)}>
      {problem}
    </p>
  ) : null;

  if (mode === 'interviewer') {
    return (
      <section
        aria-label="Your recorded answer"
        className="space-y-4 rounded-2xl border border-border bg-surface px-4 py-5 shadow-sm sm:px-6"
      >
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="flex items-center gap-2 text-base font-semibold">
            {dot}
            {statusLine(status)}
          </p>
          <Elapsed recorder={recorder} className="text-4xl font-semibold tracking-tight" />
        </div>
        <LevelMeter stream={recorder.stream} active={status === 'recording'} className="h-3" />
        {problemLine}
        {failed ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="secondary" onClick={start}>
              <Icon name="mic" />
              Try recording again
            </Button>
            <span className="text-sm text-fg-muted">The text box is open so you can type your answer instead.</span>
          </div>
        ) : (
          <p className="text-sm text-fg-muted">
            Answer out loud. Press Stop &amp; submit when you are done: the recording and what was heard are shown
            after.
          </p>
        )}
      </section>
    );
  }

  return (
    <div className="space-y-2 rounded-xl border border-border px-3 py-2.5 sm:px-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button
          variant={running ? 'primary' : 'secondary'}
          disabled={status === 'starting' || paused}
          onClick={running ? stop : start}
          title={paused ? 'Recording is off while the clock is paused.' : undefined}
        >
          <Icon name={running ? 'micOff' : 'mic'} />
          {running ? 'Stop recording' : status === 'stopped' ? 'Record again' : 'Record'}
        </Button>
        <p className="flex items-center gap-2 text-sm font-medium">
          {dot}
          <span>{statusLine(status)}</span>
          <Elapsed recorder={recorder} className="text-fg-muted" />
        </p>
        <LevelMeter stream={recorder.stream} active={status === 'recording'} className="min-w-24 flex-1" />
      </div>
      {status === 'stopped' ? <p className="text-xs text-fg-muted">Record again replaces this recording.</p> : null}
      {problemLine}
    </div>
  );
}
