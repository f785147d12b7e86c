import { describe, expect, it } from 'vitest';

import { detectParts } from '@/domain/hints';
import type { Attempt, HintsShown } from '@/domain/model';
import {
  chooseGrade,
  finishReview,
  hintsShown,
  markApplicable,
  markNotApplicable,
  rate,
  recordHints,
  resetGrade,
  saveNote,
  toggleCovered,
  toggleIndex,
  type ReviewContext,
} from '@/domain/review';

import { anAttempt, UNRATED } from '../support/records';

const SHOWN: HintsShown = { partsDetected: ['context'], termsUsed: ['pipeline'], termsMissed: ['rollback'] };
/** Hints shown and not yet recorded: every action's first write. */
const ctx: ReviewContext = { hints: SHOWN };
/** Hints recorded on an earlier action (or none shown): only the user's change is written. */
const noHints: ReviewContext = { hints: null };

/** An answered attempt not yet rated: what the review screen starts from. */
const attempt = (overrides: Partial<Attempt> = {}): Attempt =>
  anAttempt({ ratings: UNRATED, grade: null, ratedAt: null, ...overrides });

/** The attempt after the writes, as the store would apply them one by one. */
const apply = (before: Attempt, writes: object[]): Attempt =>
  writes.reduce<Attempt>((current, patch) => ({ ...current, ...patch }), before);

describe('recordHints', () => {
  it('records the hints shown, once, as a write of its own', () => {
    expect(recordHints(attempt(), ctx)).toEqual([{ hints: SHOWN }]);
    expect(recordHints(attempt({ hints: SHOWN }), ctx)).toEqual([]);
  });

  it('keeps hints an earlier visit recorded, and records nothing when none were shown', () => {
    const earlier: HintsShown = { partsDetected: [], termsUsed: [], termsMissed: ['x'] };
    expect(recordHints(attempt({ hints: earlier }), ctx)).toEqual([]);
    expect(recordHints(attempt(), noHints)).toEqual([]);
  });

  it('comes first in every action, before the user’s change, so Undo of the last write keeps it', () => {
    const a = attempt({ ratings: { context: 3, approach: 3, example: 3, outcome: 3 } });
    const actions = [
      rate(a, 'context', 2, ctx),
      markNotApplicable(a, 'context', ctx),
      markApplicable(attempt({ ratings: { ...UNRATED, context: 'na' } }), 'context', ctx),
      chooseGrade(a, 'hard', ctx),
      resetGrade(a, ctx),
      toggleCovered(a, 'practicesCovered', 0, ctx),
      saveNote(a, 'A note', ctx),
      finishReview(a, 1_000, ctx),
    ];
    for (const writes of actions) {
      expect(writes).toHaveLength(2);
      expect(writes[0]).toEqual({ hints: SHOWN });
      expect(writes[1]).not.toHaveProperty('hints');
    }
  });

  it('is recorded even by an action that changes nothing', () => {
    expect(saveNote(attempt({ note: 'same' }), 'same', ctx)).toEqual([{ hints: SHOWN }]);
    expect(markApplicable(attempt(), 'context', ctx)).toEqual([{ hints: SHOWN }]);
  });

  it('is what the answer’s hints spotted: the parts present and the key terms used and missed', () => {
    const parts = detectParts('When I was at Acme, releases were manual. As a result, releases took 40 minutes.');
    expect(hintsShown(parts, { used: ['release'], missed: ['rollback'] })).toEqual({
      partsDetected: ['context', 'outcome'],
      termsUsed: ['release'],
      termsMissed: ['rollback'],
    });
  });
});

describe('rate', () => {
  it('sets one part’s rating, with no grade until every part is rated', () => {
    expect(rate(attempt(), 'approach', 3, noHints)).toEqual([{ ratings: { ...UNRATED, approach: 3 }, grade: null }]);
  });

  it('gives the grade once the last part is rated, in the same write so Undo takes back both', () => {
    const a = attempt({ ratings: { context: 3, approach: 4, example: 3, outcome: null } });
    expect(rate(a, 'outcome', 4, noHints)).toEqual([
      { ratings: { context: 3, approach: 4, example: 3, outcome: 4 }, grade: 'easy' },
    ]);
    expect(rate(a, 'outcome', 0, noHints)[0]).toMatchObject({ grade: 'again' });
  });

  it('leaves a grade the user chose alone', () => {
    const a = attempt({
      ratings: { context: 3, approach: 3, example: 3, outcome: 3 },
      grade: 'hard',
      gradeOverridden: true,
    });
    const writes = rate(a, 'outcome', 0, noHints);
    expect(writes).toEqual([{ ratings: { context: 3, approach: 3, example: 3, outcome: 0 } }]);
    expect(apply(a, writes).grade).toBe('hard');
  });

  it('grades over the parts that apply', () => {
    const a = attempt({ ratings: { context: 'na', approach: 3, example: 3, outcome: 'na' } });
    expect(rate(a, 'approach', 4, noHints)[0]).toMatchObject({ grade: 'easy' });
  });

  it('saves nothing for a skipped answer', () => {
    expect(rate(attempt({ skipped: true }), 'context', 3, noHints)).toEqual([]);
  });
});

