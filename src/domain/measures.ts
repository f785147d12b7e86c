/**
 * How long: an answer's word count and speaking time, and durations as people read them. Light
 * enough for the answering screen, which shows the count as you type (the hints, with the stemmer,
 * load with the reveal).
 */
import { words } from '@/content/words';

export const WORDS_PER_MINUTE = 130;

/** Words as the key terms count them: markdown and punctuation ignored, "C++" and "CI/CD" one word each. */
export function wordCount(text: string): number {
  return typeof text === 'string' ? words(text).length : 0;
}

/** Seconds it takes to say this many words at a steady interview pace (130 words a minute), rounded. */
export function speakingTimeSec(wordTotal: number): number {
  if (!Number.isFinite(wordTotal) || wordTotal <= 0) return 0;
  return Math.round((wordTotal * 60) / WORDS_PER_MINUTE);
}

/**
 * A duration for people: under a minute "12 s"; from a minute "1:05" (m:ss);
 * from an hour "1:02:05" (h:mm:ss). Whole seconds, rounded down like a clock,
 * so 59.9 s is "59 s"; negative or invalid input reads "0 s".
 */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  if (total < 60) return `${total} s`;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
