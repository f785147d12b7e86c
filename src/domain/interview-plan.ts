/**
 * The interview plan: with an interview date set on a guide, how many days
 * are left and what to practise today so that every question of the guide is
 * seen at least once before the interview, with a day or two of reviews
 * after the last new one when there is time for it.
 *
 * Pure: the store gathers the facts (which questions were ever practised and
 * when, which are due) and this decides. Days are local calendar days.
 *
 * Today's share of new questions is worked out from the morning's numbers
 * (questions never practised plus those first practised today), so practising
 * shrinks what is left of today's plan instead of moving the goal: 40 new
 * over 10 days is 4 today, and after 1 of them "3 new" remain, not
 * ceil(39 / 10) = 4.
 */
import { endOfDay, parseDateOnly, startOfDay } from './schedule-dates';

/** When a question was practised (rated): the first and the latest time. */
export interface PractiseTimes {
  first: number;
  last: number;
}

export interface InterviewPlanInput {
  /** The guide's interview date, `YYYY-MM-DD`. */
  interviewDate: string | null | undefined;
  /** Now; the plan is for the local day containing it. */
  now: number;
  /** The guide's questions, in guide order (new questions are taken in this order). */
  questionIds: readonly string[];
  /** Per question ever practised: when. A question missing here was never practised. */
  practised: Readonly<Record<string, PractiseTimes | undefined>>;
  /** The guide's questions due for review by the end of today, most overdue first. */
  due: readonly string[];
}

/** Today's work: what is left to do, and what was done already. */
export interface TodaysPlan {
  /** Never-practised questions to start today, in guide order (what is left of today's share). */
  newIds: string[];
  /** Questions due for review now, most overdue first. */
  reviewIds: string[];
  /** Questions practised for the first time today. */
  newDone: number;
  /** Questions practised before today and again today. */
  reviewsDone: number;
}

export type InterviewPlan =
  | { status: 'none' }
  /** The interview day is over. */
  | { status: 'passed'; day: number }
  /** The interview is today: no new work. */
  | { status: 'today'; day: number; neverPractised: number; dueNow: number }
  | {
      status: 'upcoming';
      /** Local midnight starting the interview day. */
      day: number;
      /** Days to practise, today included, the interview day not: 1 the day before. */
      daysLeft: number;
      /** Of those, the days that take new questions; the rest are for reviews only. */
      newDays: number;
      total: number;
      /** Questions not practised yet (those first practised today are not counted). */
      neverPractised: number;
      /** Questions due for review now. */
      dueNow: number;
      today: TodaysPlan;
    };

const DAY = 24 * 60 * 60 * 1000;

/** Whole local days from the day containing `from` to the day starting at `day` (DST days are 23 or 25 h). */
function daysBetween(from: number, day: number): number {
  return Math.round((day - startOfDay(from)) / DAY);
}

/**
 * Days at the end kept for reviews only: the last two before the interview
 * (one with two days left, none with one). It depends on nothing but the days
 * left, so following the plan day after day keeps to it: new questions end
 * three days before the interview whenever the plan started. (A reserve that
 * grew with the days left would shrink on the way and push new questions
 * into the days meant for reviews.) A short run pays for it: with three days
 * left every new question is today.
 */
export function reviewOnlyDays(daysLeft: number): number {
  return Math.max(0, Math.min(2, daysLeft - 1));
}

export function planInterview(input: InterviewPlanInput): InterviewPlan {
  const day = parseDateOnly(input.interviewDate);
  if (day === null) return { status: 'none' };
  const { now, questionIds, practised } = input;
  if (endOfDay(day) <= now) return { status: 'passed', day };

  const todayStart = startOfDay(now);
  const inGuide = new Set(questionIds);
  const due = input.due.filter((id) => inGuide.has(id));
  const never: string[] = [];
  let newDone = 0;
  let reviewsDone = 0;
  for (const id of questionIds) {
    const times = practised[id];
    if (!times) never.push(id);
    else if (times.first >= todayStart) newDone++;
    else if (times.last >= todayStart) reviewsDone++;
  }

  const daysLeft = daysBetween(now, day);
  if (daysLeft <= 0) return { status: 'today', day, neverPractised: never.length, dueNow: due.length };

  const newDays = daysLeft - reviewOnlyDays(daysLeft);
  // This morning's count of new questions, so today's share does not shrink as it is done.
  const morning = never.length + newDone;
  const share = morning === 0 ? 0 : Math.ceil(morning / newDays);
  const newToday = Math.max(0, Math.min(never.length, share - newDone));

  return {
    status: 'upcoming',
    day,
    daysLeft,
    newDays,
    total: questionIds.length,
    neverPractised: never.length,
    dueNow: due.length,
    today: { newIds: never.slice(0, newToday), reviewIds: due, newDone, reviewsDone },
  };
}

/** Today's questions in the order to practise them: reviews due first (most overdue first), then the new ones. */
export function todaysQuestions(plan: InterviewPlan): string[] {
  if (plan.status !== 'upcoming') return [];
  return [...plan.today.reviewIds, ...plan.today.newIds];
}