describe('markNotApplicable and markApplicable', () => {
  it('takes a part out of the grade, which follows in the same write', () => {
    const a = attempt({ ratings: { context: 0, approach: 4, example: 4, outcome: 4 }, grade: 'again' });
    expect(markNotApplicable(a, 'context', noHints)).toEqual([
      { ratings: { context: 'na', approach: 4, example: 4, outcome: 4 }, grade: 'easy' },
    ]);
  });

  it('never switches off the last part that applies', () => {
    const a = attempt({ ratings: { context: 'na', approach: 2, example: 'na', outcome: 'na' } });
    expect(markNotApplicable(a, 'approach', noHints)).toEqual([]);
    expect(markNotApplicable(a, 'approach', ctx)).toEqual([{ hints: SHOWN }]);
  });

  it('does nothing to a part already marked, or to one that already applies', () => {
    const a = attempt({ ratings: { ...UNRATED, context: 'na' } });
    expect(markNotApplicable(a, 'context', noHints)).toEqual([]);
    expect(markApplicable(a, 'approach', noHints)).toEqual([]);
  });

  it('makes a part count again, unrated, so the grade waits for its rating', () => {
    const a = attempt({ ratings: { context: 'na', approach: 3, example: 3, outcome: 3 }, grade: 'good' });
    expect(markApplicable(a, 'context', noHints)).toEqual([
      { ratings: { context: null, approach: 3, example: 3, outcome: 3 }, grade: null },
    ]);
  });

  it('keeps a grade the user chose', () => {
    const a = attempt({
      ratings: { context: 0, approach: 4, example: 4, outcome: 4 },
      grade: 'hard',
      gradeOverridden: true,
    });
    expect(markNotApplicable(a, 'context', noHints)).toEqual([
      { ratings: { context: 'na', approach: 4, example: 4, outcome: 4 } },
    ]);
  });
});

describe('chooseGrade and resetGrade', () => {
  const rated = { context: 3, approach: 3, example: 2, outcome: 3 } as const;

  it('is an override only when the grade differs from the one the ratings give', () => {
    expect(chooseGrade(attempt({ ratings: rated, grade: 'good' }), 'hard', noHints)).toEqual([
      { grade: 'hard', gradeOverridden: true },
    ]);
    expect(chooseGrade(attempt({ ratings: rated, grade: 'hard', gradeOverridden: true }), 'good', noHints)).toEqual([
      { grade: 'good', gradeOverridden: false },
    ]);
  });

  it('lets a grade be chosen before everything is rated, as an override', () => {
    expect(chooseGrade(attempt(), 'easy', noHints)).toEqual([{ grade: 'easy', gradeOverridden: true }]);
  });

  it('resets to the grade the ratings give', () => {
    expect(resetGrade(attempt({ ratings: rated, grade: 'easy', gradeOverridden: true }), noHints)).toEqual([
      { grade: 'good', gradeOverridden: false },
    ]);
  });
});

describe('toggleCovered', () => {
  it('ticks and unticks best practices and pitfalls, kept sorted', () => {
    const a = attempt({ practicesCovered: [2], pitfallsHit: [0, 1] });
    expect(toggleCovered(a, 'practicesCovered', 0, noHints)).toEqual([{ practicesCovered: [0, 2] }]);
    expect(toggleCovered(a, 'pitfallsHit', 0, noHints)).toEqual([{ pitfallsHit: [1] }]);
  });

  it('toggleIndex adds in order and removes', () => {
    expect(toggleIndex([1, 3], 2)).toEqual([1, 2, 3]);
    expect(toggleIndex([1, 3], 3)).toEqual([1]);
  });
});

describe('saveNote', () => {
  it('saves a changed note, and nothing for the same text', () => {
    expect(saveNote(attempt(), 'Mention Redis', noHints)).toEqual([{ note: 'Mention Redis' }]);
    expect(saveNote(attempt({ note: 'Mention Redis' }), 'Mention Redis', noHints)).toEqual([]);
  });
});

describe('finishReview', () => {
  const full = { context: 3, approach: 3, example: 3, outcome: 3 } as const;

  it('stamps a fully rated answer as rated, once', () => {
    expect(finishReview(attempt({ ratings: full }), 5_000, noHints)).toEqual([{ ratedAt: 5_000 }]);
    expect(finishReview(attempt({ ratings: full, ratedAt: 1_000 }), 5_000, noHints)).toEqual([]);
  });

  it('counts only the parts that apply', () => {
    const ratings = { context: 'na', approach: 3, example: 'na', outcome: 'na' } as const;
    expect(finishReview(attempt({ ratings }), 5_000, noHints)).toEqual([{ ratedAt: 5_000 }]);
  });

  it('does not stamp a partly rated answer, nor a skipped one', () => {
    expect(finishReview(attempt({ ratings: { ...full, outcome: null } }), 5_000, noHints)).toEqual([]);
    expect(finishReview(attempt({ ratings: full, skipped: true }), 5_000, noHints)).toEqual([]);
  });

  it('records the hints even when there is nothing to stamp', () => {
    expect(finishReview(attempt(), 5_000, ctx)).toEqual([{ hints: SHOWN }]);
  });
});
