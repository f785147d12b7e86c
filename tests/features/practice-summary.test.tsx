import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { PART_INFO } from '@/domain/rubric';
import { usePracticeStore } from '@/stores';

import { makeAttempt, makeSession, renderApp, resetPracticeStore, sampleGuide, seedPracticeStore } from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

const [q1, q2, q3] = sampleGuide.questions.map((q) => q.id) as [string, string, string];

/**
 * Q1 answered and rated 10/16 (63, Good) with 15 s over the limit; Q2
 * skipped; Q3 answered with only Context rated. Averages over what was rated:
 * Context (3+4)/2 = 3.5, Approach 3, Example 2, Outcome 2 → Example is the
 * weakest (tied with Outcome, earlier in rubric order).
 */
function seedFinishedSession() {
  seedPracticeStore({
    sessions: [makeSession({ questionIds: [q1, q2, q3], status: 'completed', completedAt: Date.UTC(2025, 2, 1, 10) })],
    attempts: [
      makeAttempt({
        id: 'a1',
        questionId: q1,
        ratings: { context: 3, approach: 3, example: 2, outcome: 2 },
        grade: 'good',
        durationMs: 135_000,
        overtimeSec: 15,
      }),
      makeAttempt({
        id: 'a2',
        questionId: q2,
        skipped: true,
        answer: '',
        ratings: { context: null, approach: null, example: null, outcome: null },
        grade: null,
        ratedAt: null,
        durationMs: 5_000,
      }),
      makeAttempt({
        id: 'a3',
        questionId: q3,
        ratings: { context: 4, approach: null, example: null, outcome: null },
        grade: null,
        ratedAt: null,
        durationMs: 60_000,
      }),
    ],
  });
}

async function renderSummary() {
  const router = renderApp('/practice/session-1/summary');
  await screen.findByRole('heading', { level: 1, name: 'How it went' });
  return router;
}

const questionRows = () => within(screen.getByRole('list', { name: 'Questions' })).getAllByRole('listitem');
const stat = (row: HTMLElement, label: string) => {
  const term = within(row).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
};

beforeEach(() => {
  resetPracticeStore();
});

