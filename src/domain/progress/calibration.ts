/** Self-calibration: where the user's ratings and the hints disagree (index.ts). */
import { plural } from '@/lib/format';

import { detectParts } from '../hints';
import { RUBRIC_PARTS, type Attempt, type Rating, type RubricPart } from '../model';
import { PART_INFO } from '../rubric';
import {
  CALIBRATION_EVIDENCE_SHARE,
  CALIBRATION_HABIT_SHARE,
  CALIBRATION_MIN_RATED,
  CALIBRATION_WINDOW,
  type CalibrationFinding,
} from './types';

export function isRating(value: unknown): value is Rating {
  return value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
}

/** What each part looks like in an answer, for calibration messages. */
const PART_EVIDENCE: Record<RubricPart, { present: string; verb: string }> = {
  context: { present: 'set the scene (where, your role, what was at stake)', verb: 'set the scene' },
  approach: { present: 'say what you decided to do and why', verb: 'explain a plan or decision' },
  example: { present: 'give concrete steps, names or dates', verb: 'give concrete details' },
  outcome: { present: 'state a result or a number', verb: 'state a result' },
};

const presentCache = new WeakMap<Attempt, Record<RubricPart, boolean>>();

/** detectParts is the costly step: cached per attempt record (records are replaced, never mutated). */
function partsPresent(attempt: Attempt): Record<RubricPart, boolean> {
  let found = presentCache.get(attempt);
  if (!found) {
    const detected = detectParts(attempt.answer);
    found = {
      context: detected.context.present,
      approach: detected.approach.present,
      example: detected.example.present,
      outcome: detected.outcome.present,
    };
    presentCache.set(attempt, found);
  }
  return found;
}

/**
 * Where the user's ratings and the hints disagree, as habits: over the most
 * recent rated answers (at most CALIBRATION_WINDOW), a part rated 3–4 in at
 * least 60 % of 8 or more answers while the hints find it in under 35 % of
 * those ('over'), or rated 0–1 that often while the hints find it in over
 * 65 % of them ('under'). Answers that marked the part "doesn't apply" are
 * not among them. Hints are heuristics, so the wording suggests, never
 * asserts.
 */
export function calibrationFindings(rated: readonly Attempt[]): CalibrationFinding[] {
  const recent = [...rated]
    .filter((a) => !a.skipped && typeof a.answer === 'string' && a.answer.trim() !== '')
    .sort((a, b) => b.submittedAt - a.submittedAt)
    .slice(0, CALIBRATION_WINDOW);
  const findings: CalibrationFinding[] = [];
  for (const part of RUBRIC_PARTS) {
    let ratedCount = 0;
    let high = 0;
    let highFound = 0;
    let low = 0;
    let lowFound = 0;
    for (const attempt of recent) {
      const rating = attempt.ratings?.[part];
      if (!isRating(rating)) continue;
      ratedCount++;
      if (rating >= 3) {
        high++;
        if (partsPresent(attempt)[part]) highFound++;
      } else if (rating <= 1) {
        low++;
        if (partsPresent(attempt)[part]) lowFound++;
      }
    }
    if (ratedCount < CALIBRATION_MIN_RATED) continue;
    const label = PART_INFO[part].label;
    if (high >= ratedCount * CALIBRATION_HABIT_SHARE && highFound < high * CALIBRATION_EVIDENCE_SHARE) {
      findings.push({
        part,
        direction: 'over',
        rated: ratedCount,
        matching: high,
        detected: highFound,
        message:
          `You rate ${label} 3–4 in ${high} of ${plural(ratedCount, 'answer')}, but ` +
          (highFound === 0
            ? `none of those answers seems to ${PART_EVIDENCE[part].present}.`
            : `only ${highFound} of those ${highFound === 1 ? 'answers seems' : 'answers seem'} to ${PART_EVIDENCE[part].present}.`) +
          ' Check it against the rubric before rating it high.',
      });
    } else if (low >= ratedCount * CALIBRATION_HABIT_SHARE && lowFound > low * (1 - CALIBRATION_EVIDENCE_SHARE)) {
      findings.push({
        part,
        direction: 'under',
        rated: ratedCount,
        matching: low,
        detected: lowFound,
        message:
          `You rate ${label} 0–1 in ${low} of ${plural(ratedCount, 'answer')}, yet ${lowFound} of those ` +
          `${lowFound === 1 ? 'answer seems' : 'answers seem'} to ${PART_EVIDENCE[part].verb}. You may be underrating it.`,
      });
    }
  }
  return findings;
}
