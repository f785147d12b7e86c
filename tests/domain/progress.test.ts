import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { type Attempt, NOT_APPLICABLE, type PracticeSession, type Ratings } from '@/domain/model';
import {
  calibrationFindings,
  computeProgress,
  dayKey,
  localDay,
  streakOf,
  UNKNOWN_CATEGORY,
  type QuestionInfo,
} from '@/domain/progress';
import { PART_INFO } from '@/domain/rubric';

import { makeAttempt, makeSession } from '../support/practice-store';

const INFO: Record<string, QuestionInfo> = {
  q1: { text: 'Question one?', category: 'Technical', guideSlug: 'g-a' },
  q2: { text: 'Question two?', category: 'Behavioral', guideSlug: 'g-a' },
  q3: { text: 'Question three?', category: 'Technical', guideSlug: 'g-b' },
};
const questionInfo = (id: string) => INFO[id];

const r = (context: number, approach: number, example: number, outcome: number) =>
  ({ context, approach, example, outcome }) as Ratings;

/** Local time on a given date (month 1-based). */
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

let seq = 0;
function attempt(overrides: Partial<Attempt>): Attempt {
  seq++;
  return makeAttempt({ id: `a${seq}`, questionId: 'q1', guideSlug: 'g-a', ...overrides });
}

const NOW = at(2025, 3, 20, 15); // a Thursday

describe('computeProgress: empty data', () => {
  it('has no data and every aggregate is empty', () => {
    const p = computeProgress({ sessions: {}, attempts: {}, questionInfo, now: NOW });
    expect(p.hasData).toBe(false);
    expect(p.totals).toEqual({
      answers: 0,
      skipped: 0,
      scored: 0,
      questions: 0,
      sessions: 0,
      completedSessions: 0,
      practiceMs: 0,
      activeDays: 0,
      averageScore: null,
    });
    expect(p.scoreOverTime).toEqual([]);
    expect(p.byCategory).toEqual([]);
    expect(p.byGuide).toEqual([]);
    expect(p.weakestQuestions).toEqual([]);
    expect(p.weakestPart).toBeNull();
    expect(p.calibration).toEqual([]);
    expect(p.streak).toEqual({ current: 0, longest: 0, practisedToday: false, lastDate: null });
    expect(p.calendar.weeks).toHaveLength(20);
    expect(p.calendar.max).toBe(0);
    expect(p.today).toBe('2025-03-20');
  });

  it('counts only skips as no data, but keeps their time', () => {
    const p = computeProgress({
      sessions: [makeSession()],
      attempts: [attempt({ skipped: true, answer: '', ratings: r(NaN, NaN, NaN, NaN), durationMs: 4000 })],
      questionInfo,
      now: NOW,
    });
    expect(p.hasData).toBe(false);
    expect(p.totals.skipped).toBe(1);
    expect(p.totals.practiceMs).toBe(4000);
    expect(p.totals.sessions).toBe(1);
  });
});