describe('session summary', () => {
  it('shows each question with its score (or Skipped / Not rated), grade and time with overtime', async () => {
    seedFinishedSession();
    await renderSummary();

    const rows = questionRows();
    expect(rows).toHaveLength(3);

    expect(within(rows[0]!).getByRole('link', { name: sampleGuide.questions[0]!.text })).toHaveAttribute(
      'href',
      `/questions/${q1}`,
    );
    expect(stat(rows[0]!, 'Score')).toHaveTextContent('63/100');
    expect(stat(rows[0]!, 'Grade')).toHaveTextContent('Good');
    expect(stat(rows[0]!, 'Time')).toHaveTextContent('2:1515 s over');

    expect(stat(rows[1]!, 'Score')).toHaveTextContent('Skipped');
    expect(stat(rows[1]!, 'Grade')).toHaveTextContent('—');
    expect(stat(rows[1]!, 'Time')).toHaveTextContent('5 s');

    expect(stat(rows[2]!, 'Score')).toHaveTextContent('Not rated');
    expect(stat(rows[2]!, 'Time')).toHaveTextContent('1:00');
    expect(stat(rows[2]!, 'Time')).not.toHaveTextContent('over');
  });

  it('shows the overall figures, per-part averages as text, and the weakest part with its tip', async () => {
    seedFinishedSession();
    await renderSummary();

    const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(figure('Overall score')).toHaveTextContent('63/100');
    expect(figure('Answered')).toHaveTextContent('2 of 3');
    expect(figure('Skipped')).toHaveTextContent('1');
    expect(figure('Total time')).toHaveTextContent('3:20');

    const parts = screen.getByRole('region', { name: 'By part' });
    const average = (label: string) =>
      within(parts).getByText(new RegExp(`^${label}`), { selector: 'dt' }).nextElementSibling;
    expect(average('Context')).toHaveTextContent('3.5 / 4');
    expect(average('Approach')).toHaveTextContent('3 / 4');
    expect(average('Example')).toHaveTextContent('2 / 4');
    expect(average('Outcome')).toHaveTextContent('2 / 4');
    expect(within(parts).getByText(/^Example/, { selector: 'dt' })).toHaveTextContent('Example (weakest)');

    const focus = screen.getByRole('region', { name: 'Weakest part: Example' });
    expect(within(focus).getByText(PART_INFO.example.tip)).toBeVisible();
    expect(within(focus).getByText(/Averaged 2 out of 4/)).toBeVisible();
  });

  it('shows a part marked "doesn\'t apply" as n/a, not 0, and scores over the parts that apply', async () => {
    seedPracticeStore({
      sessions: [makeSession({ questionIds: [q1, q3], status: 'completed', completedAt: Date.UTC(2025, 2, 1, 10) })],
      attempts: [
        makeAttempt({
          id: 'a1',
          questionId: q1,
          ratings: { context: 'na', approach: 3, example: 3, outcome: 'na' },
          grade: 'good',
        }),
        makeAttempt({
          id: 'a3',
          questionId: q3,
          ratings: { context: 'na', approach: 2, example: 4, outcome: 2 },
          grade: 'good',
        }),
      ],
    });
    await renderSummary();

    const rows = questionRows();
    expect(stat(rows[0]!, 'Score')).toHaveTextContent('75/100');
    expect(stat(rows[0]!, 'Grade')).toHaveTextContent('Good');
    expect(stat(rows[1]!, 'Score')).toHaveTextContent('67/100');

    const parts = screen.getByRole('region', { name: 'By part' });
    const average = (label: string) =>
      within(parts).getByText(new RegExp(`^${label}`), { selector: 'dt' }).nextElementSibling;
    expect(average('Context')).toHaveTextContent(/^n\/a$/);
    expect(average('Outcome')).toHaveTextContent('2 / 4');
    expect(within(parts).getByText(/left out of that part’s average, not counted as 0/)).toHaveTextContent(
      'Context in 2 answers, Outcome in 1 answer.',
    );
    // Never rated, so never the weakest: Outcome (2) is.
    expect(screen.getByRole('region', { name: 'Weakest part: Outcome' })).toBeVisible();
  });

  it('retries the weak and skipped questions as a new session with the same settings', async () => {
    const user = userEvent.setup();
    seedFinishedSession();
    const router = await renderSummary();
    const before = usePracticeStore.getState().sessions['session-1']!;

    const retryList = screen.getByRole('list', { name: 'Questions to retry' });
    expect(
      within(retryList)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([sampleGuide.questions[0]!.text, sampleGuide.questions[1]!.text]);

    await user.click(screen.getByRole('button', { name: 'Retry these 2 questions' }));

    const created = Object.values(usePracticeStore.getState().sessions).filter((s) => s.id !== 'session-1');
    expect(created).toHaveLength(1);
    expect(created[0]!.questionIds).toEqual([q1, q2]);
    expect(created[0]!.settings).toEqual(before.settings);
    expect(created[0]!.status).toBe('active');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${created[0]!.id}`));
  });

  it('says there is nothing to retry when every rated answer is strong', async () => {
    seedPracticeStore({
      sessions: [makeSession({ questionIds: [q1], status: 'completed' })],
      attempts: [
        makeAttempt({ id: 'a1', questionId: q1, ratings: { context: 4, approach: 4, example: 4, outcome: 3 } }),
      ],
    });
    await renderSummary();

    expect(screen.getByText(/Nothing to retry/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Weakest part: Outcome' })).toBeVisible();
  });

  it('asks for ratings, rather than claiming all is well, when nothing was rated', async () => {
    seedPracticeStore({
      sessions: [makeSession({ questionIds: [q1], status: 'completed' })],
      attempts: [
        makeAttempt({
          id: 'a1',
          questionId: q1,
          ratings: { context: null, approach: null, example: null, outcome: null },
          grade: null,
          ratedAt: null,
        }),
      ],
    });
    await renderSummary();

    expect(screen.getByText(/Nothing to suggest yet/)).toBeVisible();
    expect(screen.queryByText(/every rated answer scored 75/)).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Nothing rated yet' })).toBeVisible();
    expect(stat(questionRows()[0]!, 'Score')).toHaveTextContent('Not rated');
  });

  it('links back to the guide and home', async () => {
    seedFinishedSession();
    await renderSummary();

    const nav = screen.getByRole('navigation', { name: 'Where next' });
    expect(within(nav).getByRole('link', { name: `Back to ${sampleGuide.title}` })).toHaveAttribute(
      'href',
      `/guides/${sampleGuide.slug}`,
    );
    expect(within(nav).getByRole('link', { name: 'Library' })).toHaveAttribute('href', '/');
  });

  it('shows "not found" for an unknown session', async () => {
    renderApp('/practice/no-such-session/summary');
    expect(await screen.findByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Questions' })).not.toBeInTheDocument();
  });
});
