import { describe, expect, it } from 'vitest';

import type { Attempt, GuidePlan, Grade, ReviewSchedule } from '@/domain/model';
import { review } from '@/domain/scheduling';
import {
  selectDueQuestionIds,
  selectInterviewPlan,
  selectPlannedGuideSlugs,
  selectPractiseTimes,
  selectTodaysPractice,
} from '@/stores';

import { version1Attempt } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
/** Local 09:00, Tuesday 3 March 2026. */
const NOW = new Date(2026, 2, 3, 9).getTime();

function ymd(daysFromNow: number): string {
  const d = new Date(NOW + daysFromNow * DAY);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

const ids = (slug: string, n: number) => Array.from({ length: n }, (_, i) => `${slug}--q${i + 1}`);

function scheduled(questionId: string, daysAgo: number, grade: Grade = 'again'): ReviewSchedule {
  return review(null, {
    questionId,
    guideSlug: questionId.split('--')[0]!,
    attemptId: `attempt-${questionId}`,
    grade,
    at: NOW - daysAgo * DAY,
  });
}

function plan(guideSlug: string, interviewDate: string | null): GuidePlan {
  return { schemaVersion: 1, guideSlug, interviewDate, updatedAt: 1 };
}

function state({
  schedules = [],
  plans = [],
  attempts = [],
}: { schedules?: ReviewSchedule[]; plans?: GuidePlan[]; attempts?: Attempt[] } = {}) {
  return {
    schedules: Object.fromEntries(schedules.map((s) => [s.questionId, s])),
    plans: Object.fromEntries(plans.map((p) => [p.guideSlug, p])),
    attempts: Object.fromEntries(attempts.map((a) => [a.id, a])),
  };
}

const alpha = { slug: 'alpha', questionIds: ids('alpha', 40) };
const beta = { slug: 'beta', questionIds: ids('beta', 10) };

describe("selectTodaysPractice: the review queue with today's planned new questions", () => {
  it("is the due reviews, then today's share of new questions of a guide with an interview", () => {
    const s = state({
      schedules: [scheduled('alpha--q5', 3), scheduled('beta--q2', 9)],
      plans: [plan('alpha', ymd(12))],
    });
    const due = selectDueQuestionIds(s, NOW);
    expect(due).toEqual(['beta--q2', 'alpha--q5']);
    // 39 never practised over 10 days of new questions: 4 today, not all 39.
    expect(selectTodaysPractice(s, [alpha, beta], NOW)).toEqual([
      'beta--q2',
      'alpha--q5',
      'alpha--q1',
      'alpha--q2',
      'alpha--q3',
      'alpha--q4',
    ]);
  });

  it('adds nothing for a guide without an interview date, or with one that has passed', () => {
    const s = state({ schedules: [scheduled('beta--q2', 9)], plans: [plan('alpha', ymd(-2)), plan('beta', null)] });
    expect(selectTodaysPractice(s, [alpha, beta], NOW)).toEqual(['beta--q2']);
  });

  it('adds nothing new on the interview day', () => {
    const s = state({ plans: [plan('alpha', ymd(0))] });
    expect(selectTodaysPractice(s, [alpha], NOW)).toEqual([]);
  });

  it('shrinks as the new questions are practised today', () => {
    const s = state({
      // Two of today's four practised this morning, rated 'easy': not due again today.
      schedules: [scheduled('alpha--q1', 0.1, 'easy'), scheduled('alpha--q2', 0.1, 'easy')],
      plans: [plan('alpha', ymd(12))],
    });
    expect(selectTodaysPractice(s, [alpha], NOW)).toEqual(['alpha--q3', 'alpha--q4']);
  });
});

describe('selectInterviewPlan', () => {
  it('reads the interview date, the review log and the due list from the state', () => {
    const s = state({
      schedules: [scheduled('beta--q1', 4, 'easy'), scheduled('beta--q3', 5)],
      plans: [plan('beta', ymd(3))],
    });
    const p = selectInterviewPlan(s, beta, NOW);
    expect(p).toMatchObject({ status: 'upcoming', daysLeft: 3, neverPractised: 8, dueNow: 1 });
    if (p.status !== 'upcoming') throw new Error('upcoming');
    // Three days left: every new question today, the last two days for reviews.
    expect(p.today.newIds).toEqual(['beta--q2', ...ids('beta', 10).slice(3)]);
    expect(p.today.reviewIds).toEqual(['beta--q3']);
  });
});

describe('selectPractiseTimes', () => {
  it('takes the first and latest review, and rated attempts with no schedule', () => {
    let twice = scheduled('alpha--q1', 6, 'good');
    twice = review(twice, {
      questionId: 'alpha--q1',
      guideSlug: 'alpha',
      attemptId: 'second',
      grade: 'good',
      at: NOW - DAY,
    });
    const s = state({
      schedules: [twice],
      attempts: [
        version1Attempt({ id: 'rated', questionId: 'alpha--q2', ratedAt: NOW - 2 * DAY }),
        version1Attempt({ id: 'skipped', questionId: 'alpha--q3', skipped: true, ratedAt: NOW }),
        version1Attempt({ id: 'unrated', questionId: 'alpha--q4', ratedAt: null }),
      ],
    });
    expect(selectPractiseTimes(s, alpha.questionIds)).toEqual({
      'alpha--q1': { first: NOW - 6 * DAY, last: NOW - DAY },
      'alpha--q2': { first: NOW - 2 * DAY, last: NOW - 2 * DAY },
    });
  });
});

describe('selectPlannedGuideSlugs', () => {
  it('lists guides with an interview today or later, soonest first, the same array all day', () => {
    const s = state({
      plans: [
        plan('late', ymd(20)),
        plan('gone', ymd(-1)),
        plan('none', null),
        plan('soon', ymd(2)),
        plan('now', ymd(0)),
      ],
    });
    const slugs = selectPlannedGuideSlugs(s, NOW);
    expect(slugs).toEqual(['now', 'soon', 'late']);
    expect(selectPlannedGuideSlugs(s, NOW + 3 * 60 * 60 * 1000)).toBe(slugs);
    expect(selectPlannedGuideSlugs(s, NOW + DAY)).toEqual(['soon', 'late']);
  });
});
