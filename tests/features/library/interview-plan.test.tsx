import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Guide } from '@/content/types';
import type { Grade, GuidePlan, ReviewSchedule } from '@/domain/model';
import { review } from '@/domain/scheduling';
import { usePracticeStore } from '@/stores';

import { bank, loadChunks, renderApp, resetPracticeStore, sampleGuide, stockQuestionBank } from '../../support';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));

beforeAll(() => loadChunks('markdown'));

const DAY = 24 * 60 * 60 * 1000;
/** Local 10:00 on Monday 2 March 2026. */
const NOW = new Date(2026, 2, 2, 10).getTime();

/** A guide of `n` questions, in two categories. */
function bigGuide(slug: string, title: string, n: number): Guide {
  return {
    ...sampleGuide,
    slug,
    title,
    questions: Array.from({ length: n }, (_, i) => ({
      id: `${slug}--q${i + 1}`,
      number: i + 1,
      category: i % 2 ? 'Technical' : 'Behavioral',
      text: `Question ${i + 1} of ${title}?`,
      sections: [],
      keyTerms: [],
      line: (i + 1) * 10,
    })),
  };
}

const BIG = bigGuide('big-guide', 'Big Guide', 40);
const SMALL = bigGuide('small-guide', 'Small Guide', 6);

function ymd(daysFromNow: number): string {
  const d = new Date(NOW);
  d.setDate(d.getDate() + daysFromNow);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** Practised (rated) `daysAgo` days before NOW. */
function scheduled(questionId: string, daysAgo: number, grade: Grade = 'again'): ReviewSchedule {
  return review(null, {
    questionId,
    guideSlug: questionId.split('--')[0]!,
    attemptId: `attempt-${questionId}`,
    grade,
    at: NOW - daysAgo * DAY,
  });
}

function seed({ schedules = [], dates = {} }: { schedules?: ReviewSchedule[]; dates?: Record<string, string> }) {
  const plans: Record<string, GuidePlan> = {};
  for (const [guideSlug, interviewDate] of Object.entries(dates)) {
    plans[guideSlug] = { schemaVersion: 1, guideSlug, interviewDate, updatedAt: NOW - DAY };
  }
  usePracticeStore.setState({ schedules: Object.fromEntries(schedules.map((s) => [s.questionId, s])), plans });
}

const sessions = () => Object.values(usePracticeStore.getState().sessions);
const planCard = () => screen.getByRole('region', { name: 'Interview plan' });
/** An element whose own text, all of it, is `text` (the lines are split in spans). */
const line = (text: string) => screen.getByText((_, el) => el?.tagName === 'P' && el.textContent === text);

beforeEach(() => {
  resetPracticeStore();
  stockQuestionBank({ guides: [sampleGuide, BIG, SMALL] });
  usePracticeStore.setState({ schedules: {}, plans: {} });
  // Only Date is faked: the router and waitFor keep real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('guide page: interview plan', () => {
  it('without a date: the date field and what a date does, no countdown or plan', async () => {
    renderApp('/guides/big-guide');
    const input = await screen.findByLabelText('Interview date');
    expect(input).toHaveValue('');
    expect(within(planCard()).getByText(/Set the date of your interview/)).toBeVisible();
    expect(screen.queryByText(/days? left/)).toBeNull();
    expect(screen.queryByRole('button', { name: "Start today's plan" })).toBeNull();
  });

  it('setting a date 12 days away shows the countdown and spreads the new questions', async () => {
    renderApp('/guides/big-guide');
    fireEvent.change(await screen.findByLabelText('Interview date'), { target: { value: ymd(12) } });
    expect(usePracticeStore.getState().plans['big-guide']?.interviewDate).toBe(ymd(12));
    expect(await within(planCard()).findByText('12 days left')).toBeVisible();
    expect(line('12 days left · interview on Sat, Mar 14')).toBeVisible();
    expect(line('40 questions never practised, none due for review')).toBeVisible();
    // 40 over the 10 days before the last two (kept for reviews): 4 a day.
    expect(line('Today: 4 new')).toBeVisible();
    expect(screen.getByText('Every question you practise comes back before Sat, Mar 14.')).toBeVisible();
  });

  it("counts reviews due and starts a session of exactly today's questions, reviews first", async () => {
    const user = userEvent.setup();
    seed({
      dates: { 'big-guide': ymd(12) },
      schedules: [scheduled('big-guide--q3', 4), scheduled('big-guide--q1', 9), scheduled('big-guide--q2', 2, 'easy')],
    });
    const router = renderApp('/guides/big-guide');
    expect(await screen.findByText('37 questions never practised, 2 due for review')).toBeVisible();
    expect(line('Today: 4 new, 2 reviews')).toBeVisible();

    await user.click(within(planCard()).getByRole('button', { name: "Start today's plan" }));
    await waitFor(() => expect(sessions()).toHaveLength(1));
    const [session] = sessions();
    expect(session!.questionIds).toEqual([
      'big-guide--q1',
      'big-guide--q3',
      'big-guide--q4',
      'big-guide--q5',
      'big-guide--q6',
      'big-guide--q7',
    ]);
    expect(session!.settings).toMatchObject({ guideSlugs: ['big-guide'], count: 6, order: 'due' });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${session!.id}`));
  });

  it('shrinks as today is practised, and says when it is done', async () => {
    seed({
      dates: { 'big-guide': ymd(12) },
      // Practised this morning, rated well enough not to be due again today.
      schedules: ['big-guide--q1', 'big-guide--q2', 'big-guide--q3'].map((id) => scheduled(id, 0.05, 'easy')),
    });
    renderApp('/guides/big-guide');
    expect(await screen.findByText('Today: 1 new')).toBeVisible();
    expect(line('Today: 1 new · Done today: 3 new')).toBeVisible();

    usePracticeStore.setState((s) => ({
      schedules: { ...s.schedules, 'big-guide--q4': scheduled('big-guide--q4', 0.01, 'easy') },
    }));
    expect(await screen.findByText("Today's plan is done: 4 new")).toBeVisible();
    expect(screen.queryByRole('button', { name: "Start today's plan" })).toBeNull();
  });

  it('everything practised: only the reviews', async () => {
    seed({
      dates: { 'small-guide': ymd(12) },
      schedules: [
        ...['q1', 'q2', 'q3', 'q4'].map((q) => scheduled(`small-guide--${q}`, 3, 'easy')),
        scheduled('small-guide--q5', 5),
        scheduled('small-guide--q6', 8),
      ],
    });
    renderApp('/guides/small-guide');
    expect(await screen.findByText('Every question practised, 2 due for review')).toBeVisible();
    expect(line('Today: 2 reviews')).toBeVisible();
  });

  it('the day before: one day left, every new question today', async () => {
    seed({ dates: { 'small-guide': ymd(1) } });
    renderApp('/guides/small-guide');
    expect(await screen.findByText('1 day left')).toBeVisible();
    expect(line('1 day left · interview tomorrow')).toBeVisible();
    expect(line('Today: 6 new')).toBeVisible();
  });

  it('on the day: good luck, no plan to start, and the date can be cleared', async () => {
    const user = userEvent.setup();
    seed({ dates: { 'small-guide': ymd(0) } });
    renderApp('/guides/small-guide');
    expect(
      await within(await screen.findByRole('region', { name: 'Interview plan' })).findByText(
        'Interview today — good luck',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: "Start today's plan" })).toBeNull();
    await user.click(within(planCard()).getByRole('button', { name: 'Clear' }));
    expect(usePracticeStore.getState().plans['small-guide']?.interviewDate).toBeNull();
    expect(screen.queryByText('Interview today — good luck')).toBeNull();
  });

  it('after it: says when it was, and offers to clear', async () => {
    seed({ dates: { 'small-guide': ymd(-3) } });
    renderApp('/guides/small-guide');
    expect(await screen.findByText(/^Your interview was on Fri, Feb 27\. That date has passed/)).toBeVisible();
    expect(screen.queryByText(/days? left/)).toBeNull();
    expect(within(planCard()).getByRole('button', { name: 'Clear' })).toBeVisible();
  });

  it('moves on at midnight: the countdown is one day shorter the next day', async () => {
    seed({ dates: { 'small-guide': ymd(5) } });
    vi.setSystemTime(NOW + DAY);
    renderApp('/guides/small-guide');
    expect(await screen.findByText('4 days left')).toBeVisible();
  });
});

describe('home: interview plans', () => {
  it('shows nothing without an interview date, or with one that has passed', async () => {
    seed({ dates: { 'big-guide': ymd(-1) } });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Interview guides' });
    expect(screen.queryByRole('region', { name: /Your interview/ })).toBeNull();
    expect(screen.queryByText(/days? left/)).toBeNull();
  });

  it('lists each guide with an interview to come, soonest first, with its plan', async () => {
    seed({
      dates: { 'big-guide': ymd(12), 'small-guide': ymd(3), 'sample-engineer': ymd(-2) },
      schedules: [scheduled('big-guide--q9', 4)],
    });
    renderApp('/');
    const banner = await screen.findByRole('region', { name: 'Your interviews' });
    const rows = within(banner).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Small Guide', 'Big Guide']);
    expect(within(rows[0]!).getByText('3 days left')).toBeVisible();
    expect(await within(rows[0]!).findByText('Today: 6 new')).toBeVisible();
    expect(within(rows[1]!).getByText('12 days left')).toBeVisible();
    expect(await within(rows[1]!).findByText('39 questions never practised, 1 due for review')).toBeVisible();
    expect(within(rows[1]!).getByText('Today: 4 new, 1 review')).toBeVisible();
    expect(within(rows[1]!).getByRole('link', { name: 'Big Guide' })).toHaveAttribute('href', '/guides/big-guide');
  });

  it("starts one guide's plan from its row", async () => {
    const user = userEvent.setup();
    seed({ dates: { 'big-guide': ymd(12), 'small-guide': ymd(3) } });
    const router = renderApp('/');
    // The button is disabled until the guide's questions are loaded.
    await screen.findByText('Today: 4 new');
    await user.click(screen.getByRole('button', { name: "Start today's plan for Big Guide" }));
    await waitFor(() => expect(sessions()).toHaveLength(1));
    const [session] = sessions();
    expect(session!.questionIds).toEqual(['big-guide--q1', 'big-guide--q2', 'big-guide--q3', 'big-guide--q4']);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${session!.id}`));
  });

  it('says good luck on the day', async () => {
    seed({ dates: { 'small-guide': ymd(0) } });
    renderApp('/');
    const banner = await screen.findByRole('region', { name: 'Your interview' });
    expect(within(banner).getByText('Interview today — good luck')).toBeVisible();
    expect(within(banner).queryByRole('button')).toBeNull();
  });

  it('keeps the row in place while the guide loads, and leaves out a guide that cannot load', async () => {
    seed({ dates: { 'big-guide': ymd(12), 'small-guide': ymd(3) } });
    let release: (guide: Guide) => void = () => {};
    bank.loadGuide.mockImplementation((slug: string) =>
      slug === 'big-guide'
        ? new Promise<Guide>((resolve) => (release = resolve))
        : Promise.reject(new Error('chunk failed')),
    );
    renderApp('/');
    const banner = await screen.findByRole('region', { name: 'Your interview' });
    expect(within(banner).getByText('12 days left')).toBeVisible();
    expect(within(banner).getByText("Loading today's plan…")).toBeVisible();
    expect(within(banner).getByRole('button', { name: "Start today's plan for Big Guide" })).toBeDisabled();
    expect(within(banner).queryByRole('link', { name: 'Small Guide' })).toBeNull();

    release(BIG);
    expect(await within(banner).findByText('Today: 4 new')).toBeVisible();
    expect(within(banner).getByRole('button', { name: "Start today's plan for Big Guide" })).toBeEnabled();
  });
});
