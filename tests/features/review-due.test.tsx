import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Grade, ReviewSchedule } from '@/domain/model';
import { review } from '@/domain/scheduling';
import { usePracticeStore } from '@/stores';

import { loadChunks, renderApp, resetPracticeStore, sampleGuide } from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

beforeAll(() => loadChunks('markdown'));

const DAY = 24 * 60 * 60 * 1000;

/** A schedule for `questionId` reviewed `daysAgo` days ago. */
function scheduled(questionId: string, daysAgo: number, grade: Grade = 'again'): ReviewSchedule {
  return review(null, {
    questionId,
    guideSlug: questionId.split('--')[0]!,
    attemptId: `attempt-${questionId}`,
    grade,
    at: Date.now() - daysAgo * DAY,
  });
}

function seedSchedules(...schedules: ReviewSchedule[]) {
  usePracticeStore.setState({ schedules: Object.fromEntries(schedules.map((s) => [s.questionId, s])) });
}

const sessions = () => Object.values(usePracticeStore.getState().sessions);

beforeEach(() => {
  resetPracticeStore();
  usePracticeStore.setState({ schedules: {}, plans: {} });
});

describe('home: due today', () => {
  it('shows nothing when no question is due', async () => {
    seedSchedules(scheduled('sample-engineer--q1', 0, 'easy'));
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Interview guides' });
    expect(screen.queryByRole('heading', { name: /due today/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Review due' })).toBeNull();
  });

  it('counts due questions and starts a session of them, most overdue first', async () => {
    const user = userEvent.setup();
    seedSchedules(
      scheduled('sample-engineer--q3', 10),
      scheduled('sample-engineer--q1', 30),
      scheduled('sample-engineer--q2', 0, 'easy'),
      // A guide no longer in the library is not counted.
      scheduled('gone-guide--q1', 30),
    );
    const router = renderApp('/');
    const banner = (await screen.findByRole('heading', { name: '2 due today' })).closest('section')!;
    await user.click(within(banner).getByRole('button', { name: 'Review due' }));

    await waitFor(() => expect(sessions()).toHaveLength(1));
    const [session] = sessions();
    expect(session!.questionIds).toEqual(['sample-engineer--q1', 'sample-engineer--q3']);
    expect(session!.settings).toMatchObject({ order: 'due', guideSlugs: ['sample-engineer'], count: 2 });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${session!.id}`));
  });
});

describe('setup: due first', () => {
  it('offers a one-click review of what is due', async () => {
    const user = userEvent.setup();
    seedSchedules(scheduled('sample-engineer--q2', 5));
    const router = renderApp('/practice/new');
    await user.click(await screen.findByRole('button', { name: 'Review due (1)' }));
    await waitFor(() => expect(sessions()).toHaveLength(1));
    expect(sessions()[0]!.questionIds).toEqual(['sample-engineer--q2']);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${sessions()[0]!.id}`));
  });

  it('has no review button when nothing is due', async () => {
    renderApp('/practice/new');
    await screen.findByRole('heading', { level: 1, name: 'Practice session' });
    expect(screen.queryByRole('button', { name: /Review due/ })).toBeNull();
  });

  it("orders due questions first with 'Due first'", async () => {
    const user = userEvent.setup();
    seedSchedules(scheduled('sample-engineer--q3', 2), scheduled('sample-engineer--q2', 9));
    renderApp('/practice/new?guide=sample-engineer');
    await screen.findByRole('heading', { level: 1, name: 'Practice session' });
    const order = screen.getByRole('group', { name: 'Order' });
    await user.click(within(order).getByRole('radio', { name: /^Due first/ }));
    await user.click(screen.getByRole('button', { name: 'Start practice' }));
    await waitFor(() => expect(sessions()).toHaveLength(1));
    expect(sessions()[0]!.settings.order).toBe('due');
    expect(sessions()[0]!.questionIds.slice(0, 2)).toEqual(['sample-engineer--q2', 'sample-engineer--q3']);
  });
});

describe('guide page: interview date', () => {
  it('saves the date and says when every question comes back', async () => {
    renderApp(`/guides/${sampleGuide.slug}`);
    const input = await screen.findByLabelText('Interview date');
    expect(input).toHaveValue('');
    expect(screen.getByText(/Set the date of your interview/)).toBeVisible();

    const next = new Date();
    next.setDate(next.getDate() + 10);
    const ymd = [next.getFullYear(), next.getMonth() + 1, next.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    fireEvent.change(input, { target: { value: ymd } });

    expect(usePracticeStore.getState().plans[sampleGuide.slug]?.interviewDate).toBe(ymd);
    expect(input).toHaveValue(ymd);
    const shown = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
    const sameYear = next.getFullYear() === new Date().getFullYear();
    const expected = sameYear
      ? shown.format(next)
      : new Intl.DateTimeFormat(undefined, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
        }).format(next);
    expect(screen.getByText(`Every question you practise comes back before ${expected}.`)).toBeVisible();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear' }));
    expect(usePracticeStore.getState().plans[sampleGuide.slug]?.interviewDate).toBeNull();
    expect(input).toHaveValue('');
  });

  it('says when the date has passed', async () => {
    usePracticeStore.setState({
      plans: {
        [sampleGuide.slug]: {
          schemaVersion: 1,
          guideSlug: sampleGuide.slug,
          interviewDate: '2020-01-01',
          updatedAt: 1,
        },
      },
    });
    renderApp(`/guides/${sampleGuide.slug}`);
    expect(await screen.findByText(/That date has passed/)).toBeVisible();
  });
});