describe('computeProgress: scores', () => {
  const attempts = [
    attempt({ questionId: 'q1', submittedAt: at(2025, 3, 18, 9), ratings: r(4, 4, 4, 4), durationMs: 60_000 }), // 100
    attempt({ questionId: 'q2', submittedAt: at(2025, 3, 18, 22), ratings: r(2, 2, 2, 2), durationMs: 30_000 }), // 50
    attempt({ questionId: 'q1', submittedAt: at(2025, 3, 19, 10), ratings: r(3, 3, 2, 0), durationMs: 10_000 }), // 50
    attempt({
      questionId: 'q3',
      submittedAt: at(2025, 3, 19, 11),
      ratings: r(4, null as never, null as never, null as never),
    }),
    attempt({ questionId: 'gone', guideSlug: 'g-old', submittedAt: at(2025, 3, 20, 8), ratings: r(1, 1, 1, 1) }), // 25
  ];
  const p = computeProgress({
    sessions: [makeSession({ status: 'completed' }), makeSession({ id: 's2' })],
    attempts,
    questionInfo,
    now: NOW,
  });

  it('averages per local day, overall and per part (0–100)', () => {
    expect(p.scoreOverTime.map((d) => d.date)).toEqual(['2025-03-18', '2025-03-19', '2025-03-20']);
    const [d18, d19, d20] = p.scoreOverTime;
    expect(d18!.overall).toBe(75);
    expect(d18!.count).toBe(2);
    expect(d18!.parts).toEqual({ context: 75, approach: 75, example: 75, outcome: 75 });
    // A partly rated answer adds to its part but not to the overall score.
    expect(d19!.overall).toBe(50);
    expect(d19!.count).toBe(1);
    expect(d19!.parts.context).toBe(((3 + 4) / 2 / 4) * 100);
    expect(d19!.parts.approach).toBe(75);
    expect(d20!.overall).toBe(25);
  });

  it('groups strength by category and guide, weakest first', () => {
    expect(p.byCategory).toEqual([
      { key: UNKNOWN_CATEGORY, average: 25, count: 1, questions: 1 },
      { key: 'Behavioral', average: 50, count: 1, questions: 1 },
      { key: 'Technical', average: 75, count: 2, questions: 1 },
    ]);
    expect(p.byGuide).toEqual([
      { key: 'g-old', average: 25, count: 1, questions: 1 },
      { key: 'g-a', average: (100 + 50 + 50) / 3, count: 3, questions: 2 },
    ]);
  });

  it('totals', () => {
    expect(p.totals).toMatchObject({
      answers: 5,
      scored: 4,
      questions: 4,
      sessions: 2,
      completedSessions: 1,
      activeDays: 3,
      averageScore: (100 + 50 + 50 + 25) / 4,
    });
    expect(p.totals.practiceMs).toBe(60_000 + 30_000 + 10_000 + 95_000 * 2);
  });

  it('lists weakest questions by latest score, known questions only, never a perfect one', () => {
    expect(p.weakestQuestions.map((q) => [q.questionId, q.score, q.attempts])).toEqual([
      // Tied at 50: q2 was last answered on the 18th, q1 on the 19th.
      ['q2', 50, 1],
      ['q1', 50, 2],
    ]);
    // Tie at 50: q1's latest (19th) vs q2 (18th): the one left alone longest first.
    const tie = computeProgress({
      sessions: [],
      attempts: [
        attempt({ questionId: 'q1', submittedAt: at(2025, 3, 19), ratings: r(2, 2, 2, 2) }),
        attempt({ questionId: 'q2', submittedAt: at(2025, 3, 18), ratings: r(2, 2, 2, 2) }),
      ],
      questionInfo,
      now: NOW,
    });
    expect(tie.weakestQuestions.map((q) => q.questionId)).toEqual(['q2', 'q1']);
  });

  it('caps weakest questions at five', () => {
    const many: Record<string, QuestionInfo> = {};
    const list = Array.from({ length: 8 }, (_, i) => {
      many[`m${i}`] = { text: `M${i}`, category: 'X', guideSlug: 'g' };
      return attempt({ questionId: `m${i}`, ratings: r(i % 4, 1, 1, 1) });
    });
    const out = computeProgress({ sessions: [], attempts: list, questionInfo: (id) => many[id], now: NOW });
    expect(out.weakestQuestions).toHaveLength(5);
    expect(out.weakestQuestions[0]!.score).toBe(19);
  });

  it('finds the weakest part with its tip', () => {
    // outcome: (4+2+0+1)/4 = 1.75 is lowest.
    expect(p.weakestPart).toEqual({ part: 'outcome', average: 1.75, tip: PART_INFO.outcome.tip });
    const perfect = computeProgress({
      sessions: [],
      attempts: [attempt({ ratings: r(4, 4, 4, 4) })],
      questionInfo,
      now: NOW,
    });
    expect(perfect.weakestPart).toBeNull();
  });

  it('accepts records or arrays and ignores unrated answers for scores', () => {
    const rec = computeProgress({
      sessions: {},
      attempts: Object.fromEntries(attempts.map((a) => [a.id, a])),
      questionInfo,
      now: NOW,
    });
    expect(rec.scoreOverTime).toEqual(p.scoreOverTime);
    const unrated = computeProgress({
      sessions: {},
      attempts: [attempt({ ratings: r(NaN, NaN, NaN, NaN), ratedAt: null, grade: null })],
      questionInfo,
      now: NOW,
    });
    expect(unrated.hasData).toBe(true);
    expect(unrated.scoreOverTime).toEqual([]);
    expect(unrated.totals.answers).toBe(1);
  });
});

