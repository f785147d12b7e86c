import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Ratings, SessionSettings } from '@/domain/model';
import { selectHistoryRows } from '@/features/history/rows';
import { usePracticeStore } from '@/stores';

import { aSession, renderApp, resetPracticeStore, sampleGuide } from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

const [q1, q2, q3] = sampleGuide.questions.map((q) => q.id) as [string, string, string];
const pmQuestion = 'product-manager--q1';

const settings = (guideSlugs: string[]): SessionSettings => ({ ...aSession().settings, guideSlugs, count: 3 });

interface Answer {
  questionId: string;
  /** null skips the question. */
  text: string | null;
  ratings?: Ratings;
  note?: string;
  practicesCovered?: number[];
}

/**
 * A finished session, driven through the store's own actions at a fixed time
 * (the store reads Date.now), so its records are exactly what practising makes.
 */
function practise(at: number, guideSlugs: string[], questionIds: string[], answers: Answer[]): string {
  const clock = vi.spyOn(Date, 'now').mockReturnValue(at);
  try {
    const store = usePracticeStore.getState();
    const sessionId = store.createSession(settings(guideSlugs), questionIds);
    for (const answer of answers) {
      if (answer.text === null) {
        store.skipQuestion(sessionId, answer.questionId, { durationMs: 4_000 });
        continue;
      }
      store.updateDraft(sessionId, answer.questionId, { text: answer.text, source: 'typed', startedAt: at });
      const attemptId = store.submitAnswer(sessionId, answer.questionId, {
        durationMs: 75_000,
        timeLimitSec: 120,
        overtimeSec: 0,
      });
      store.rateAttempt(attemptId, {
        hints: { partsDetected: ['context', 'outcome'], termsUsed: ['token bucket'], termsMissed: ['sliding window'] },
      });
      if (answer.ratings) {
        store.rateAttempt(attemptId, {
          ratings: answer.ratings,
          grade: 'good',
          practicesCovered: answer.practicesCovered ?? [],
          note: answer.note ?? '',
          ratedAt: at + 1_000,
        });
      }
    }
    store.completeSession(sessionId);
    return sessionId;
  } finally {
    clock.mockRestore();
  }
}

const MAR_1 = new Date(2025, 2, 1, 9, 0).getTime();
const MAR_5 = new Date(2025, 2, 5, 18, 30).getTime();
const MAR_9 = new Date(2025, 2, 9, 7, 15).getTime();

/** Three sessions, deliberately created out of date order. */
function seedThree() {
  const middle = practise(
    MAR_5,
    ['product-manager'],
    [pmQuestion],
    [{ questionId: pmQuestion, text: 'We cut scope.', ratings: { context: 2, approach: 2, example: 2, outcome: 2 } }],
  );
  const oldest = practise(
    MAR_1,
    ['sample-engineer'],
    [q1, q2, q3],
    [
      {
        questionId: q1,
        text: 'I used a token bucket per client <script>alert(1)</script>.',
        ratings: { context: 3, approach: 3, example: 3, outcome: 3 },
        note: 'Mention Redis next time.',
      },
      { questionId: q2, text: null },
      { questionId: q3, text: 'Heap snapshots.', ratings: { context: 4, approach: 4, example: 4, outcome: 4 } },
    ],
  );
  const newest = practise(
    MAR_9,
    ['sample-engineer'],
    [q1, q2],
    [{ questionId: q1, text: 'Fixed window counters.', ratings: { context: 1, approach: 1, example: 1, outcome: 1 } }],
  );
  return { oldest, middle, newest };
}

const sessionLinks = () =>
  within(screen.getByRole('list', { name: 'Sessions' }))
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('link')[0]!.textContent);

beforeEach(() => {
  resetPracticeStore();
});

