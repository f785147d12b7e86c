import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { makeAttempt, makeSession, renderApp, resetPracticeStore, sampleGuide, seedPracticeStore } from '../support';

/**
 * A stored timestamp that is a number but no date (beyond ±8.64e15 ms) is
 * set aside on load; these tests put one in the store directly, as if it had
 * slipped through, and check that no page goes down because of it.
 */
vi.mock('virtual:question-bank', () => import('../support/question-bank'));

const NOT_A_DATE = 8_700_000_000_000_000;
const q1 = sampleGuide.questions[0]!.id;

beforeEach(() => {
  resetPracticeStore();
  seedPracticeStore({
    sessions: [
      makeSession({ id: 'good', status: 'completed', createdAt: Date.UTC(2025, 2, 1, 9) }),
      makeSession({ id: 'bad', status: 'completed', createdAt: NOT_A_DATE, updatedAt: NOT_A_DATE }),
    ],
    attempts: [
      makeAttempt({ id: 'good-answer', sessionId: 'good', questionId: q1, submittedAt: Date.UTC(2025, 2, 1, 9, 5) }),
      makeAttempt({ id: 'bad-answer', sessionId: 'bad', questionId: q1, submittedAt: NOT_A_DATE }),
    ],
  });
});

describe('a stored timestamp that is no date', () => {
  it('History lists the good session and shows the bad one as "unknown date"', async () => {
    renderApp('/history');
    await screen.findByRole('heading', { level: 1, name: 'History' });
    const sessions = within(screen.getByRole('list', { name: 'Sessions' })).getAllByRole('listitem');
    expect(sessions).toHaveLength(2);
    expect(screen.getByRole('link', { name: /Mar 1, 2025/ })).toBeVisible();
    expect(screen.getByRole('link', { name: /unknown date/ })).toBeVisible();
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
  });

  it('the question page lists both answers, the bad one as "unknown date"', async () => {
    renderApp(`/questions/${q1}`);
    expect((await screen.findAllByText(/unknown date/))[0]).toBeVisible();
    expect(screen.getAllByText(/Mar 1, 2025/)[0]).toBeVisible();
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
  });

  it('Progress still renders', async () => {
    renderApp('/progress');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
  });
});
