/**
 * Delivery: how an answer sounded, measured on the device from its recording and its transcript.
 * Figures only, never a score: the reveal phrases them as coaching (targets.ts).
 */

/** Silence longer than LONG_PAUSE_MS inside an answer (after the first word, before the last). */
export interface Pause {
  /** From the start of the recording. */
  startMs: number;
  endMs: number;
}

/** A long pause is silence over this long. */
export const LONG_PAUSE_MS = 2000;

/** What the audio alone says. */
export interface AudioFigures {
  /** The recording's length. */
  durationMs: number;
  /** From the first voiced moment to the last, minus the long pauses. */
  speakingMs: number;
  /** Silence before the first word; null when no speech was found. */
  firstWordMs: number | null;
  /** Every long pause, in order. */
  pauses: Pause[];
}

/** A term found in the transcript, with how often. */
export interface TermCount {
  term: string;
  count: number;
}

/** What the transcript alone says (plus the speaking time it is divided by). */
export interface TranscriptFigures {
  words: number;
  /** Words per minute of speaking time; null without speaking time or words. */
  wpm: number | null;
  fillerCount: number;
  /** Fillers per minute of speaking time; null without speaking time. */
  fillersPerMin: number | null;
  fillers: TermCount[];
  hedgeCount: number;
  hedges: TermCount[];
  /** Immediately repeated words ("the the", "I I"). */
  repeatCount: number;
}

/** Kept on the attempt (`Attempt.delivery`): both sides, flat, small. */
export interface DeliveryFigures extends AudioFigures, TranscriptFigures {
  /** Longest of `pauses`, 0 when none. */
  longestPauseMs: number;
}

/** Where a filler, hedge or repeat sits in the transcript, for highlighting. Offsets into the text (UTF-16). */
export interface DeliverySpan {
  start: number;
  end: number;
  kind: 'filler' | 'hedge' | 'repeat';
  term: string;
}

/** How the user heard their own delivery, asked on the reveal (for self-calibration against the figures). */
export const DELIVERY_SELF_RATINGS = ['rough', 'okay', 'smooth'] as const;
export type DeliverySelfRating = (typeof DELIVERY_SELF_RATINGS)[number];
