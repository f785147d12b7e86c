import { describe, expect, it } from 'vitest';

import {
  planInterview,
  reviewOnlyDays,
  todaysQuestions,
  type InterviewPlan,
  type InterviewPlanInput,
  type PractiseTimes,
} from '@/domain/interview-plan';

/** Local 10:00, Monday 2 March 2026. */
const NOW = new Date(2026, 2, 2, 10).getTime();
const DAY = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of the local day `n` days after NOW's. */
function inDays(n: number, from = NOW): string {
  const d = new Date(from);
  d.setDate(d.getDate() + n);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((x) => String(x).padStart(2, '0')).join('-');
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `g--q${i + 1}`);

function plan(overrides: Partial<InterviewPlanInput> = {}): InterviewPlan {
  return planInterview({
    interviewDate: inDays(12),
    now: NOW,
    questionIds: ids(40),
    practised: {},
    due: [],
    ...overrides,
  });
}

function upcoming(p: InterviewPlan) {
  if (p.status !== 'upcoming') throw new Error(`expected an upcoming plan, got ${p.status}`);
  return p;
}

/** Practised on `daysAgo` days before NOW (0: earlier today). */
const at = (daysAgo: number): number => NOW - daysAgo * DAY - 60 * 1000;
const times = (first: number, last = first): PractiseTimes => ({ first, last });

describe('planInterview: dates', () => {
  it('has no plan without a date, or with one that is no date', () => {
    expect(plan({ interviewDate: null }).status).toBe('none');
    expect(plan({ interviewDate: '' }).status).toBe('none');
    expect(plan({ interviewDate: '2026-02-30' }).status).toBe('none');
  });

  it('counts the days left from today, today included and the interview day not', () => {
    const p = upcoming(plan({ interviewDate: inDays(12) }));
    expect(p.daysLeft).toBe(12);
    expect(p.day).toBe(new Date(2026, 2, 14).getTime());
    // Late in the evening is still the same day.
    expect(upcoming(plan({ now: new Date(2026, 2, 2, 23, 59).getTime() })).daysLeft).toBe(12);
  });

  it('counts calendar days across a daylight-saving change', () => {
    // 29 March 2026 is a 23-hour day in much of Europe; the count must not lose it in any zone.
    const p = upcoming(plan({ now: new Date(2026, 2, 25, 9).getTime(), interviewDate: '2026-04-02' }));
    expect(p.daysLeft).toBe(8);
  });

  it('the day before: one day left, and every new question is today', () => {
    const p = upcoming(plan({ interviewDate: inDays(1), questionIds: ids(30) }));
    expect(p.daysLeft).toBe(1);
    expect(p.newDays).toBe(1);
    expect(p.today.newIds).toHaveLength(30);
  });

  it('on the day: no new work, only the counts', () => {
    const p = plan({ interviewDate: inDays(0), due: ['g--q1'], practised: { 'g--q1': times(at(3)) } });
    expect(p).toEqual({ status: 'today', day: new Date(2026, 2, 2).getTime(), neverPractised: 39, dueNow: 1 });
    expect(todaysQuestions(p)).toEqual([]);
  });

  it('once the day is over: passed', () => {
    expect(plan({ interviewDate: inDays(-1) })).toEqual({ status: 'passed', day: new Date(2026, 2, 1).getTime() });
    expect(plan({ interviewDate: '2020-01-01' }).status).toBe('passed');
  });
});

