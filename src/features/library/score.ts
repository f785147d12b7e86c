import type { Attempt } from '@/domain/model';
import { scoreOf } from '@/domain/rubric';

/** The attempt's score (0–100), or null when it was skipped or is not fully rated yet. */
export function attemptScore(attempt: Pick<Attempt, 'ratings' | 'skipped' | 'ratedAt'>): number | null {
  if (attempt.skipped || attempt.ratedAt === null) return null;
  return scoreOf(attempt.ratings);
}

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(timestamp: number): string {
  return dateTime.format(new Date(timestamp));
}

/** "1 min 5 s", "45 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