describe('local days and time zones', () => {
  // Node re-reads TZ whenever it changes, so each test can pick its own zone.
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('puts an answer on the local date, not the UTC one', () => {
    vi.stubEnv('TZ', 'America/New_York');
    // 02:30 UTC on the 19th is 22:30 on the 18th in New York.
    const ts = Date.UTC(2025, 2, 19, 2, 30);
    expect(dayKey(localDay(ts))).toBe('2025-03-18');
    const p = computeProgress({ sessions: [], attempts: [attempt({ submittedAt: ts })], questionInfo, now: ts });
    expect(p.scoreOverTime[0]!.date).toBe('2025-03-18');
    expect(p.today).toBe('2025-03-18');
    vi.stubEnv('TZ', 'Asia/Tokyo');
    expect(dayKey(localDay(ts))).toBe('2025-03-19');
  });

  it('keeps consecutive days across a daylight-saving change', () => {
    vi.stubEnv('TZ', 'Europe/London');
    // Clocks go forward on 2025-03-30 (a 23-hour day) and back on 2025-10-26 (25 hours).
    const days = [at(2025, 3, 29, 23, 30), at(2025, 3, 30, 0, 30), at(2025, 3, 31, 0, 10)].map(localDay);
    expect(days[1]! - days[0]!).toBe(1);
    expect(days[2]! - days[1]!).toBe(1);
    const autumn = [at(2025, 10, 25, 23, 59), at(2025, 10, 26, 23, 59), at(2025, 10, 27, 0, 1)].map(localDay);
    expect(autumn.map(dayKey)).toEqual(['2025-10-25', '2025-10-26', '2025-10-27']);
    const p = computeProgress({
      sessions: [],
      attempts: [at(2025, 3, 29, 23), at(2025, 3, 30, 23), at(2025, 3, 31, 9)].map((t) => attempt({ submittedAt: t })),
      questionInfo,
      now: at(2025, 3, 31, 20),
    });
    expect(p.streak.current).toBe(3);
  });
});

describe('streak', () => {
  const today = localDay(NOW);
  it('is zero with no days, or when the last answer was two days ago', () => {
    expect(streakOf(new Set(), today).current).toBe(0);
    expect(streakOf(new Set([today - 2, today - 3]), today)).toMatchObject({ current: 0, longest: 2 });
  });

  it('ends today or yesterday', () => {
    expect(streakOf(new Set([today, today - 1, today - 2]), today)).toMatchObject({
      current: 3,
      practisedToday: true,
    });
    expect(streakOf(new Set([today - 1, today - 2]), today)).toMatchObject({
      current: 2,
      practisedToday: false,
      lastDate: dayKey(today - 1),
    });
  });

  it('stops at a gap and reports the longest run', () => {
    const days = new Set([today, today - 1, today - 3, today - 4, today - 5, today - 6, today - 10]);
    expect(streakOf(days, today)).toMatchObject({ current: 2, longest: 4 });
  });

  it('ignores future answers for the current run start and counts many answers in a day once', () => {
    const p = computeProgress({
      sessions: [],
      attempts: [at(2025, 3, 20, 1), at(2025, 3, 20, 23, 59), at(2025, 3, 19, 0, 0)].map((t) =>
        attempt({ submittedAt: t }),
      ),
      questionInfo,
      now: NOW,
    });
    expect(p.streak).toMatchObject({ current: 2, longest: 2, practisedToday: true });
  });

  it('does not count skipped attempts as practice', () => {
    const p = computeProgress({
      sessions: [],
      attempts: [attempt({ submittedAt: at(2025, 3, 20), skipped: true })],
      questionInfo,
      now: NOW,
    });
    expect(p.streak.current).toBe(0);
  });
});

