/**
 * Delivery over many answers: the session summary's averages, the progress
 * page's trend of pace and fillers, and self-calibration (how the user heard
 * their own delivery against what was measured), plus the one-line notes the
 * reveal and the history show for a single answer.
 *
 * Averages are over speaking time, not per answer: pace is all the words over
 * all the minutes spoken, so a ten-second answer does not weigh as much as a
 * two-minute one. Only measured, non-skipped answers count (`attempt.delivery`).
 * Figures are coaching, never a score: nothing here ranks or grades.
 */
import { formatCount, plural } from '@/lib/format';

import { FILLERS_TARGET, onTarget, PACE_TARGET, type DeliveryFigures, type DeliverySelfRating } from '../delivery';
import { DELIVERY_SELF_RATINGS } from '../delivery/types';
import type { Attempt } from '../model';
import { isTimestamp } from '../timestamps';
import { dayKey, localDay } from './days';

/** The figures of a measured, answered attempt; null for a typed, skipped or not yet measured one. */
export function deliveryOf(attempt: Attempt): DeliveryFigures | null {
  if (attempt.skipped || !attempt.delivery || typeof attempt.delivery !== 'object') return null;
  return attempt.delivery;
}

export function selfRatingOf(attempt: Attempt): DeliverySelfRating | null {
  const rating = attempt.deliverySelfRating;
  return rating && (DELIVERY_SELF_RATINGS as readonly string[]).includes(rating) ? rating : null;
}

const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

interface Sums {
  answers: number;
  words: number;
  fillers: number;
  speakingMs: number;
  pauses: number;
  longestPauseMs: number;
}

const emptySums = (): Sums => ({ answers: 0, words: 0, fillers: 0, speakingMs: 0, pauses: 0, longestPauseMs: 0 });

function add(sums: Sums, f: DeliveryFigures) {
  sums.answers++;
  sums.pauses += Array.isArray(f.pauses) ? f.pauses.length : 0;
  if (positive(f.longestPauseMs)) sums.longestPauseMs = Math.max(sums.longestPauseMs, f.longestPauseMs);
  // Without speaking time there is nothing to divide by: the answer adds its pauses, not its words.
  if (!positive(f.speakingMs)) return;
  sums.speakingMs += f.speakingMs;
  sums.words += Number.isFinite(f.words) && f.words > 0 ? f.words : 0;
  sums.fillers += Number.isFinite(f.fillerCount) && f.fillerCount > 0 ? f.fillerCount : 0;
}

const perMinute = (count: number, ms: number) => (ms > 0 ? (count * 60_000) / ms : null);

export interface DeliveryTotals {
  /** Measured answers. */
  answers: number;
  /** Words per minute over all their speaking time; null without speech. */
  wpm: number | null;
  /** Fillers per minute over all their speaking time; null without speech. */
  fillersPerMin: number | null;
  /** Long pauses in all of them. */
  longPauses: number;
  /** The longest of those pauses, 0 when none. */
  longestPauseMs: number;
}

function totalsOf(sums: Sums): DeliveryTotals {
  return {
    answers: sums.answers,
    wpm: sums.words > 0 ? perMinute(sums.words, sums.speakingMs) : null,
    fillersPerMin: perMinute(sums.fillers, sums.speakingMs),
    longPauses: sums.pauses,
    longestPauseMs: sums.longestPauseMs,
  };
}

/** A session's (or any set of answers') delivery, for the summary. `answers` is 0 when none was measured. */
export function deliveryTotals(attempts: readonly Attempt[]): DeliveryTotals {
  const sums = emptySums();
  for (const attempt of attempts) {
    const f = attempt ? deliveryOf(attempt) : null;
    if (f) add(sums, f);
  }
  return totalsOf(sums);
}

/** One day with measured answers, for the trend charts. */
export interface DeliveryDay {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Epoch day of the local date, for spacing points on a time axis. */
  day: number;
  /** Measured answers that day. */
  count: number;
  wpm: number | null;
  fillersPerMin: number | null;
}

export type CalibrationVerdict = 'on' | 'off';

/** How the answers the user rated one way measured: "rated smooth → on target in 3 of 5". */
export interface DeliveryCalibrationRow {
  rating: DeliverySelfRating;
  /** Measured answers with this self-rating and a pace or filler figure to judge. */
  answers: number;
  /** Of those, the ones whose pace and fillers were both on target (where known). */
  onTarget: number;
  /** Pace and fillers over those answers' speaking time. */
  wpm: number | null;
  fillersPerMin: number | null;
}

