/**
 * How far the user is from a self-calibration reading. `calibrationFindings` (domain/progress/calibration.ts)
 * looks at a part once CALIBRATION_MIN_RATED of the most recent rated answers (at most CALIBRATION_WINDOW)
 * rate it; until then it finds nothing, and the page says how many more ratings it takes. The answers
 * counted here are the ones computeProgress passes it: submitted, not skipped, with an answer and at least
 * one part rated.
 */
import { RUBRIC_PARTS, type Attempt } from '@/domain/model';
import { CALIBRATION_MIN_RATED, CALIBRATION_WINDOW } from '@/domain/progress';
import { isRating } from '@/domain/progress/calibration';
import { isTimestamp } from '@/domain/timestamps';

/** Rated answers still needed before the first part can be compared (0: enough already). */
export function calibrationRatingsToGo(attempts: Iterable<Attempt>): number {
  const recent = [...attempts]
    .filter(
      (a) =>
        a &&
        !a.skipped &&
        isTimestamp(a.submittedAt) &&
        typeof a.answer === 'string' &&
        a.answer.trim() !== '' &&
        RUBRIC_PARTS.some((part) => isRating(a.ratings?.[part])),
    )
    .sort((a, b) => b.submittedAt - a.submittedAt)
    .slice(0, CALIBRATION_WINDOW);
  let most = 0;
  for (const part of RUBRIC_PARTS) {
    most = Math.max(most, recent.filter((a) => isRating(a.ratings?.[part])).length);
  }
  return Math.max(0, CALIBRATION_MIN_RATED - most);
}
