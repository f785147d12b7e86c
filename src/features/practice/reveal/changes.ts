import { NOT_APPLICABLE, RUBRIC_PARTS, type Attempt } from '@/domain/model';
import { PART_INFO } from '@/domain/rubric';

/**
 * What the user would take back with Undo, in words, or null when the last
 * change was not theirs to undo (saving the hints shown is bookkeeping, not a
 * choice, so it never offers an Undo).
 */
export function describeChange(before: Attempt, after: Attempt): string | null {
  const changed = RUBRIC_PARTS.filter((part) => before.ratings[part] !== after.ratings[part]);
  if (changed.length === 1) {
    const part = changed[0]!;
    // Switching "doesn't apply" on or off is its own kind of change, worded as the switch is.
    const switched = before.ratings[part] === NOT_APPLICABLE || after.ratings[part] === NOT_APPLICABLE;
    return `${PART_INFO[part].label} ${switched ? "“doesn't apply”" : 'rating'}`;
  }
  if (changed.length > 1) return 'ratings';
  if (before.grade !== after.grade || before.gradeOverridden !== after.gradeOverridden) return 'grade';
  if (!sameList(before.practicesCovered, after.practicesCovered)) return 'best-practice tick';
  if (!sameList(before.pitfallsHit, after.pitfallsHit)) return 'pitfall tick';
  if (before.note !== after.note) return 'note';
  return null;
}

function sameList(a: readonly number[], b: readonly number[]) {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
