import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import type { SearchEntry } from '@/content/types';
import type { Attempt, Ratings } from '@/domain/model';
import { PART_INFO } from '@/domain/rubric';
import { ProgressPage } from '@/features/progress/ProgressPage';

import { makeAttempt, makeSession, renderWithRouter, resetPracticeStore, seedPracticeStore } from '../support';

const QUESTIONS: SearchEntry[] = [
  {
    id: 'g--q1',
    guideSlug: 'g',
    guideTitle: 'Sample Guide',
    category: 'Technical',
    number: 1,
    text: 'How do you design a rate limiter?',
  },
  {
    id: 'g--q2',
    guideSlug: 'g',
    guideTitle: 'Sample Guide',
    category: 'Behavioral',
    number: 2,
    text: 'Tell me about a conflict.',
  },
];

const at = (m: number, d: number, h = 12) => new Date(2025, m - 1, d, h).getTime();
const NOW = at(3, 20, 18);
const r = (c: number, a: number, e: number, o: number) =>
  ({ context: c, approach: a, example: e, outcome: o }) as Ratings;
const NO_RESULT = 'At my previous company our team had slow reports. I decided to automate them with a script.';

let n = 0;
function attempt(overrides: Partial<Attempt>): Attempt {
  n++;
  return makeAttempt({ id: `t${n}`, questionId: 'g--q1', guideSlug: 'g', answer: NO_RESULT, ...overrides });
}

function renderPage() {
  return renderWithRouter(<ProgressPage questions={QUESTIONS} now={NOW} />);
}

beforeEach(() => {
  resetPracticeStore();
  n = 0;
});

