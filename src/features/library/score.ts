import type { Attempt } from '@/domain/model';
import { scoreOf } from '@/domain/rubric';

/** The attempt's score (0–100), or null when it was skipped or is not fully rated yet. */
export function attemptScore(attempt: Pick<Attempt, 'ratings' | 'skipped' | 'ratedAt'>): number | null {
  if (attempt.skipped || attempt.ratedAt === null) return null;
  return scoreOf(attempt.ratings);
}