describe('/history', () => {
  it('lists every session newest first with its guide, answered count, average score and time', async () => {
    seedThree();
    renderApp('/history');

    await screen.findByRole('heading', { level: 1, name: 'History' });
    expect(sessionLinks()).toEqual([
      'Sun, Mar 9, 2025 at 7:15 AM',
      'Wed, Mar 5, 2025 at 6:30 PM',
      'Sat, Mar 1, 2025 at 9:00 AM',
    ]);
    expect(screen.getByText('3 sessions')).toBeVisible();

    const oldest = screen.getByRole('link', { name: /Mar 1, 2025/ }).closest('li')!;
    expect(within(oldest).getByText(sampleGuide.title)).toBeVisible();
    const stat = (label: string) => within(oldest).getByText(label, { selector: 'dt' }).nextElementSibling;
    // Two answered, one skipped; scores 75 and 100 average to 88; 75 s + 4 s + 75 s.
    expect(stat('Answered')).toHaveTextContent('2 of 3');
    expect(stat('Average')).toHaveTextContent('88%');
    expect(stat('Time')).toHaveTextContent('2:34');
    expect(screen.getByRole('link', { name: /Mar 5, 2025/ }).closest('li')).toHaveTextContent(
      'Product Manager Interview Preparation',
    );
  });

  it('invites a first session when there is none', async () => {
    renderApp('/history');
    expect(await screen.findByRole('heading', { name: 'No sessions yet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Start practising' })).toHaveAttribute('href', '/practice/new');
  });

  it('filters by guide and by date range, keeping the filters in the URL', async () => {
    seedThree();
    const router = renderApp('/history');
    const user = userEvent.setup();
    await screen.findByRole('list', { name: 'Sessions' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Guide' }), 'Product Manager Interview Preparation');
    await waitFor(() => expect(sessionLinks()).toEqual(['Wed, Mar 5, 2025 at 6:30 PM']));
    expect(router.state.location.search).toEqual({ guide: 'product-manager' });
    expect(screen.getByText('Showing 1 of 3 sessions')).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Guide' }), 'All guides');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-03-02' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-03-09' } });
    await waitFor(() => expect(sessionLinks()).toEqual(['Sun, Mar 9, 2025 at 7:15 AM', 'Wed, Mar 5, 2025 at 6:30 PM']));
    expect(router.state.location.search).toEqual({ from: '2025-03-02', to: '2025-03-09' });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(sessionLinks()).toHaveLength(3));
    expect(router.state.location.search).toEqual({});
  });

  it('reads filters from the URL and ignores ones it cannot use', async () => {
    seedThree();
    renderApp('/history?guide=sample-engineer&from=2025-03-08');
    await waitFor(() => expect(sessionLinks()).toEqual(['Sun, Mar 9, 2025 at 7:15 AM']));
    expect(screen.getByRole('combobox', { name: 'Guide' })).toHaveValue('sample-engineer');
  });

  it('falls back to no filter for values it cannot use', async () => {
    seedThree();
    renderApp('/history?guide=%3Cscript%3E&from=2025-02-31&to=yesterday');
    await waitFor(() => expect(sessionLinks()).toHaveLength(3));
    expect(screen.getByRole('combobox', { name: 'Guide' })).toHaveValue('');
    expect(screen.getByLabelText('From')).toHaveValue('');
    expect(screen.getByLabelText('To')).toHaveValue('');
    expect(screen.queryByRole('option', { name: '<script>' })).not.toBeInTheDocument();
  });

  it('says when no session matches, with a way back to all', async () => {
    seedThree();
    renderApp('/history?from=2030-01-01');
    expect(await screen.findByRole('heading', { name: 'No sessions match these filters' })).toBeVisible();
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(sessionLinks()).toHaveLength(3));
  });

  it('deletes a session and brings it back with Undo', async () => {
    const { middle } = seedThree();
    const user = userEvent.setup();
    renderApp('/history');
    await screen.findByRole('list', { name: 'Sessions' });

    await user.click(screen.getByRole('button', { name: 'Delete session from Wed, Mar 5, 2025 at 6:30 PM' }));

    expect(sessionLinks()).toEqual(['Sun, Mar 9, 2025 at 7:15 AM', 'Sat, Mar 1, 2025 at 9:00 AM']);
    expect(usePracticeStore.getState().sessions[middle]).toBeUndefined();
    expect(Object.values(usePracticeStore.getState().attempts).some((a) => a.sessionId === middle)).toBe(false);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Session from Wed, Mar 5, 2025 at 6:30 PM deleted.');
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    await user.click(undo);

    expect(sessionLinks()).toEqual([
      'Sun, Mar 9, 2025 at 7:15 AM',
      'Wed, Mar 5, 2025 at 6:30 PM',
      'Sat, Mar 1, 2025 at 9:00 AM',
    ]);
    expect(usePracticeStore.getState().sessions[middle]).toBeDefined();
    expect(Object.values(usePracticeStore.getState().attempts).filter((a) => a.sessionId === middle)).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('restored');
    expect(within(screen.getByRole('status')).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('opens a session from the list', async () => {
    const { oldest } = seedThree();
    const router = renderApp('/history');
    await userEvent.setup().click(await screen.findByRole('link', { name: /Mar 1, 2025/ }));
    await screen.findByRole('heading', { level: 1, name: /Session of Sat, Mar 1, 2025/ });
    expect(router.state.location.pathname).toBe(`/history/${oldest}`);
  });
});

describe('history rows', () => {
  it('are memoised: the same records give the same array, a change rebuilds only what it touched', () => {
    seedThree();
    const first = selectHistoryRows(usePracticeStore.getState());
    expect(selectHistoryRows(usePracticeStore.getState())).toBe(first);

    const [newest, middle] = first;
    const attempt = Object.values(usePracticeStore.getState().attempts).find((a) => a.sessionId === newest!.id)!;
    usePracticeStore
      .getState()
      .rateAttempt(attempt.id, { ratings: { context: 4, approach: 4, example: 4, outcome: 4 } });

    const second = selectHistoryRows(usePracticeStore.getState());
    expect(second).not.toBe(first);
    expect(second[0]!.averageScore).toBe(100);
    expect(second[1]).toBe(middle);
  });
});

describe('/history/$sessionId', () => {
  it('replays each question: the answer as text, ratings, ticks, hints, grade, note, time and the model answer', async () => {
    const { oldest } = seedThree();
    renderApp(`/history/${oldest}`);

    await screen.findByRole('heading', { level: 1, name: 'Session of Sat, Mar 1, 2025 at 9:00 AM' });
    const questions = within(screen.getByRole('list', { name: 'Questions' })).getAllByRole('article');
    expect(questions.map((q) => within(q).getByRole('heading', { level: 2 }).textContent)).toEqual(
      sampleGuide.questions.map((q) => q.text),
    );

    const first = questions[0]!;
    // The answer reads back literally, markup and all.
    expect(within(first).getByText('I used a token bucket per client <script>alert(1)</script>.')).toBeVisible();
    expect(document.querySelector('script')).toBeNull();
    expect(within(first).getByText('Score 75%')).toBeVisible();
    expect(within(first).getByText('Grade Good')).toBeVisible();
    expect(within(first).getByText('Took 1:15')).toBeVisible();
    const ratings = within(first).getByRole('region', { name: 'Your ratings' });
    expect(within(ratings).getByText('Context').nextElementSibling).toHaveTextContent('Specific3/4');
    expect(within(first).getByRole('region', { name: 'Hints shown' })).toHaveTextContent(
      'Parts spotted:Context, OutcomeKey terms used:token bucketKey terms missed:sliding window',
    );
    expect(within(first).getByText('Mention Redis next time.')).toBeVisible();
    const model = within(first).getByRole('region', { name: 'Model answer' });
    expect(within(model).getByText('shared').tagName).toBe('STRONG');
    expect(within(model).getByText('Store counters')).toBeVisible();

    expect(within(questions[1]!).getByText('Skipped')).toBeVisible();
    expect(within(questions[1]!).getByText('You skipped this question.')).toBeVisible();
    expect(within(questions[2]!).getByText('Score 100%')).toBeVisible();
  });

  it('replays a part marked "doesn\'t apply" as n/a, with the score over the parts that apply', async () => {
    const sessionId = practise(
      MAR_1,
      ['sample-engineer'],
      [q3],
      [{ questionId: q3, text: 'Heap snapshots.', ratings: { context: 'na', approach: 3, example: 3, outcome: 'na' } }],
    );
    renderApp(`/history/${sessionId}`);
    const [question] = within(await screen.findByRole('list', { name: 'Questions' })).getAllByRole('article');
    expect(within(question!).getByText('Score 75%')).toBeVisible();
    const ratings = within(question!).getByRole('region', { name: 'Your ratings' });
    expect(within(ratings).getByText('Context').nextElementSibling).toHaveTextContent("Doesn't applyn/a");
    expect(within(ratings).getByText('Approach').nextElementSibling).toHaveTextContent('Specific3/4');
  });

  it('shows questions never reached, and a guide gone from the library, without failing', async () => {
    const { newest, middle } = seedThree();
    renderApp(`/history/${newest}`);
    const questions = within(await screen.findByRole('list', { name: 'Questions' })).getAllByRole('article');
    expect(within(questions[1]!).getByText('Not reached')).toBeVisible();

    resetPracticeStore();
    // The product-manager guide does not load in these tests.
    const again = seedThree();
    renderApp(`/history/${again.middle}`);
    expect(await screen.findAllByText('A question no longer in the library')).not.toHaveLength(0);
    expect(middle).toBeTruthy();
  });

  it('is not found for an unknown session', async () => {
    seedThree();
    renderApp('/history/no-such-session');
    expect(await screen.findByRole('heading', { level: 1, name: 'Session not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'See all sessions' })).toHaveAttribute('href', '/history');
  });
});