export interface DeliveryProgress {
  /** Measured answers, ever. */
  measured: number;
  /** Days with measured answers, oldest first. */
  overTime: DeliveryDay[];
  /** Over every measured answer. */
  totals: DeliveryTotals;
  /** One row per self-rating the user has given (rough, okay, smooth order); empty when none. */
  calibration: DeliveryCalibrationRow[];
  /** A plain reading of the calibration table, or null when there is too little to say. */
  calibrationNote: string | null;
}

/**
 * Whether an answer's pace and fillers were on target: 'on' when every figure that could be judged was,
 * 'off' when one was not, null when neither could be judged (too little speech).
 */
export function deliveryVerdict(f: DeliveryFigures): CalibrationVerdict | null {
  const { pace, fillers } = onTarget(f);
  if (pace === null && fillers === null) return null;
  return pace === false || fillers === false ? 'off' : 'on';
}

/** Self-calibration needs this many self-rated answers before the page reads anything into it. */
export const DELIVERY_CALIBRATION_MIN = 3;

export function deliveryProgress(attempts: Record<string, Attempt> | readonly Attempt[]): DeliveryProgress {
  const list: readonly Attempt[] = Array.isArray(attempts)
    ? (attempts as readonly Attempt[])
    : Object.values(attempts as Record<string, Attempt>);
  const days = new Map<number, Sums>();
  const all = emptySums();
  const byRating = new Map<DeliverySelfRating, { sums: Sums; judged: number; on: number }>();

  for (const attempt of list) {
    const f = attempt ? deliveryOf(attempt) : null;
    if (!f) continue;
    add(all, f);
    if (isTimestamp(attempt.submittedAt)) {
      const day = localDay(attempt.submittedAt);
      let sums = days.get(day);
      if (!sums) days.set(day, (sums = emptySums()));
      add(sums, f);
    }
    const rating = selfRatingOf(attempt);
    const verdict = deliveryVerdict(f);
    if (!rating || !verdict) continue;
    let row = byRating.get(rating);
    if (!row) byRating.set(rating, (row = { sums: emptySums(), judged: 0, on: 0 }));
    add(row.sums, f);
    row.judged++;
    if (verdict === 'on') row.on++;
  }

  const overTime = [...days]
    .sort((a, b) => a[0] - b[0])
    .map(([day, sums]) => {
      const t = totalsOf(sums);
      return { date: dayKey(day), day, count: sums.answers, wpm: t.wpm, fillersPerMin: t.fillersPerMin };
    });

  const calibration = DELIVERY_SELF_RATINGS.flatMap((rating) => {
    const row = byRating.get(rating);
    if (!row) return [];
    const t = totalsOf(row.sums);
    return [{ rating, answers: row.judged, onTarget: row.on, wpm: t.wpm, fillersPerMin: t.fillersPerMin }];
  });

  return {
    measured: all.answers,
    overTime,
    totals: totalsOf(all),
    calibration,
    calibrationNote: calibrationNote(calibration),
  };
}

const share = (row: DeliveryCalibrationRow) => row.onTarget / row.answers;

/**
 * What the table says, when it says something: answers heard as smooth that mostly missed a target, or
 * answers heard as rough that mostly hit both. Null otherwise (including with too few rated answers).
 */
export function calibrationNote(rows: readonly DeliveryCalibrationRow[]): string | null {
  const rated = rows.reduce((n, row) => n + row.answers, 0);
  if (rated < DELIVERY_CALIBRATION_MIN) return null;
  const smooth = rows.find((row) => row.rating === 'smooth');
  const rough = rows.find((row) => row.rating === 'rough');
  if (smooth && smooth.answers >= 2 && share(smooth) < 0.5) {
    return (
      `Of the ${plural(smooth.answers, 'answer')} you heard as smooth, ${onTargetCount(smooth)}. ` +
      'Listen back to one of them: the figures suggest it sounded less smooth than it felt.'
    );
  }
  if (rough && rough.answers >= 2 && share(rough) >= 0.5) {
    return (
      `Of the ${plural(rough.answers, 'answer')} you heard as rough, ${onTargetCount(rough)}. ` +
      'You may be hearing yourself more harshly than a listener would.'
    );
  }
  return 'Your sense of how an answer sounded mostly matches the figures.';
}

