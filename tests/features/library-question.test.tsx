import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { QuestionPage } from '@/features/library/QuestionPage';

import { loadChunks, renderWithRouter, resetPracticeStore, sampleGuide, seedPracticeStore } from '../support';
import { anAttempt, ratingsScoring } from '../support/records';

beforeAll(() => loadChunks('markdown'));

const [rateLimiter, conflict, memoryLeak] = sampleGuide.questions as [
  (typeof sampleGuide.questions)[number],
  (typeof sampleGuide.questions)[number],
  (typeof sampleGuide.questions)[number],
];

beforeEach(() => {
  resetPracticeStore();
});

/** The revealed model answer: the region its Hide button controls. */
function answerRegion(): HTMLElement {
  const hide = screen.getByRole('button', { name: 'Hide model answer' });
  return document.getElementById(hide.getAttribute('aria-controls')!)!;
}

/** The texts of the region's headings at `level`, in order. */
function headingTexts(region: HTMLElement, level: number): (string | null)[] {
  return within(region)
    .getAllByRole('heading', { level })
    .map((heading) => heading.textContent);
}

describe('QuestionPage', () => {
  it('shows the question with its guide, category and a link to practise just it', async () => {
    renderWithRouter(<QuestionPage guide={sampleGuide} question={rateLimiter} />);

    expect(await screen.findByRole('heading', { level: 1, name: rateLimiter.text })).toBeVisible();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Library' })).toHaveAttribute('href', '/');
    expect(within(breadcrumb).getByRole('link', { name: sampleGuide.title })).toHaveAttribute(
      'href',
      '/guides/sample-engineer',
    );
    expect(within(breadcrumb).getByText('Question 1')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Technical')).toBeVisible();
    expect(screen.getByText('Question 1 of 3')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Practise just this' })).toHaveAttribute(
      'href',
      '/practice/new?question=sample-engineer--q1',
    );
  });

  it('keeps the model answer out of the page until revealed, then shows it by part', async () => {
    const user = userEvent.setup();
    const { container } = renderWithRouter(<QuestionPage guide={sampleGuide} question={rateLimiter} />);

    const reveal = await screen.findByRole('button', { name: 'Reveal model answer' });
    expect(reveal).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Store counters')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Context' })).not.toBeInTheDocument();

    await user.click(reveal);

    const hide = screen.getByRole('button', { name: 'Hide model answer' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    const answer = answerRegion();
    expect(headingTexts(answer, 3)).toEqual(['Context', 'Approach']);
    expect(within(answer).getByText('shared').tagName).toBe('STRONG');
    expect(within(answer).getByText('Store counters')).toBeVisible();
    // Raw HTML in guide text is dropped, neither rendered nor shown as markup.
    expect(container.querySelector('b')).toBeNull();
    expect(within(answer).getByText('raw html')).toBeVisible();
    expect(within(answer).queryByText(/<b>/)).not.toBeInTheDocument();

    await user.click(hide);
    expect(screen.queryByText('Store counters')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal model answer' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows a lone unlabelled answer without a redundant heading', async () => {
    const user = userEvent.setup();
    renderWithRouter(<QuestionPage guide={sampleGuide} question={conflict} />);

    await user.click(await screen.findByRole('button', { name: 'Reveal model answer' }));
    expect(screen.getByText('Listen first, then agree on facts.')).toBeVisible();
    expect(screen.queryByRole('heading', { level: 3, name: 'Answer' })).not.toBeInTheDocument();
  });

  it('shows what the answer opens with first, as the guide does, before the parts it knows', async () => {
    const user = userEvent.setup();
    const opensWithOverview = {
      ...rateLimiter,
      id: 'sample-engineer--overview',
      sections: [
        { kind: 'answer' as const, label: 'Overview', markdown: 'A service you reach in the browser.' },
        { kind: 'answer' as const, label: 'Differences from Traditional Models', markdown: 'Subscriptions.' },
        { kind: 'example' as const, label: 'Real-World Scenario', markdown: 'An ERP moved online.' },
        { kind: 'bestPractices' as const, label: 'Best Practices', markdown: 'Stress scalability.' },
        { kind: 'answer' as const, label: 'Alternative Considerations', markdown: 'A graceful exit.' },
      ],
    };
    renderWithRouter(<QuestionPage guide={sampleGuide} question={opensWithOverview} />);

    await user.click(await screen.findByRole('button', { name: 'Reveal model answer' }));
    const answer = answerRegion();
    const text = answer.textContent!;
    const at = (words: string) => text.indexOf(words);
    expect(at('A service you reach in the browser.')).toBeGreaterThanOrEqual(0);
    expect(at('A service you reach in the browser.')).toBeLessThan(at('Subscriptions.'));
    expect(at('Subscriptions.')).toBeLessThan(at('An ERP moved online.'));
    expect(at('An ERP moved online.')).toBeLessThan(at('Stress scalability.'));
    // An unknown part after the known ones still comes after them, under its title.
    expect(at('Stress scalability.')).toBeLessThan(at('A graceful exit.'));
    expect(headingTexts(answer, 3)).toEqual(['Example', 'Best practices', 'More from the model answer']);
    expect(headingTexts(answer, 4)).toEqual([
      'Overview',
      'Differences from Traditional Models',
      'Real-World Scenario',
      'Alternative Considerations',
    ]);
  });

  it('groups nested parts under their part with the scenario they came from, and shows the answer as written', async () => {
    const user = userEvent.setup();
    const nested = {
      ...rateLimiter,
      id: 'sample-engineer--nested',
      sections: [
        { kind: 'example' as const, label: 'Scenario 1', markdown: 'Rescuing a delayed rollout.' },
        {
          kind: 'context' as const,
          label: 'Context',
          markdown: 'Three weeks late.',
          within: 'Scenario 1: Rescuing a delayed rollout',
        },
        {
          kind: 'outcome' as const,
          label: 'Outcome',
          markdown: 'Live two days early.',
          within: 'Scenario 1: Rescuing a delayed rollout',
        },
        { kind: 'context' as const, label: 'Situation', markdown: 'A churned retailer.', within: 'Scenario 2' },
      ],
      asWritten: '- **Scenario 1**: Rescuing a delayed rollout.\n  - **Context**: Three weeks late.',
    };
    renderWithRouter(<QuestionPage guide={sampleGuide} question={nested} />);

    await user.click(await screen.findByRole('button', { name: 'Reveal model answer' }));
    const answer = answerRegion();
    // The rubric's order, whatever the guide's: Context before Example.
    expect(headingTexts(answer, 3)).toEqual(['Context', 'Example', 'Outcome']);
    expect(headingTexts(answer, 4)).toEqual([
      'Scenario 1: Rescuing a delayed rollout',
      'Scenario 2 · Situation',
      'Scenario 1',
      'Scenario 1: Rescuing a delayed rollout',
    ]);

    const asWritten = screen.getByRole('button', { name: 'As written' });
    expect(asWritten).toHaveAttribute('aria-pressed', 'false');
    await user.click(asWritten);
    expect(asWritten).toHaveAttribute('aria-pressed', 'true');
    expect(within(answer).queryByRole('heading', { level: 3, name: 'Context' })).not.toBeInTheDocument();
    expect(within(answer).getByText('Scenario 1').tagName).toBe('STRONG');
    expect(within(answer).getByText(': Three weeks late.', { exact: false })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'By part' }));
    expect(within(answer).getByRole('heading', { level: 3, name: 'Context' })).toBeVisible();
  });

  it('says when there is no model answer, with nothing to reveal', async () => {
    renderWithRouter(<QuestionPage guide={sampleGuide} question={memoryLeak} />);

    expect(await screen.findByText(/no model answer for this question yet/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /model answer/ })).not.toBeInTheDocument();
  });

  it('invites a first attempt when there is none', async () => {
    renderWithRouter(<QuestionPage guide={sampleGuide} question={rateLimiter} />);

    expect(await screen.findByText(/You have not practised this question yet/)).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Previous attempts' })).not.toBeInTheDocument();
  });

  it('lists previous attempts at this question, newest first, with their scores', async () => {
    seedPracticeStore({
      attempts: [
        anAttempt({ id: 'a1', ratings: ratingsScoring(8), submittedAt: Date.UTC(2025, 0, 5, 10) }),
        anAttempt({ id: 'a2', skipped: true, submittedAt: Date.UTC(2025, 0, 6, 10) }),
        anAttempt({ id: 'a3', ratings: ratingsScoring(14), submittedAt: Date.UTC(2025, 0, 7, 10) }),
        anAttempt({ id: 'a4', ratedAt: null, submittedAt: Date.UTC(2025, 0, 8, 10) }),
        // Another question's attempt is not listed.
        anAttempt({ id: 'other', questionId: conflict.id, ratings: ratingsScoring(16) }),
      ],
    });
    renderWithRouter(<QuestionPage guide={sampleGuide} question={rateLimiter} />);

    const list = await screen.findByRole('list', { name: 'Previous attempts' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => within(item).getByText(/^(Score \d+%|Skipped|Not rated)$/).textContent),
    ).toEqual(['Not rated', 'Score 88%', 'Skipped', 'Score 50%']);
    expect(screen.getByText('4 attempts · last score 88% · best 88%')).toBeVisible();
    // One duration format across the app (domain/hints formatDuration): 95 s reads "1:35".
    expect(within(list).getAllByText(/1:35/)).toHaveLength(3);
  });

  it('links to the neighbouring questions of the guide', async () => {
    renderWithRouter(<QuestionPage guide={sampleGuide} question={conflict} />);

    const nav = await screen.findByRole('navigation', { name: 'Other questions in this guide' });
    expect(within(nav).getByRole('link', { name: /Previous question/ })).toHaveAttribute(
      'href',
      '/questions/sample-engineer--q1',
    );
    expect(within(nav).getByRole('link', { name: /Next question/ })).toHaveAttribute(
      'href',
      '/questions/sample-engineer--q3',
    );
  });
});
