import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';
import { usePracticeStore } from '@/stores';

import { pendingSave, rememberedPeaks, rememberPeaks, subscribePending } from './pending';

export interface AudioPlayerProps {
  attemptId: string;
  /** The play button's name: "Play your answer", "Play this attempt"… */
  label?: string;
  className?: string;
}

type Load =
  { kind: 'loading' } | { kind: 'ready'; url: string } | { kind: 'missing' } | { kind: 'error'; message: string };

export const DELETED_MESSAGE = 'The recording of this answer was deleted.';
export const NOT_FOUND_MESSAGE =
  'The recording of this answer was not found on this device (it may have been cleared by the browser).';
const LOAD_FAILED = 'The recording could not be read from this device’s storage. Reload the page to try again.';

/** "1:05". */
function face(sec: number): string {
  const whole = Number.isFinite(sec) ? Math.max(0, Math.floor(sec)) : 0;
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * A recording saved without its level strip (it is saved before the analysis, so a reload in between
 * finds none): the strip is worked out from the audio here, on the device, once per page.
 */
async function stripFor(attemptId: string, blob: Blob): Promise<void> {
  try {
    const { analyseRecording } = await import('@/lib/recording/analyse');
    const { peaks } = await analyseRecording(blob, '');
    rememberPeaks(attemptId, peaks);
  } catch {
    // Audio this browser cannot decode still plays (or says it cannot); it only has no strip.
  }
}

/** Re-renders when a save in this page finishes or its level strip arrives. */
function usePending(attemptId: string) {
  const save = useSyncExternalStore(subscribePending, () => pendingSave(attemptId));
  const peaks = useSyncExternalStore(subscribePending, () => rememberedPeaks(attemptId));
  return { save, peaks };
}

/**
 * Plays one attempt's recording from IndexedDB: play/pause, a seek slider, the time, 1× / 1.5×, and a
 * level strip that fills as it plays. A recording saved moments ago is waited for; a deleted or lost
 * one says so. Loaded lazily (lazy.tsx): no page carries it until a recording is shown.
 */
export default function AudioPlayer({ attemptId, label = 'Play your answer', className }: AudioPlayerProps) {
  // `?.`: a state made before recordings existed (an older tab, a test fixture) has no map yet.
  const recording = usePracticeStore((s) => s.recordings?.[attemptId]);
  const loadRecording = usePracticeStore((s) => s.loadRecording);
  const { save, peaks: laterPeaks } = usePending(attemptId);
  const known = recording !== undefined;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  // Read by the loading effect without re-running it: a strip arriving must not reload the audio.
  const hasPeaks = useRef(false);
  useLayoutEffect(() => {
    hasPeaks.current = Boolean(recording?.peaks.length) || laterPeaks !== undefined;
  });

  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    void (async () => {
      const problem = save ? await save : null;
      if (cancelled) return;
      if (problem) {
        setLoad({ kind: 'error', message: problem });
        return;
      }
      if (!save && !known) {
        setLoad({ kind: 'missing' });
        return;
      }
      let blob: Blob | null;
      try {
        blob = await loadRecording(attemptId);
      } catch {
        if (!cancelled) setLoad({ kind: 'error', message: LOAD_FAILED });
        return;
      }
      if (cancelled) return;
      if (!blob) {
        setLoad({ kind: 'missing' });
        return;
      }
      url = URL.createObjectURL(blob);
      setLoad({ kind: 'ready', url });
      // A save from this page runs the analysis itself, strip included.
      if (!save && !hasPeaks.current) void stripFor(attemptId, blob);
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attemptId, save, known, loadRecording]);

  const box = cn('rounded-xl border border-border bg-surface px-3 py-2.5 text-sm sm:px-4', className);
  if (load.kind === 'loading') {
    return (
      <p role="status" className={cn(box, 'text-fg-muted')}>
        Loading the recording…
      </p>
    );
  }
  if (load.kind === 'missing') {
    return <p className={cn(box, 'text-fg-muted')}>{known ? NOT_FOUND_MESSAGE : DELETED_MESSAGE}</p>;
  }
  if (load.kind === 'error') {
    return (
      <p role="alert" className={cn(box, 'font-medium', toneStyles.danger.text)}>
        {load.message}
      </p>
    );
  }
  const peaks = recording?.peaks.length ? recording.peaks : (laterPeaks ?? []);
  return (
    <Controls
      url={load.url}
      label={label}
      knownDurationSec={(recording?.durationMs ?? 0) / 1000}
      peaks={peaks}
      className={box}
    />
  );
}

interface ControlsProps {
  url: string;
  label: string;
  /** From the stored metadata: MediaRecorder's WebM files often report no duration until played through. */
  knownDurationSec: number;
  peaks: readonly number[];
  className: string;
}

function Controls({ url, label, knownDurationSec, peaks, className }: ControlsProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [current, setCurrent] = useState(0);
  const [reported, setReported] = useState(0);
  const [speed, setSpeed] = useState<1 | 1.5>(1);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const duration = Number.isFinite(reported) && reported > 0 ? reported : knownDurationSec;
  const progress = duration > 0 ? Math.min(1, current / duration) : 0;

  useEffect(() => {
    if (audioRef.current) audioRef.current.playbackRate = speed;
  }, [speed]);

  function toggle() {
    const audio = audioRef.current;
    if (!audio) return;
    if (audio.paused) {
      setProblem(null);
      void Promise.resolve(audio.play()).catch(() =>
        setProblem('The browser would not play this recording. Try again, or reload the page.'),
      );
    } else {
      audio.pause();
    }
  }

  function seek(sec: number) {
    const audio = audioRef.current;
    if (!audio) return;
    audio.currentTime = sec;
    setCurrent(sec);
  }

  return (
    <div className={cn('space-y-2', className)}>
      {/* Your own voice, with what you said (the transcript) beside it: there is no caption track to give. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio
        ref={audioRef}
        src={url}
        preload="metadata"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(event) => setCurrent(event.currentTarget.currentTime)}
        onLoadedMetadata={(event) => setReported(event.currentTarget.duration)}
        onDurationChange={(event) => setReported(event.currentTarget.duration)}
        onError={() => setProblem('This recording could not be played in this browser.')}
      />
      <div className="flex items-center gap-3">
        <button
          type="button"
          onClick={toggle}
          aria-label={playing ? 'Pause' : label}
          className="inline-flex size-10 shrink-0 items-center justify-center rounded-full bg-accent text-accent-fg hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" className="size-4 fill-current">
            {playing ? <path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" /> : <path d="M7 4.5v15l12-7.5-12-7.5Z" />}
          </svg>
        </button>
        <div className="relative min-w-0 flex-1">
          <LevelStrip peaks={peaks} progress={progress} />
          <label htmlFor={`${id}-seek`} className="sr-only">
            Seek
          </label>
          <input
            id={`${id}-seek`}
            type="range"
            min={0}
            max={duration > 0 ? duration : 0}
            step={0.1}
            value={Math.min(current, duration)}
            onChange={(event) => seek(Number(event.target.value))}
            aria-valuetext={`${face(current)} of ${face(duration)}`}
            className="mt-1 block w-full accent-accent"
          />
        </div>
        <span className="shrink-0 text-xs text-fg-muted tabular-nums">
          {face(current)} / {face(duration)}
        </span>
        <button
          type="button"
          onClick={() => setSpeed((s) => (s === 1 ? 1.5 : 1))}
          aria-label={`Playback speed ${speed}×`}
          title={speed === 1 ? 'Play at 1.5×' : 'Play at normal speed'}
          className="shrink-0 rounded-lg border border-border px-2 py-1 text-xs font-semibold tabular-nums hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
        >
          {speed}×
        </button>
      </div>
      {problem ? (
        <p role="alert" className={cn('text-sm font-medium', toneStyles.danger.text)}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** The recording's loudness over time, filled up to where playback is. Decorative: the slider is the control. */
function LevelStrip({ peaks, progress }: { peaks: readonly number[]; progress: number }) {
  if (peaks.length === 0) return null;
  const played = Math.round(progress * peaks.length);
  return (
    <div aria-hidden="true" data-testid="level-strip" className="flex h-8 items-center gap-px">
      {peaks.map((peak, index) => (
        <span
          key={index}
          className={cn('min-h-px flex-1 rounded-full', index < played ? 'bg-accent' : 'bg-fg/20')}
          style={{ height: `${Math.max(4, Math.round(Math.min(1, peak) * 100))}%` }}
        />
      ))}
    </div>
  );
}