describe('calendar', () => {
  it('covers whole Monday–Sunday weeks ending with this week', () => {
    const p = computeProgress({
      sessions: [],
      attempts: [
        attempt({ submittedAt: at(2025, 3, 20, 9) }),
        attempt({ submittedAt: at(2025, 3, 20, 18) }),
        attempt({ submittedAt: at(2025, 3, 17, 9) }),
        attempt({ submittedAt: at(2024, 1, 1, 9) }), // outside the window
      ],
      questionInfo,
      now: NOW,
      calendarWeeks: 3,
    });
    const { weeks } = p.calendar;
    expect(weeks).toHaveLength(3);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0]![0]!.date).toBe('2025-03-03'); // a Monday
    expect(weeks[2]![6]!.date).toBe('2025-03-23'); // a Sunday
    const thisWeek = weeks[2]!;
    expect(thisWeek.map((d) => d.count)).toEqual([1, 0, 0, 2, 0, 0, 0]);
    expect(thisWeek.map((d) => d.future)).toEqual([false, false, false, false, true, true, true]);
    expect(p.calendar).toMatchObject({ max: 2, total: 3, activeDays: 2 });
    expect(p.totals.activeDays).toBe(3);
  });

  it('starts on Monday when today is a Sunday or a Monday', () => {
    const sunday = computeProgress({
      sessions: [],
      attempts: [],
      questionInfo,
      now: at(2025, 3, 23),
      calendarWeeks: 1,
    });
    expect(sunday.calendar.weeks[0]![0]!.date).toBe('2025-03-17');
    const monday = computeProgress({
      sessions: [],
      attempts: [],
      questionInfo,
      now: at(2025, 3, 24),
      calendarWeeks: 1,
    });
    expect(monday.calendar.weeks[0]![0]!.date).toBe('2025-03-24');
  });
});

describe('calibration', () => {
  const NO_OUTCOME = 'At my previous company our team had slow reports. I decided to automate them with a script.';
  const WITH_OUTCOME = `${NO_OUTCOME} As a result, reporting time dropped by 40%.`;

  beforeEach(() => {
    seq = 0;
  });

  it('flags a part rated high when the answers rarely show it', () => {
    const list = [
      ...Array.from({ length: 7 }, () => attempt({ answer: NO_OUTCOME, ratings: r(3, 3, 3, 4) })),
      ...Array.from({ length: 2 }, () => attempt({ answer: WITH_OUTCOME, ratings: r(3, 3, 3, 3) })),
      attempt({ answer: NO_OUTCOME, ratings: r(3, 3, 3, 1) }),
    ];
    const findings = calibrationFindings(list);
    const outcome = findings.find((f) => f.part === 'outcome');
    expect(outcome).toMatchObject({ direction: 'over', rated: 10, matching: 9, detected: 2 });
    expect(outcome!.message).toBe(
      'You rate Outcome 3–4 in 9 of 10 answers, but only 2 of those answers seem to state a result or a number. Check it against the rubric before rating it high.',
    );
  });

  it('flags a part rated low when the answers do show it', () => {
    const list = Array.from({ length: 8 }, () => attempt({ answer: WITH_OUTCOME, ratings: r(2, 2, 2, 0) }));
    const outcome = calibrationFindings(list).find((f) => f.part === 'outcome');
    expect(outcome).toMatchObject({ direction: 'under', rated: 8, matching: 8, detected: 8 });
    expect(outcome!.message).toMatch(
      /^You rate Outcome 0–1 in 8 of 8 answers, yet 8 of those answers seem to state a result/,
    );
  });

  it('needs at least eight rated answers and a habit', () => {
    const seven = Array.from({ length: 7 }, () => attempt({ answer: NO_OUTCOME, ratings: r(3, 3, 3, 4) }));
    expect(calibrationFindings(seven)).toEqual([]);
    // High in only half the answers: no habit.
    const mixed = Array.from({ length: 10 }, (_, i) =>
      attempt({ answer: NO_OUTCOME, ratings: r(2, 2, 2, i % 2 ? 4 : 2) }),
    );
    expect(calibrationFindings(mixed).filter((f) => f.part === 'outcome')).toEqual([]);
  });

  it('uses only the most recent 50 rated answers and ignores skipped and empty ones', () => {
    const old = Array.from({ length: 60 }, (_, i) =>
      attempt({ answer: NO_OUTCOME, submittedAt: 1000 + i, ratings: r(3, 3, 3, 4) }),
    );
    const recent = Array.from({ length: 50 }, (_, i) =>
      attempt({ answer: WITH_OUTCOME, submittedAt: 10_000 + i, ratings: r(3, 3, 3, 4) }),
    );
    expect(calibrationFindings([...old, ...recent]).filter((f) => f.part === 'outcome')).toEqual([]);
    const blanks = Array.from({ length: 10 }, () => attempt({ answer: '  ', ratings: r(3, 3, 3, 4) }));
    expect(calibrationFindings(blanks)).toEqual([]);
  });

  it('is part of computeProgress', () => {
    const list = Array.from({ length: 8 }, () => attempt({ answer: WITH_OUTCOME, ratings: r(2, 2, 2, 1) }));
    const p = computeProgress({ sessions: [], attempts: list, questionInfo, now: NOW });
    expect(p.calibration.map((f) => [f.part, f.direction])).toContainEqual(['outcome', 'under']);
  });
});

