import { describe, expect, it } from 'vitest';

import { type Attempt, NOT_APPLICABLE, type Ratings } from '@/domain/model';
import { PART_INFO } from '@/domain/rubric';
import { summarizeSession } from '@/domain/summary';

import { anAttempt, UNRATED } from '../support/records';

type Value = Ratings[keyof Ratings];
const ratings = (c: Value, a: Value, e: Value, o: Value): Ratings => ({
  context: c,
  approach: a,
  example: e,
  outcome: o,
});

let nextId = 0;
/** An answer to `questionId`, unrated, each a second after the last. */
function attempt(questionId: string, patch: Partial<Attempt> = {}): Attempt {
  nextId += 1;
  return anAttempt({
    id: `att-${nextId}`,
    sessionId: 's1',
    questionId,
    guideSlug: 'g',
    answer: 'text',
    startedAt: 1000 * nextId,
    submittedAt: 1000 * nextId + 500,
    durationMs: 60_000,
    ratings: UNRATED,
    grade: null,
    ratedAt: null,
    ...patch,
  });
}

const text = (id: string) => `Question ${id}?`;

describe('summarizeSession', () => {
  it('summarises an empty session', () => {
    expect(summarizeSession({ questionIds: [], attempts: [], questionText: text })).toEqual({
      rows: [],
      partAverages: { context: null, approach: null, example: null, outcome: null },
      notApplicable: { context: 0, approach: 0, example: 0, outcome: 0 },
      overallScore: null,
      weakestPart: null,
      tip: null,
      totalDurationMs: 0,
      answered: 0,
      skipped: 0,
      retryIds: [],
    });
  });

  it('builds one row per question in session order from its latest attempt', () => {
    const old = attempt('q1', { submittedAt: 100, ratings: ratings(0, 0, 0, 0), durationMs: 5_000 });
    const latest = attempt('q1', {
      submittedAt: 200,
      ratings: ratings(4, 4, 4, 4),
      durationMs: 70_000,
      overtimeSec: 10,
    });
    const q2 = attempt('q2', { ratings: ratings(2, 2, 2, 2), grade: 'easy', gradeOverridden: true });
    const summary = summarizeSession({
      questionIds: ['q2', 'q1', 'q3'],
      attempts: [latest, q2, old],
      questionText: text,
    });
    expect(summary.rows).toEqual([
      {
        questionId: 'q2',
        text: 'Question q2?',
        attemptId: q2.id,
        skipped: false,
        score: 50,
        grade: 'easy',
        durationMs: 60_000,
        overtimeSec: 0,
      },
      {
        questionId: 'q1',
        text: 'Question q1?',
        attemptId: latest.id,
        skipped: false,
        score: 100,
        grade: 'easy',
        durationMs: 70_000,
        overtimeSec: 10,
      },
      {
        questionId: 'q3',
        text: 'Question q3?',
        attemptId: null,
        skipped: false,
        score: null,
        grade: null,
        durationMs: null,
        overtimeSec: 0,
      },
    ]);
    expect(summary.answered).toBe(2);
    expect(summary.skipped).toBe(0);
    expect(summary.totalDurationMs).toBe(130_000);
    expect(summary.overallScore).toBe(75);
  });

  it('averages each part over the attempts that rated it, skipping skipped and unrated ones', () => {
    const summary = summarizeSession({
      questionIds: ['a', 'b', 'c', 'd'],
      attempts: [
        attempt('a', { ratings: ratings(4, 3, 1, 2) }),
        attempt('b', { ratings: ratings(2, 3, 2, null) }),
        attempt('c', { skipped: true, durationMs: 3_000 }),
        attempt('d'),
      ],
      questionText: text,
    });
    expect(summary.partAverages).toEqual({ context: 3, approach: 3, example: 1.5, outcome: 2 });
    expect(summary.weakestPart).toBe('example');
    expect(summary.tip).toBe(PART_INFO.example.tip);
    // Only "a" is fully rated: 10/16.
    expect(summary.overallScore).toBe(63);
    expect(summary.rows.map((r) => r.score)).toEqual([63, null, null, null]);
    expect(summary.answered).toBe(3);
    expect(summary.skipped).toBe(1);
    expect(summary.totalDurationMs).toBe(183_000);
  });

  it('breaks ties for the weakest part in rubric order and has none when every part is perfect', () => {
    const tie = summarizeSession({
      questionIds: ['a'],
      attempts: [attempt('a', { ratings: ratings(3, 2, 3, 2) })],
      questionText: text,
    });
    expect(tie.weakestPart).toBe('approach');
    const perfect = summarizeSession({
      questionIds: ['a'],
      attempts: [attempt('a', { ratings: ratings(4, 4, 4, 4) })],
      questionText: text,
    });
    expect(perfect.weakestPart).toBeNull();
    expect(perfect.tip).toBeNull();
  });

  it('suggests up to three rated questions under 75, weakest first, then every skipped one', () => {
    const summary = summarizeSession({
      questionIds: ['s1', 'q50', 'q75', 'q6', 'q25a', 'q25b', 'q100', 's2'],
      attempts: [
        attempt('s1', { skipped: true }),
        attempt('q50', { ratings: ratings(2, 2, 2, 2) }),
        attempt('q75', { ratings: ratings(3, 3, 3, 3) }),
        attempt('q6', { ratings: ratings(1, 0, 0, 0) }),
        attempt('q25a', { ratings: ratings(1, 1, 1, 1) }),
        attempt('q25b', { ratings: ratings(1, 1, 1, 1) }),
        attempt('q100', { ratings: ratings(4, 4, 4, 4) }),
        attempt('s2', { skipped: true }),
      ],
      questionText: text,
    });
    expect(summary.retryIds).toEqual(['q6', 'q25a', 'q25b', 's1', 's2']);
  });

  it('uses the derived grade unless one is stored, and none for skipped questions', () => {
    const summary = summarizeSession({
      questionIds: ['a', 'b'],
      attempts: [attempt('a', { ratings: ratings(3, 3, 2, 2) }), attempt('b', { skipped: true, grade: 'again' })],
      questionText: text,
    });
    expect(summary.rows.map((r) => r.grade)).toEqual(['good', null]);
  });

  it('ignores attempts at questions outside the session and lists a repeated question once', () => {
    const summary = summarizeSession({
      questionIds: ['a', 'a'],
      attempts: [attempt('a', { ratings: ratings(1, 1, 1, 1) }), attempt('zzz', { ratings: ratings(4, 4, 4, 4) })],
      questionText: text,
    });
    expect(summary.rows).toHaveLength(1);
    expect(summary.overallScore).toBe(25);
  });

  it('takes the later-listed attempt when two were submitted at the same moment', () => {
    const first = attempt('a', { submittedAt: 5, ratings: ratings(1, 1, 1, 1) });
    const second = attempt('a', { submittedAt: 5, ratings: ratings(2, 2, 2, 2) });
    expect(
      summarizeSession({ questionIds: ['a'], attempts: [first, second], questionText: text }).rows[0]?.attemptId,
    ).toBe(second.id);
  });

  it("leaves parts that don't apply out of scores and averages, counting them apart as n/a", () => {
    const na = NOT_APPLICABLE;
    const summary = summarizeSession({
      questionIds: ['q1', 'q2'],
      attempts: [attempt('q1', { ratings: ratings(na, 3, 3, na) }), attempt('q2', { ratings: ratings(na, 1, 2, 1) })],
      questionText: text,
    });
    // "Explain closures": 6 of 8, not 6 of 16.
    expect(summary.rows.map((row) => [row.score, row.grade])).toEqual([
      [75, 'good'],
      [33, 'hard'],
    ]);
    expect(summary.partAverages).toEqual({ context: null, approach: 2, example: 2.5, outcome: 1 });
    expect(summary.notApplicable).toEqual({ context: 2, approach: 0, example: 0, outcome: 1 });
    // Context is not "weakest": it was never rated.
    expect(summary.weakestPart).toBe('outcome');
    expect(summary.overallScore).toBe(54);
  });
});
