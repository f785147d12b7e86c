/**
 * The delivery card's wording: each figure beside a plain target, phrased as coaching. Never a score,
 * never a total: a figure off target says what to try, one on target says so and stops.
 *
 * Figures that could not be measured are left out rather than shown as misses: without a transcript
 * there is no pace, fillers, hedges or repeats; without speech in the audio there is only the
 * first-word row, which says so.
 */
import { plural } from '@/lib/format';

import type { DeliveryFigures, Pause, TermCount } from './types';

export const PACE_TARGET = { min: 130, max: 160 } as const;
/** Fillers a minute to stay under. */
export const FILLERS_TARGET = 2;
/** Time to the first word that still reads as composed. */
export const FIRST_WORD_TARGET_MS = 5000;
/** Long pauses an answer can hold before they break its thread. */
export const FEW_PAUSES = 3;
/** Hedges and repeats that are normal in speech. */
export const FEW_HEDGES = 2;
export const FEW_REPEATS = 2;

export interface DeliveryAdvice {
  id: 'pace' | 'fillers' | 'pauses' | 'first-word' | 'hedges' | 'repeats';
  label: string;
  /** The figure: "172 words a minute". */
  value: string;
  /** What to aim for: "130–160 words a minute". */
  target: string;
  onTarget: boolean;
  /** One or two sentences of coaching. */
  message: string;
}

/** "3.1 s" */
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Where in the recording, as the player shows it: "0:42", "1:05". */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** `"um" ×4, "like" ×2, "you know"`: the most frequent few. */
function terms(list: TermCount[], most = 3): string {
  return list
    .slice(0, most)
    .map((t) => (t.count > 1 ? `"${t.term}" ×${t.count}` : `"${t.term}"`))
    .join(', ');
}

/** Whether pace and fillers are on target; null where there is nothing to judge (no transcript or speech). */
export function onTarget(f: DeliveryFigures): { pace: boolean | null; fillers: boolean | null } {
  return {
    pace: f.wpm === null ? null : f.wpm >= PACE_TARGET.min && f.wpm <= PACE_TARGET.max,
    fillers: f.fillersPerMin === null ? null : f.fillersPerMin < FILLERS_TARGET,
  };
}

function pace(wpm: number): DeliveryAdvice {
  const value = `${wpm} words a minute`;
  const aim = `aim for ${PACE_TARGET.min}–${PACE_TARGET.max}.`;
  let message: string;
  if (wpm > PACE_TARGET.max + 15) message = `Fast: ${value}; ${aim} Take a breath at the end of each point.`;
  else if (wpm > PACE_TARGET.max) message = `A touch fast: ${value}; ${aim}`;
  else if (wpm < PACE_TARGET.min - 15)
    message = `Slow: ${value}; ${aim} Say the point first, then the detail, without stopping between words.`;
  else if (wpm < PACE_TARGET.min) message = `A touch slow: ${value}; ${aim}`;
  else message = `A steady pace: ${value}, inside ${PACE_TARGET.min}–${PACE_TARGET.max}.`;
  return {
    id: 'pace',
    label: 'Pace',
    value,
    target: `${PACE_TARGET.min}–${PACE_TARGET.max} words a minute`,
    onTarget: wpm >= PACE_TARGET.min && wpm <= PACE_TARGET.max,
    message,
  };
}

function fillers(f: DeliveryFigures, perMin: number): DeliveryAdvice {
  const rate = `${perMin} a minute`;
  const ok = perMin < FILLERS_TARGET;
  let message: string;
  if (f.fillerCount === 0) message = 'No fillers in the transcript.';
  else if (ok) message = `${plural(f.fillerCount, 'filler')} (${terms(f.fillers)}), ${rate}: under ${FILLERS_TARGET}.`;
  else
    message =
      `${plural(f.fillerCount, 'filler')} (${terms(f.fillers)}), ${rate}; aim for under ${FILLERS_TARGET}. ` +
      'A silent pause does the same job.';
  return {
    id: 'fillers',
    label: 'Fillers',
    value: `${plural(f.fillerCount, 'filler')}, ${rate}`,
    target: `under ${FILLERS_TARGET} a minute`,
    onTarget: ok,
    message,
  };
}