describe("parts that don't apply", () => {
  const na = NOT_APPLICABLE;
  const closures: Ratings = { context: na, approach: 3, example: 3, outcome: na };

  beforeEach(() => {
    seq = 0;
  });

  it("are left out of part averages, the day's part lines and the weakest part, and the score is over the rest", () => {
    const day = at(2025, 3, 18);
    const p = computeProgress({
      sessions: [],
      attempts: [
        attempt({ questionId: 'q1', submittedAt: day, ratings: closures }),
        attempt({ questionId: 'q3', submittedAt: day + 1000, ratings: r(1, 1, 1, 1) }),
      ],
      questionInfo,
      now: NOW,
    });
    expect(p.partAverages).toEqual({ context: 1, approach: 2, example: 2, outcome: 1 });
    expect(p.scoreOverTime).toEqual([
      {
        date: '2025-03-18',
        day: localDay(day),
        overall: 50,
        count: 2,
        parts: { context: 25, approach: 50, example: 50, outcome: 25 },
      },
    ]);
    // 75 for the closures answer (6 of 8), 25 for the other (4 of 16).
    expect(p.totals.averageScore).toBe(50);
    expect(p.weakestQuestions.map((q) => [q.questionId, q.score])).toEqual([
      ['q3', 25],
      ['q1', 75],
    ]);
    expect(p.weakestPart).toMatchObject({ part: 'context', average: 1 });
  });

  it('give no part line at all when every answer that day marked the part n/a', () => {
    const p = computeProgress({ sessions: [], attempts: [attempt({ ratings: closures })], questionInfo, now: NOW });
    expect(p.scoreOverTime[0]!.parts).toEqual({ context: null, approach: 75, example: 75, outcome: null });
    expect(p.partAverages.context).toBeNull();
    expect(p.totals.scored).toBe(1);
  });

  it('are not ratings to calibrate: marking Outcome n/a is not rating it low', () => {
    const WITH_OUTCOME =
      'At my previous company our team had slow reports. I decided to automate them with a script. As a result, reporting time dropped by 40%.';
    const list = Array.from({ length: 8 }, () =>
      attempt({ answer: WITH_OUTCOME, ratings: { context: 2, approach: 2, example: 2, outcome: na } }),
    );
    expect(calibrationFindings(list).filter((f) => f.part === 'outcome')).toEqual([]);
  });
});

describe('performance', () => {
  it('handles 10,000 attempts quickly', () => {
    const answers = ['I led the migration at my previous company. As a result, costs fell 30%.', 'It went fine.'];
    const list: Attempt[] = Array.from({ length: 10_000 }, (_, i) =>
      makeAttempt({
        id: `p${i}`,
        questionId: `q${i % 300}`,
        answer: answers[i % 2]!,
        submittedAt: NOW - (i % 400) * 86_400_000 - i,
        ratings: r(i % 5, (i + 1) % 5, (i + 2) % 5, (i + 3) % 5),
      }),
    );
    const sessions: PracticeSession[] = Array.from({ length: 1000 }, (_, i) => makeSession({ id: `s${i}` }));
    const info = (id: string): QuestionInfo => ({ text: id, category: `c${id.length}`, guideSlug: 'g' });
    const start = performance.now();
    const p = computeProgress({ sessions, attempts: list, questionInfo: info, now: NOW });
    const elapsed = performance.now() - start;
    expect(p.totals.answers).toBe(10_000);
    expect(p.scoreOverTime).toHaveLength(400);
    expect(elapsed).toBeLessThan(500);
  });
});