describe('planInterview: spreading new questions', () => {
  it('keeps the last two days before the interview for reviews, when there are more', () => {
    expect([1, 2, 3, 5, 12, 60].map(reviewOnlyDays)).toEqual([0, 1, 2, 2, 2, 2]);
  });

  it('40 new over 12 days: 10 days of new questions, 4 a day, in guide order', () => {
    const p = upcoming(plan());
    expect(p.newDays).toBe(10);
    expect(p.neverPractised).toBe(40);
    expect(p.today.newIds).toEqual(['g--q1', 'g--q2', 'g--q3', 'g--q4']);
  });

  it('rounds up, so every question is seen before the review-only days', () => {
    expect(upcoming(plan({ questionIds: ids(38) })).today.newIds).toHaveLength(4); // 38 / 10
    expect(upcoming(plan({ questionIds: ids(41) })).today.newIds).toHaveLength(5);
  });

  it('following the plan day by day sees every question, and the last two days are reviews only', () => {
    const questionIds = ids(38);
    const practised: Record<string, PractiseTimes> = {};
    const perDay: number[] = [];
    for (let d = 0; d < 12; d++) {
      const now = NOW + d * DAY;
      const p = upcoming(plan({ now, questionIds, practised, interviewDate: inDays(12) }));
      expect(p.daysLeft).toBe(12 - d);
      perDay.push(p.today.newIds.length);
      for (const id of p.today.newIds) practised[id] = times(now);
    }
    expect(perDay).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 0, 0]);
    expect(Object.keys(practised)).toHaveLength(38);
  });

  it('more days than questions: one a day from today, then reviews', () => {
    const p = upcoming(plan({ questionIds: ids(3), interviewDate: inDays(20) }));
    expect(p.today.newIds).toEqual(['g--q1']);
  });

  it('a short run: with three days or two, every new question is today and reviews follow', () => {
    expect(upcoming(plan({ questionIds: ids(10), interviewDate: inDays(4) })).today.newIds).toHaveLength(5);
    expect(upcoming(plan({ questionIds: ids(10), interviewDate: inDays(3) })).today.newIds).toHaveLength(10);
    expect(upcoming(plan({ questionIds: ids(10), interviewDate: inDays(2) })).today.newIds).toHaveLength(10);
  });

  it('a user who fell behind gets the rest today once in the review days', () => {
    const practised = Object.fromEntries(ids(30).map((id) => [id, times(at(5))]));
    const p = upcoming(plan({ practised, interviewDate: inDays(2) }));
    expect(p.today.newIds).toEqual(ids(40).slice(30));
  });

  it('everything practised: no new questions, only the reviews due', () => {
    const practised = Object.fromEntries(ids(5).map((id) => [id, times(at(4))]));
    const p = upcoming(plan({ questionIds: ids(5), practised, due: ['g--q4', 'g--q2'] }));
    expect(p.neverPractised).toBe(0);
    expect(p.today).toEqual({ newIds: [], reviewIds: ['g--q4', 'g--q2'], newDone: 0, reviewsDone: 0 });
    expect(todaysQuestions(p)).toEqual(['g--q4', 'g--q2']);
  });

  it('a guide with no questions has an empty plan', () => {
    const p = upcoming(plan({ questionIds: [] }));
    expect(p).toMatchObject({ total: 0, neverPractised: 0, dueNow: 0 });
    expect(todaysQuestions(p)).toEqual([]);
  });

  it('skips practised questions when picking new ones', () => {
    const p = upcoming(plan({ practised: { 'g--q1': times(at(2)), 'g--q3': times(at(5)) } }));
    expect(p.neverPractised).toBe(38);
    expect(p.today.newIds).toEqual(['g--q2', 'g--q4', 'g--q5', 'g--q6']);
  });
});

describe('planInterview: done today', () => {
  it("practising a new question shrinks today's share instead of recounting it", () => {
    // Morning: 40 new → 4 today. One of them done: 3 left today, not ceil(39 / 10) = 4.
    const p = upcoming(plan({ practised: { 'g--q1': times(at(0)) } }));
    expect(p.neverPractised).toBe(39);
    expect(p.today.newDone).toBe(1);
    expect(p.today.newIds).toEqual(['g--q2', 'g--q3', 'g--q4']);
  });

  it("today's share done: nothing new left today", () => {
    const practised = Object.fromEntries(ids(4).map((id) => [id, times(at(0))]));
    const p = upcoming(plan({ practised }));
    expect(p.today.newDone).toBe(4);
    expect(p.today.newIds).toEqual([]);
  });

  it('doing more than the share leaves none, never a negative count', () => {
    const practised = Object.fromEntries(ids(7).map((id) => [id, times(at(0))]));
    expect(upcoming(plan({ practised })).today.newIds).toEqual([]);
  });

  it('counts a review done today: practised before, and again today', () => {
    const p = upcoming(
      plan({
        practised: { 'g--q1': times(at(3), at(0)), 'g--q2': times(at(3), at(1)), 'g--q3': times(at(0)) },
        due: ['g--q2'],
      }),
    );
    expect(p.today.reviewsDone).toBe(1);
    expect(p.today.newDone).toBe(1);
    expect(p.today.reviewIds).toEqual(['g--q2']);
  });

  it('keeps reviews of other guides out', () => {
    const p = upcoming(plan({ practised: { 'g--q1': times(at(3)) }, due: ['other--q1', 'g--q1'] }));
    expect(p.dueNow).toBe(1);
    expect(p.today.reviewIds).toEqual(['g--q1']);
  });
});

describe('todaysQuestions', () => {
  it('reviews first, then the new questions', () => {
    const p = plan({ questionIds: ids(20), practised: { 'g--q9': times(at(3)) }, due: ['g--q9'] });
    expect(todaysQuestions(p)).toEqual(['g--q9', 'g--q1', 'g--q2']);
  });

  it('is empty without an upcoming interview', () => {
    expect(todaysQuestions(plan({ interviewDate: null }))).toEqual([]);
    expect(todaysQuestions(plan({ interviewDate: inDays(-3) }))).toEqual([]);
  });
});