function onTargetCount(row: DeliveryCalibrationRow) {
  if (row.onTarget === 0) return 'none had pace and fillers on target';
  return `${formatCount(row.onTarget)} had pace and fillers on target`;
}

// ---------------------------------------------------------------- one answer, in words

/** Words a minute for people: "142". */
export const formatWpm = (wpm: number) => String(Math.round(wpm));
/** Fillers a minute for people: "4.2", "0". */
export const formatPerMinute = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
};
/** A time in a recording as m:ss ("0:07", "1:42"): where a pause starts. */
export function formatAt(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
/** A short length in seconds, one decimal: "3.4 s". */
export function formatSeconds(ms: number): string {
  return `${formatPerMinute(Math.max(0, ms) / 1000)} s`;
}

/**
 * An answer's delivery in one line, for the summary's rows and the history's replay:
 * "142 words a minute · 1.2 fillers a minute · 2 long pauses (longest 3.4 s)".
 */
export function deliveryLine(f: Pick<DeliveryFigures, 'wpm' | 'fillersPerMin' | 'pauses' | 'longestPauseMs'>) {
  const parts: string[] = [];
  if (f.wpm !== null && Number.isFinite(f.wpm)) parts.push(`${formatWpm(f.wpm)} words a minute`);
  if (f.fillersPerMin !== null && Number.isFinite(f.fillersPerMin)) {
    parts.push(`${formatPerMinute(f.fillersPerMin)} ${f.fillersPerMin === 1 ? 'filler' : 'fillers'} a minute`);
  }
  const pauses = Array.isArray(f.pauses) ? f.pauses.length : 0;
  parts.push(
    pauses === 0
      ? 'no long pauses'
      : `${plural(pauses, 'long pause')}${positive(f.longestPauseMs) ? ` (longest ${formatSeconds(f.longestPauseMs)})` : ''}`,
  );
  return parts.join(' · ');
}

/**
 * After the user says how an answer sounded to them, what the figures say beside it, in one line:
 * "You said smooth; pace and fillers were on target." / "You said smooth, though fillers were 4.2 a minute."
 */
export function selfRatingNote(rating: DeliverySelfRating, f: DeliveryFigures): string {
  const { pace, fillers } = onTarget(f);
  const said = `You said ${rating}`;
  if (pace === null && fillers === null) {
    return `${said}; there was too little speech to measure pace or fillers.`;
  }
  const misses: string[] = [];
  if (pace === false && f.wpm !== null) {
    const side = f.wpm > PACE_TARGET.max ? 'faster than' : 'slower than';
    misses.push(`your pace was ${formatWpm(f.wpm)} words a minute (${side} ${PACE_TARGET.min}–${PACE_TARGET.max})`);
  }
  if (fillers === false && f.fillersPerMin !== null) {
    misses.push(`fillers were ${formatPerMinute(f.fillersPerMin)} a minute`);
  }
  const onWhat =
    pace !== null && fillers !== null ? 'pace and fillers were' : pace !== null ? 'pace was' : 'fillers were';
  if (misses.length === 0) {
    return rating === 'rough'
      ? `${said}, yet ${onWhat} on target: it may have sounded better than it felt.`
      : `${said}; ${onWhat} on target.`;
  }
  const joined = misses.join(' and ');
  if (rating === 'smooth') return `${said}, though ${joined}.`;
  if (rating === 'okay') {
    return `${said}; ${joined}: ${misses.length === 1 ? 'that is the one' : 'those are the ones'} to work on.`;
  }
  return `${said}, and the figures agree: ${joined}.`;
}

/**
 * Whether averaged figures meet the same targets as one answer's (`onTarget`), for
 * the summary's and the progress page's averages; null where there was no speech to judge.
 */
export function totalsOnTarget(t: Pick<DeliveryTotals, 'wpm' | 'fillersPerMin'>): {
  pace: boolean | null;
  fillers: boolean | null;
} {
  return {
    pace: t.wpm === null ? null : t.wpm >= PACE_TARGET.min && t.wpm <= PACE_TARGET.max,
    fillers: t.fillersPerMin === null ? null : t.fillersPerMin < FILLERS_TARGET,
  };
}
