import { Button } from '@/components/ui/Button';
import { KeyCombo } from '@/components/ui/Kbd';
import { toneStyles } from '@/components/ui/tones';
import type { ClockPhase } from '@/domain/timer';
import { cn } from '@/lib/cn';

import type { AnswerClock } from './useAnswerClock';

/** A clock face reads "1:05", never "65 s". */
export function clockFace(totalSec: number): string {
  const sec = Math.max(0, Math.floor(totalSec));
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

/** Past the time limit: the danger panel, a step stronger. */
const OVERTIME_PANEL = 'border-danger/70 bg-danger/15 text-danger-soft-fg';

const PHASE_STYLES: Record<ClockPhase, { panel: string; bar: string }> = {
  none: { panel: 'border-border bg-surface', bar: 'bg-accent' },
  normal: { panel: 'border-border bg-surface', bar: 'bg-accent' },
  amber: { panel: toneStyles.warning.panel, bar: toneStyles.warning.fill },
  red: { panel: toneStyles.danger.panel, bar: toneStyles.danger.fill },
  overtime: { panel: OVERTIME_PANEL, bar: toneStyles.danger.fill },
};

interface ClockPanelProps {
  clock: AnswerClock;
  limitSec: number;
  onPause: () => void;
  onResume: () => void;
  /** Interviewer mode: recording starts after think time, not with the first keystroke. */
  spoken?: boolean;
}

export function ClockPanel({ clock, limitSec, onPause, onResume, spoken = false }: ClockPanelProps) {
  if (clock.stage === 'thinking') {
    return (
      <section
        aria-label="Think time"
        className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 rounded-2xl border border-accent/30 bg-accent-soft px-4 py-3 sm:px-5"
      >
        <div className="flex items-baseline gap-3">
          <span className="text-sm font-semibold text-accent">Think time</span>
          <span role="timer" className="text-3xl font-semibold tracking-tight tabular-nums">
            {clockFace(clock.thinkLeftSec)}
          </span>
        </div>
        <p className="order-last w-full text-sm text-fg-muted sm:order-none sm:w-auto sm:flex-1">
          {spoken
            ? `Plan your answer. Recording${limitSec > 0 ? ` and the ${clockFace(limitSec)} clock` : ''} start after, or when you press Start answering now.`
            : limitSec > 0
              ? `Plan your answer. The ${clockFace(limitSec)} clock starts after, or when you start typing.`
              : 'Plan your answer. Timing starts after, or when you start typing.'}
        </p>
        <Button variant="primary" onClick={clock.startNow}>
          Start answering now
        </Button>
      </section>
    );
  }

  const { phase, remainingSec, overtimeSec } = clock.state;
  const styles = PHASE_STYLES[phase];
  const label = phase === 'none' ? 'Time taken' : phase === 'overtime' ? 'Overtime' : 'Time left';
  const face =
    phase === 'none'
      ? clockFace(clock.elapsedMs / 1000)
      : phase === 'overtime'
        ? `+${clockFace(overtimeSec)}`
        : clockFace(remainingSec);
  const used = limitSec > 0 ? Math.min(1, clock.elapsedMs / (limitSec * 1000)) : 0;

  return (
    <section
      aria-label="Answer clock"
      data-phase={clock.paused ? 'paused' : phase}
      className={cn('rounded-2xl border px-4 py-3 transition-colors sm:px-5', styles.panel)}
    >
      <div className="flex items-center justify-between gap-4">
        <div className="flex min-w-0 items-baseline gap-3">
          <span id="answer-clock-label" className="text-sm font-semibold opacity-80">
            {clock.paused ? 'Paused' : label}
          </span>
          <span
            role="timer"
            aria-labelledby="answer-clock-label"
            className={cn('text-3xl font-semibold tracking-tight tabular-nums', clock.paused && 'opacity-60')}
          >
            {face}
          </span>
          {limitSec > 0 && phase !== 'overtime' ? (
            <span className="hidden text-sm opacity-70 sm:inline">of {clockFace(limitSec)}</span>
          ) : null}
        </div>
        <div className="flex shrink-0 items-center gap-3">
          <span aria-hidden="true" className="hidden sm:inline-flex">
            <KeyCombo keys={['Alt', 'P']} />
          </span>
          {clock.paused ? (
            <Button variant="primary" onClick={onResume} aria-keyshortcuts="Alt+P">
              <PlayGlyph />
              Resume
            </Button>
          ) : (
            <Button variant="secondary" onClick={onPause} aria-keyshortcuts="Alt+P">
              <PauseGlyph />
              Pause
            </Button>
          )}
        </div>
      </div>
      {limitSec > 0 ? (
        <div aria-hidden="true" className="mt-3 h-1.5 overflow-hidden rounded-full bg-fg/10">
          {/* Moved, not resized: a transform animates off the main thread, and the track's rounded
              clip keeps the left end round. The clock moves once a second; the bar glides between. */}
          <div
            className={cn('h-full rounded-full transition-transform duration-1000 ease-linear', styles.bar)}
            style={{ transform: `translateX(${(used - 1) * 100}%)` }}
          />
        </div>
      ) : null}
    </section>
  );
}

function PauseGlyph() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="fill-current">
      <rect x="3.5" y="2.5" width="3" height="11" rx="1" />
      <rect x="9.5" y="2.5" width="3" height="11" rx="1" />
    </svg>
  );
}

function PlayGlyph() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="fill-current">
      <path d="M4.5 2.8v10.4a.8.8 0 0 0 1.2.7l8.3-5.2a.8.8 0 0 0 0-1.4L5.7 2.1a.8.8 0 0 0-1.2.7Z" />
    </svg>
  );
}
