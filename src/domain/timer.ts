/**
 * The answer clock as a pure function of the time limit and the time spent.
 * `clockState` counts down in whole seconds the way a wall clock reads (a
 * second is shown until it has fully passed, so the display never reads 0
 * while time remains) and its colour phase always agrees with the number
 * shown: red from 0:30, amber from 1:00 (0:45 for a one-minute limit),
 * overtime once the limit is reached. `announcement` turns phase changes into
 * the short, polite messages a screen reader should speak, and stays silent on
 * anything else so it can be called on every tick.
 */
import { plural } from '@/lib/format';

export type ClockPhase = 'none' | 'normal' | 'amber' | 'red' | 'overtime';

export interface ClockState {
  /** Whole seconds left, rounded up; 0 once time is up or with no limit. */
  remainingSec: number;
  /** Whole seconds past the limit, rounded down; 0 within it or with no limit. */
  overtimeSec: number;
  phase: ClockPhase;
}

/** Red for the last this-many seconds. */
export const RED_FROM_SEC = 30;

/** When amber starts: a minute before the end, or 45 s for limits under two minutes, where a minute would be most of the answer. */
export function amberFromSec(limitSec: number): number {
  return limitSec >= 120 ? 60 : 45;
}

export function clockState(limitSec: number, elapsedMs: number): ClockState {
  if (!Number.isFinite(limitSec) || limitSec <= 0) return { remainingSec: 0, overtimeSec: 0, phase: 'none' };
  const elapsed = Number.isFinite(elapsedMs) && elapsedMs > 0 ? elapsedMs : 0;
  const leftMs = limitSec * 1000 - elapsed;
  if (leftMs <= 0)
    return { remainingSec: 0, overtimeSec: Math.floor((elapsed - limitSec * 1000) / 1000), phase: 'overtime' };
  const remainingSec = Math.ceil(leftMs / 1000);
  const phase = remainingSec <= RED_FROM_SEC ? 'red' : remainingSec <= amberFromSec(limitSec) ? 'amber' : 'normal';
  return { remainingSec, overtimeSec: 0, phase };
}

const PHASE_RANK: Record<ClockPhase, number> = { none: 0, normal: 1, amber: 2, red: 3, overtime: 4 };

function timeLeft(sec: number): string {
  if (sec === 60) return '1 minute left';
  if (sec > 60 && sec % 60 === 0) return `${sec / 60} minutes left`;
  return `${plural(sec, 'second')} left`;
}

/**
 * What to announce when the clock goes from `prev` to `next`; null when there
 * is nothing new to say (same phase, the clock reset for the next question, or
 * no clock). Pass whole states to have the actual time left spoken — a
 * one-minute limit turns amber at 45 s, and a clock resumed late may skip
 * straight to red; with bare phases amber says "1 minute left" and red
 * "30 seconds left". `prev` is null on the first reading.
 */
export function announcement(prev: ClockPhase | ClockState | null, next: ClockPhase | ClockState): string | null {
  const from = prev === null ? 'none' : typeof prev === 'string' ? prev : prev.phase;
  const to = typeof next === 'string' ? next : next.phase;
  // Only moving towards the end is news; going back means a new question or a reset clock.
  if (PHASE_RANK[to] <= PHASE_RANK[from]) return null;
  const remaining = typeof next === 'string' ? null : next.remainingSec;
  switch (to) {
    case 'amber':
      return timeLeft(remaining ?? 60);
    case 'red':
      return timeLeft(remaining ?? RED_FROM_SEC);
    case 'overtime':
      return 'Time is up — you are now in overtime';
    default:
      return null;
  }
}
