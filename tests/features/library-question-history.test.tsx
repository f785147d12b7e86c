import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { usePracticeStore } from '@/stores';

import { aSetup, renderApp, resetPracticeStore, sampleGuide } from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

const questionId = sampleGuide.questions[0]!.id;

/** One session per answer, through the store's actions, each a day after the last. */
function answer(texts: (string | null)[], totals: number[]) {
  texts.forEach((text, index) => {
    const at = new Date(2025, 0, 5 + index, 10).getTime();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(at);
    const store = usePracticeStore.getState();
    const sessionId = store.createSession(aSetup({ guideSlugs: [sampleGuide.slug], count: 1, timeLimitSec: 0 }), [
      questionId,
    ]);
    if (text === null) {
      store.skipQuestion(sessionId, questionId);
    } else {
      store.updateDraft(sessionId, questionId, { text, source: 'typed', startedAt: at });
      const id = store.submitAnswer(sessionId, questionId, { durationMs: 60_000, timeLimitSec: 0, overtimeSec: 0 });
      const total = totals[index]!;
      const part = Math.floor(total / 4) as 0 | 1 | 2 | 3 | 4;
      store.rateAttempt(id, {
        ratings: { context: part, approach: part, example: part, outcome: part },
        ratedAt: at + 1_000,
      });
    }
    store.completeSession(sessionId);
    clock.mockRestore();
  });
}

async function renderQuestion() {
  const router = renderApp(`/questions/${questionId}`);
  await screen.findByRole('heading', { level: 1, name: sampleGuide.questions[0]!.text });
  return router;
}

beforeEach(() => {
  resetPracticeStore();
});

describe('attempt history on a question', () => {
  it('lists every attempt newest first with its score, a trend and a link to its session', async () => {
    answer(['First try.', null, 'Second try.', 'Third try.'], [4, 0, 8, 16]);
    await renderQuestion();

    const list = screen.getByRole('list', { name: 'Previous attempts' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/^(Score \d+%|Skipped|Not rated)$/).textContent)).toEqual([
      'Score 100%',
      'Score 50%',
      'Skipped',
      'Score 25%',
    ]);
    expect(within(items[0]!).getByText('Attempt 4')).toBeVisible();
    const session = Object.values(usePracticeStore.getState().attempts).find(
      (a) => a.answer === 'Third try.',
    )!.sessionId;
    expect(within(items[0]!).getByRole('link', { name: 'Session of attempt 4' })).toHaveAttribute(
      'href',
      `/history/${session}`,
    );
    expect(screen.getByRole('img', { name: 'Score trend: 25%, 50%, 100%' })).toBeVisible();
    expect(screen.getByText('4 attempts · last score 100% · best 100%')).toBeVisible();
  });

  it('diffs the latest answer against the previous one word by word, and any two on request', async () => {
    answer(
      ['I led the team and we shipped late.', 'I led the platform team and we shipped on time.', null, 'We shipped.'],
      [8, 12, 0, 4],
    );
    const user = userEvent.setup();
    await renderQuestion();

    const compare = screen.getByRole('region', { name: 'Compare two attempts' });
    // Skipped attempts have no words to compare, so they are not offered.
    const from = within(compare).getByRole('combobox', { name: 'From' });
    const to = within(compare).getByRole('combobox', { name: 'To' });
    expect(
      within(from)
        .getAllByRole('option')
        .map((o) => o.textContent?.split(' · ')[0]),
    ).toEqual(['Attempt 4', 'Attempt 2', 'Attempt 1']);
    // Default: the previous answer (attempt 2) against the latest (attempt 4).
    expect(from).toHaveDisplayValue(/^Attempt 2/);
    expect(to).toHaveDisplayValue(/^Attempt 4/);

    await user.selectOptions(from, within(from).getByRole('option', { name: /^Attempt 1/ }));
    await user.selectOptions(to, within(to).getByRole('option', { name: /^Attempt 2/ }));

    const changes = within(compare).getByRole('group', { name: 'Changes from attempt 1 to attempt 2' });
    // What a screen reader reads: every change says what kind it is.
    expect(changes).toHaveTextContent(
      'I led the [added: platform ]team and we shipped [removed: late][added: on time].',
    );
    expect(
      within(changes)
        .getAllByRole('insertion')
        .map((el) => el.textContent),
    ).toEqual(['[added: platform ]', '[added: on time]']);
    expect(
      within(changes)
        .getAllByRole('deletion')
        .map((el) => el.textContent),
    ).toEqual(['[removed: late]']);
    expect(within(compare).getByText('3 words added, 1 word removed, 7 unchanged.')).toBeVisible();
  });

  it('says the same attempt chosen twice has nothing to compare', async () => {
    answer(['Alpha beta.', 'Alpha gamma.'], [8, 8]);
    const user = userEvent.setup();
    await renderQuestion();

    const compare = screen.getByRole('region', { name: 'Compare two attempts' });
    await user.selectOptions(
      within(compare).getByRole('combobox', { name: 'From' }),
      within(compare).getAllByRole('option', { name: /^Attempt 2/ })[0]!,
    );
    expect(within(compare).getByText(/same attempt is chosen twice/)).toBeVisible();
    expect(within(compare).queryByRole('group')).not.toBeInTheDocument();
  });

  it('offers no comparison with a single answer', async () => {
    answer(['Only once.'], [8]);
    await renderQuestion();
    expect(screen.queryByRole('region', { name: 'Compare two attempts' })).not.toBeInTheDocument();
    expect(screen.getByText(/Answer it once more to compare/)).toBeVisible();
  });
});