describe('progress page', () => {
  it('shows the empty state with a link to practise', async () => {
    renderPage();
    expect(
      await screen.findByRole('heading', { name: 'Practise a few questions to see your progress' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start practising' })).toHaveAttribute('href', '/practice/new');
  });

  describe('with practice', () => {
    beforeEach(() => {
      seedPracticeStore({
        sessions: [makeSession({ status: 'completed' })],
        attempts: [
          // 18th: q1 100%, q2 50% → 75%.
          attempt({ submittedAt: at(3, 18), ratings: r(4, 4, 4, 4), durationMs: 60_000 }),
          attempt({ questionId: 'g--q2', submittedAt: at(3, 18, 14), ratings: r(2, 2, 2, 2), durationMs: 60_000 }),
          // 19th and 20th: q1 at 63% (rated Outcome high without a result), eight more times.
          ...Array.from({ length: 4 }, (_, i) =>
            attempt({ submittedAt: at(3, 19, 9 + i), ratings: r(3, 3, 1, 3), durationMs: 60_000 }),
          ),
          ...Array.from({ length: 4 }, (_, i) =>
            attempt({ submittedAt: at(3, 20, 9 + i), ratings: r(3, 3, 1, 3), durationMs: 60_000 }),
          ),
        ],
      });
    });

    it('shows the totals and the streak', async () => {
      renderPage();
      await screen.findByRole('heading', { level: 1, name: 'Your progress' });
      const streak = screen.getByText('Current streak').parentElement!;
      expect(within(streak).getByText('3 days')).toBeInTheDocument();
      expect(within(streak).getByText('Practised today')).toBeInTheDocument();
      expect(screen.getByText('Time practised').parentElement).toHaveTextContent('10 min');
      expect(screen.getByText(/3 days in a row, including today/)).toBeInTheDocument();
    });

    it('gives the score chart a name, and a table with the daily numbers on request', async () => {
      const user = userEvent.setup();
      renderPage();
      const chart = await screen.findByRole('img', {
        name: /^Line chart of your score over time, 3 days from Mar 18 to Mar 20/,
      });
      expect(chart).toHaveAccessibleName(expect.stringContaining('overall 75% on the first day, 63% on the latest'));
      // Not laid out until asked for: a long history would be thousands of cells.
      expect(screen.queryByRole('table', { name: 'Score by day (percent)' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Show table: Score by day (percent)' }));
      const table = screen.getByRole('table', { name: 'Score by day (percent)' });
      const rows = within(table).getAllByRole('row');
      expect(rows).toHaveLength(4);
      expect(
        within(rows[1]!)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['2', '75%', '75%', '75%', '75%', '75%']);
      expect(within(rows[3]!).getAllByRole('rowheader')[0]).toHaveTextContent('Thu, Mar 20, 2025');
      expect(
        within(rows[3]!)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['4', '63%', '75%', '75%', '25%', '75%']);
    });

    it('toggles part lines and the visible table', async () => {
      const user = userEvent.setup();
      renderPage();
      const outcome = await screen.findByRole('button', { name: 'Outcome', pressed: false });
      await user.click(outcome);
      expect(outcome).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByRole('img', { name: /Line chart/ })).toHaveAccessibleName(
        expect.stringMatching(/Showing: Overall, Outcome\.$/),
      );
      const show = screen.getByRole('button', { name: 'Show table: Score by day (percent)' });
      await user.click(show);
      expect(show).toHaveAttribute('aria-expanded', 'true');
      expect(show).toHaveAccessibleName('Hide table: Score by day (percent)');
      expect(show).toHaveAttribute('aria-controls', screen.getByRole('table', { name: 'Score by day (percent)' }).id);
      await user.click(show);
      expect(screen.queryByRole('table', { name: 'Score by day (percent)' })).not.toBeInTheDocument();
    });

    it('shows category and guide strength with their numbers', async () => {
      const user = userEvent.setup();
      renderPage();
      const byCategory = await screen.findByRole('img', { name: /^Bar chart of average score by category/ });
      expect(byCategory).toHaveAccessibleName(
        'Bar chart of average score by category, weakest first: Behavioral 50% (1 answer); Technical 67% (9 answers).',
      );
      await user.click(screen.getByRole('button', { name: /^Show table: .*average score by guide/ }));
      const table = screen.getByRole('table', { name: 'average score by guide' });
      expect(within(table).getByRole('row', { name: 'Sample Guide 65% 10' })).toBeInTheDocument();
    });

    it('describes the calendar in text', async () => {
      const user = userEvent.setup();
      renderPage();
      expect(
        await screen.findByRole('img', {
          name: /^Practice calendar, 20 weeks from .*: 10 answers on 3 days, at most 4 in a day\. Current streak 3 days\.$/,
        }),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Show table: Answers per day, by week' }));
      const table = screen.getByRole('table', { name: 'Answers per day, by week' });
      // The week of Monday 17 March: nothing Mon, the 18th (Tue) 2, Wed 4, Thu 4, and the rest of the week still to come.
      expect(within(table).getByRole('row', { name: 'Mar 17 0 2 4 4' })).toBeInTheDocument();
    });

    it('names the weakest part with its tip and links the weakest questions', async () => {
      renderPage();
      expect(await screen.findByRole('heading', { name: /Weakest part: Example/ })).toBeInTheDocument();
      expect(screen.getByText(PART_INFO.example.tip)).toBeInTheDocument();
      const list = screen.getByRole('heading', { name: 'Lowest-scoring questions' }).parentElement!;
      const links = within(list).getAllByRole('link');
      expect(links.map((l) => l.textContent)).toEqual([
        'Tell me about a conflict.',
        'How do you design a rate limiter?',
      ]);
      expect(links[0]).toHaveAttribute('href', '/questions/g--q2');
    });

    it('reports a calibration finding in plain language', async () => {
      renderPage();
      await screen.findByRole('heading', { name: 'How you rate yourself' });
      expect(
        screen.getByText(
          'You rate Outcome 3–4 in 9 of 10 answers, but none of those answers seems to state a result or a number. Check it against the rubric before rating it high.',
        ),
      ).toBeInTheDocument();
    });
  });
});
