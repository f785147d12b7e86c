import { describe, expect, it } from 'vitest';

import { GRADES, RUBRIC_PARTS, type Rating, type Ratings } from '@/domain/model';
import {
  effectiveGrade,
  emptyRatings,
  GRADE_LABELS,
  GRADE_RULE,
  gradeFromRatings,
  isFullyRated,
  LEVELS,
  PART_INFO,
  PART_LEVEL_HINTS,
  ratingTotal,
  scoreOf,
} from '@/domain/rubric';

const r = (
  context: Rating | null,
  approach: Rating | null,
  example: Rating | null,
  outcome: Rating | null,
): Ratings => ({
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
