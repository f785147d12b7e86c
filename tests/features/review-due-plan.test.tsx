import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Guide } from '@/content/types';
import { review } from '@/domain/scheduling';
import { usePracticeStore } from '@/stores';

import { renderApp, resetPracticeStore, sampleGuide, stockQuestionBank } from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

const DAY = 24 * 60 * 60 * 1000;
/** Local 10:00 on Monday 2 March 2026; the interview is on Saturday 14 March. */
const NOW = new Date(2026, 2, 2, 10).getTime();

const BIG: Guide = {
  ...sampleGuide,
  slug: 'big-guide',
  title: 'Big Guide',
  questions: Array.from({ length: 40 }, (_, i) => ({
    id: `big-guide--q${i + 1}`,
    number: i + 1,
    category: 'Technical',
    text: `Question ${i + 1}?`,
    sections: [],
    keyTerms: [],
    line: (i + 1) * 10,
  })),
};

beforeEach(() => {
  resetPracticeStore();
  stockQuestionBank({ guides: [sampleGuide, BIG] });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const due = review(null, {
    questionId: 'sample-engineer--q2',
    guideSlug: 'sample-engineer',
    attemptId: 'a1',
    grade: 'again',
    at: NOW - 3 * DAY,
  });
  usePracticeStore.setState({
    schedules: { [due.questionId]: due },
    plans: { 'big-guide': { schemaVersion: 1, guideSlug: 'big-guide', interviewDate: '2026-03-14', updatedAt: 1 } },
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('review due with an interview plan', () => {
  it("adds today's share of the planned guide's new questions after the reviews, not all of them", async () => {
    const user = userEvent.setup();
    renderApp('/');
    const banner = (await screen.findByRole('heading', { name: '1 due today' })).closest('section')!;
    await user.click(within(banner).getByRole('button', { name: 'Review due' }));
    await waitFor(() => expect(Object.values(usePracticeStore.getState().sessions)).toHaveLength(1));
    const [session] = Object.values(usePracticeStore.getState().sessions);
    expect(session!.questionIds).toEqual([
      'sample-engineer--q2',
      'big-guide--q1',
      'big-guide--q2',
      'big-guide--q3',
      'big-guide--q4',
    ]);
    expect(session!.settings.guideSlugs).toEqual(['sample-engineer', 'big-guide']);
  });
});