function pauses(f: DeliveryFigures): DeliveryAdvice {
  const count = f.pauses.length;
  const ok = count <= FEW_PAUSES;
  const longest = f.pauses.reduce<Pause | null>(
    (a, b) => (a === null || b.endMs - b.startMs > a.endMs - a.startMs ? b : a),
    null,
  );
  let message: string;
  if (longest === null) message = 'No long pauses.';
  else {
    const where =
      count === 1
        ? `1 long pause (${seconds(f.longestPauseMs)} at ${clock(longest.startMs)})`
        : `${count} long pauses (longest ${seconds(f.longestPauseMs)} at ${clock(longest.startMs)})`;
    message = ok
      ? `${where}: a pause to think is fine, say so out loud.`
      : `${where}: a few are fine, this many break the thread. Say "let me think" out loud, or note your points first.`;
  }
  return {
    id: 'pauses',
    label: 'Long pauses',
    value: count === 0 ? 'none' : `${count}, longest ${seconds(f.longestPauseMs)}`,
    target: `a few (over 2 s) to think`,
    onTarget: ok,
    message,
  };
}

function firstWord(ms: number | null): DeliveryAdvice {
  const target = `within ${FIRST_WORD_TARGET_MS / 1000} s`;
  if (ms === null)
    return {
      id: 'first-word',
      label: 'First word',
      value: 'no speech heard',
      target,
      onTarget: false,
      message: 'No speech found in the recording: check that the microphone is on and not muted, then try again.',
    };
  const ok = ms <= FIRST_WORD_TARGET_MS;
  return {
    id: 'first-word',
    label: 'First word',
    value: `after ${seconds(ms)}`,
    target,
    onTarget: ok,
    message: ok
      ? `You started after ${seconds(ms)}.`
      : `${seconds(ms)} before your first word: a moment to gather your thoughts is fine; past ${FIRST_WORD_TARGET_MS / 1000} s, ` +
        'start with your headline and build from there.',
  };
}

function hedges(f: DeliveryFigures): DeliveryAdvice {
  const ok = f.hedgeCount <= FEW_HEDGES;
  const found = `${plural(f.hedgeCount, 'hedge')} (${terms(f.hedges)})`;
  return {
    id: 'hedges',
    label: 'Hedges',
    value: String(f.hedgeCount),
    target: `${FEW_HEDGES} or fewer`,
    onTarget: ok,
    message:
      f.hedgeCount === 0
        ? 'No hedges ("sort of", "I guess").'
        : ok
          ? `${found}: fine now and then.`
          : `${found}: say it plainly; where you are unsure, say what you would check.`,
  };
}

function repeats(count: number): DeliveryAdvice {
  const ok = count <= FEW_REPEATS;
  return {
    id: 'repeats',
    label: 'Repeated words',
    value: String(count),
    target: `${FEW_REPEATS} or fewer`,
    onTarget: ok,
    message:
      count === 0
        ? 'No repeated words.'
        : ok
          ? `${plural(count, 'repeated word')}: normal in speech.`
          : `${plural(count, 'repeated word')}: often a sign of rushing; slowing down a little helps.`,
  };
}

/** The card's rows, in the order shown: pace, fillers, long pauses, first word, hedges, repeats. */
export function deliveryAdvice(f: DeliveryFigures): DeliveryAdvice[] {
  const rows: DeliveryAdvice[] = [];
  const spoke = f.firstWordMs !== null;
  const transcribed = f.words > 0;
  if (f.wpm !== null) rows.push(pace(f.wpm));
  if (transcribed && f.fillersPerMin !== null) rows.push(fillers(f, f.fillersPerMin));
  if (spoke) rows.push(pauses(f));
  rows.push(firstWord(f.firstWordMs));
  if (transcribed) rows.push(hedges(f), repeats(f.repeatCount));
  return rows;
}
