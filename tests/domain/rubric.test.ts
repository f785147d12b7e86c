import { describe, expect, it } from 'vitest';

import { GRADES, NOT_APPLICABLE, RUBRIC_PARTS, type Grade, type Rating, type Ratings } from '@/domain/model';
import {
  applicableParts,
  effectiveGrade,
  emptyRatings,
  GRADE_LABELS,
  GRADE_RULE,
  gradeFromRatings,
  gradeRuleFor,
  isFullyRated,
  LEVELS,
  maxTotalOf,
  PART_INFO,
  PART_LEVEL_HINTS,
  ratingTotal,
  scoreOf,
} from '@/domain/rubric';

type Value = Ratings[keyof Ratings];
const na = NOT_APPLICABLE;

const r = (context: Value, approach: Value, example: Value, outcome: Value): Ratings => ({
  context,
  approach,
  example,
  outcome,
});

describe('rubric texts', () => {
  it('names the five levels as the rubric defines them', () => {
    expect(Object.values(LEVELS).map((l) => l.name)).toEqual([
      'Missing',
      'Vague',
      'Present but generic',
      'Specific',
      'Specific and measurable',
    ]);
    for (const level of Object.values(LEVELS)) expect(level.description).toMatch(/\S.*\.$/);
  });

  it('describes every part with a label, a question, a prompt and a tip', () => {
    expect(RUBRIC_PARTS.map((p) => PART_INFO[p].label)).toEqual(['Context', 'Approach', 'Example', 'Outcome']);
    expect(PART_INFO.context.question).toBe('What was the situation?');
    for (const p of RUBRIC_PARTS) {
      const info = PART_INFO[p];
      for (const text of [info.question, info.good, info.prompt, info.tip]) expect(text.length).toBeGreaterThan(10);
      expect(info.good).not.toContain('\n');
    }
  });

  it('has a distinct one-line hint for every part at every level', () => {
    for (const p of RUBRIC_PARTS) {
      const hints = ([0, 1, 2, 3, 4] as const).map((level) => PART_LEVEL_HINTS[p][level]);
      expect(new Set(hints).size).toBe(5);
      for (const h of hints) expect(h).toMatch(/^\S[^\n]+$/);
    }
    expect(PART_LEVEL_HINTS.outcome[4]).toBe('A result with a number or a before/after');
  });

  it('labels every grade', () => {
    expect(GRADES.map((g) => GRADE_LABELS[g].label)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
    expect(GRADE_RULE).toMatch(/Again.*Hard.*Good.*Easy/);
  });
});

describe('scoring', () => {
  it('starts with nothing rated', () => {
    const empty = emptyRatings();
    expect(empty).toEqual({ context: null, approach: null, example: null, outcome: null });
    expect(emptyRatings()).not.toBe(empty);
    expect(isFullyRated(empty)).toBe(false);
    expect(ratingTotal(empty)).toBeNull();
    expect(scoreOf(empty)).toBeNull();
    expect(gradeFromRatings(empty)).toBeNull();
  });

  it('gives no total, score or grade while any part is unrated', () => {
    const partial = r(4, 4, 4, null);
    expect(isFullyRated(partial)).toBe(false);
    expect(ratingTotal(partial)).toBeNull();
    expect(scoreOf(partial)).toBeNull();
    expect(gradeFromRatings(partial)).toBeNull();
  });

  it('rejects values that are not ratings (stored data can hold anything)', () => {
    expect(isFullyRated({ ...r(1, 1, 1, 1), outcome: 5 as Rating })).toBe(false);
    expect(isFullyRated({ ...r(1, 1, 1, 1), outcome: '2' as unknown as Rating })).toBe(false);
  });

  it('totals and scores fully rated answers', () => {
    expect(ratingTotal(r(0, 0, 0, 0))).toBe(0);
    expect(scoreOf(r(0, 0, 0, 0))).toBe(0);
    expect(ratingTotal(r(4, 4, 4, 4))).toBe(16);
    expect(scoreOf(r(4, 4, 4, 4))).toBe(100);
    expect(ratingTotal(r(1, 2, 3, 4))).toBe(10);
    expect(scoreOf(r(1, 2, 3, 4))).toBe(63); // 62.5 rounds up
    expect(scoreOf(r(1, 0, 0, 0))).toBe(6); // 6.25
    expect(scoreOf(r(3, 3, 3, 3))).toBe(75);
  });
});

describe('gradeFromRatings', () => {
  it.each([
    [r(0, 0, 0, 0), 'again'],
    [r(0, 4, 4, 4), 'again'], // any 0, despite a total of 12
    [r(1, 1, 1, 2), 'again'], // total 5
    [r(2, 1, 1, 2), 'hard'], // total 6
    [r(3, 2, 2, 2), 'hard'], // total 9
    [r(3, 3, 2, 2), 'good'], // total 10
    [r(4, 3, 3, 3), 'good'], // total 13
    [r(4, 4, 3, 3), 'easy'], // total 14, no part below 3
    [r(4, 4, 4, 2), 'good'], // total 14 with a 2
    [r(4, 4, 4, 3), 'easy'],
    [r(4, 4, 4, 4), 'easy'],
  ] as const)('%o → %s', (ratings, grade) => {
    expect(gradeFromRatings(ratings)).toBe(grade);
  });
});

describe('effectiveGrade', () => {
  it('prefers the stored grade (a user override)', () => {
    expect(effectiveGrade({ grade: 'easy', ratings: r(0, 0, 0, 0) })).toBe('easy');
  });

  it('derives the grade when none is stored', () => {
    expect(effectiveGrade({ grade: null, ratings: r(3, 3, 3, 3) })).toBe('good');
    expect(effectiveGrade({ grade: null, ratings: emptyRatings() })).toBeNull();
  });

  it('ignores an invalid stored grade', () => {
    expect(effectiveGrade({ grade: 'great' as never, ratings: r(1, 1, 1, 1) })).toBe('again');
  });
});

describe("parts that don't apply", () => {
  it('scores the issue\'s example, "Explain closures in JavaScript", as 75 and Good, not 38 and Again', () => {
    const closures = r(na, 3, 3, na);
    expect(applicableParts(closures)).toEqual(['approach', 'example']);
    expect(maxTotalOf(closures)).toBe(8);
    expect(ratingTotal(closures)).toBe(6);
    expect(scoreOf(closures)).toBe(75);
    expect(gradeFromRatings(closures)).toBe('good');
    // What the same honest answer got when the unfitting parts had to be rated 0.
    expect(scoreOf(r(0, 3, 3, 0))).toBe(38);
    expect(gradeFromRatings(r(0, 3, 3, 0))).toBe('again');
  });

  it('is never a 0: it is left out of the total, the maximum and the "any part missing" check', () => {
    expect(scoreOf(r(na, 4, 4, 4))).toBe(100);
    expect(gradeFromRatings(r(na, 4, 4, 4))).toBe('easy');
    expect(scoreOf(r(na, na, na, 1))).toBe(25);
    expect(ratingTotal(r(2, na, 1, na))).toBe(3);
  });

  it('gives a score and grade once every part that applies is rated, and never with none applying', () => {
    expect(isFullyRated(r(na, 3, null, na))).toBe(false);
    expect(scoreOf(r(na, 3, null, na))).toBeNull();
    expect(gradeFromRatings(r(na, 3, null, na))).toBeNull();
    expect(isFullyRated(r(na, 3, 2, na))).toBe(true);
    const none = r(na, na, na, na);
    expect(applicableParts(none)).toEqual([]);
    expect(isFullyRated(none)).toBe(false);
    expect(ratingTotal(none)).toBeNull();
    expect(scoreOf(none)).toBeNull();
    expect(gradeFromRatings(none)).toBeNull();
    expect(isFullyRated({ ...r(1, 1, 1, 1), outcome: 'NA' as unknown as Rating })).toBe(false);
  });

  it.each([
    // One part: out of 4.
    [r(na, 0, na, na), 'again'],
    [r(na, 1, na, na), 'again'],
    [r(na, 2, na, na), 'hard'],
    [r(na, 3, na, na), 'good'],
    [r(na, 4, na, na), 'easy'],
    // Two parts: out of 8.
    [r(na, 1, 1, na), 'again'], // 2
    [r(na, 2, 1, na), 'hard'], // 3
    [r(na, 2, 2, na), 'hard'], // 4
    [r(na, 3, 2, na), 'good'], // 5
    [r(na, 4, 2, na), 'good'], // 6 with a 2
    [r(na, 4, 3, na), 'easy'], // 7
    [r(na, 0, 4, na), 'again'],
    // Three parts: out of 12.
    [r(na, 1, 1, 1), 'again'], // 3
    [r(na, 2, 1, 1), 'hard'], // 4
    [r(na, 2, 2, 2), 'hard'], // 6
    [r(na, 3, 2, 2), 'good'], // 7
    [r(na, 3, 3, 4), 'good'], // 10: not yet 14/16 of 12
    [r(na, 3, 4, 4), 'easy'], // 11
    [r(na, 4, 4, 2), 'good'], // 10 with a 2
  ] as const)('%o → %s', (ratings, grade) => {
    expect(gradeFromRatings(ratings)).toBe(grade);
  });

  /** The rule as the issue states it, in shares of the maximum, written independently of rubric.ts. */
  function gradeByShares(values: readonly Rating[]): Grade {
    const share = values.reduce((s: number, v) => s + v, 0) / (4 * values.length);
    if (values.some((v) => v === 0) || share <= 5 / 16) return 'again';
    if (share <= 9 / 16) return 'hard';
    if (share >= 14 / 16 && values.every((v) => v >= 3)) return 'easy';
    return 'good';
  }

  /** Every way to rate `parts` parts 0–4. */
  function* combinations(parts: number): Generator<Rating[]> {
    if (parts === 0) {
      yield [];
      return;
    }
    for (const rest of combinations(parts - 1)) for (const v of [0, 1, 2, 3, 4] as const) yield [...rest, v];
  }

  it('scales the four-part rule to any number of applicable parts, for every way of rating them', () => {
    let checked = 0;
    // Every non-empty set of applicable parts.
    for (let mask = 1; mask < 16; mask++) {
      const applies = RUBRIC_PARTS.filter((_, i) => mask & (1 << i));
      for (const values of combinations(applies.length)) {
        const ratings = r(na, na, na, na);
        applies.forEach((part, i) => (ratings[part] = values[i]!));
        expect(gradeFromRatings(ratings), JSON.stringify(ratings)).toBe(gradeByShares(values));
        checked++;
      }
    }
    expect(checked).toBe(4 * 5 + 6 * 25 + 4 * 125 + 625);
  });

  /** The cut-offs the rule's words state, read back from the text. */
  function ruleNumbers(rule: string) {
    const m =
      /total is (\d+) or less out of (\d+); Hard for (\d+)(?:–(\d+))?; Good for (\d+)(?:–(\d+))?; Easy for (\d+)(?: or more)? when every part is at least 3 \(otherwise Good\)\.$/.exec(
        rule,
      );
    if (!m) throw new Error(`unexpected rule text: ${rule}`);
    const [again, max, hardFrom, hardTo, goodFrom, goodTo, easy] = m.slice(1).map((x) => (x ? Number(x) : null));
    return {
      again: again!,
      max: max!,
      hard: [hardFrom!, hardTo ?? hardFrom!],
      good: [goodFrom!, goodTo ?? goodFrom!],
      easy: easy!,
    };
  }

  it('states in words exactly what the function does, for each number of parts that apply', () => {
    expect(GRADE_RULE).toBe(
      'Again if any part is missing (0) or the total is 5 or less out of 16; Hard for 6–9; Good for 10–13; Easy for 14 or more when every part is at least 3 (otherwise Good).',
    );
    expect(gradeRuleFor(4)).toBe(GRADE_RULE);
    expect(gradeRuleFor(2)).toBe(
      'Counting the two parts that apply (4 points each): Again if any part is missing (0) or the total is 2 or less out of 8; Hard for 3–4; Good for 5–6; Easy for 7 or more when every part is at least 3 (otherwise Good).',
    );
    expect(gradeRuleFor(1)).toMatch(/^Counting the one part that applies .*Hard for 2; Good for 3; Easy for 4 when/);

    for (let parts = 1; parts <= 4; parts++) {
      const rule = ruleNumbers(gradeRuleFor(parts));
      expect(rule.max).toBe(4 * parts);
      for (const values of combinations(parts)) {
        const total = values.reduce((s: number, v) => s + v, 0);
        const ratings = r(na, na, na, na);
        RUBRIC_PARTS.slice(0, parts).forEach((part, i) => (ratings[part] = values[i]!));
        // What the words say this answer gets.
        const said: Grade =
          values.includes(0) || total <= rule.again
            ? 'again'
            : total <= rule.hard[1]!
              ? 'hard'
              : total >= rule.easy && values.every((v) => v >= 3)
                ? 'easy'
                : 'good';
        expect(gradeFromRatings(ratings), `${parts} parts, ${values.join(',')}`).toBe(said);
        // And the words' bands leave no total out.
        if (said === 'hard') expect(total).toBeGreaterThanOrEqual(rule.hard[0]!);
        if (said === 'good' && total < rule.easy) expect(total).toBeGreaterThanOrEqual(rule.good[0]!);
        if (said === 'good' && total < rule.easy) expect(total).toBeLessThanOrEqual(rule.good[1]!);
      }
    }
  });

  it("derives an attempt's grade over the parts that apply when none is stored", () => {
    expect(effectiveGrade({ grade: null, ratings: r(na, 3, 3, na) })).toBe('good');
  });
});
