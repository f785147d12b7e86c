import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Guide } from '@/content/types';
import { DEFAULT_SETUP } from '@/domain/selection';
import { usePracticeStore } from '@/stores';

import {
  bank,
  makeAttempt,
  ratingsScoring,
  renderApp,
  resetPracticeStore,
  sampleGuide,
  sampleSummaries,
  stockQuestionBank,
} from '../support';

const productGuide: Guide = {
  ...sampleGuide,
  slug: 'product-manager',
  title: 'Product Manager Interview Preparation',
  questions: [
    {
      id: 'product-manager--q1',
      number: 1,
      category: 'Situational',
      text: 'How do you say no to a stakeholder?',
      sections: [],
      keyTerms: [],
      line: 10,
    },
  ],
};

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

const sessions = () => Object.values(usePracticeStore.getState().sessions);

beforeEach(() => {
  resetPracticeStore();
  stockQuestionBank({ guides: [sampleGuide, productGuide], summaries: sampleSummaries });
});

async function setupScreen(path: string) {
  const router = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Practice session' });
  return router;
}

const guideBox = (title: RegExp) => screen.getByRole('checkbox', { name: title });
const radio = (group: string, name: string) =>
  within(screen.getByRole('group', { name: group })).getByRole('radio', { name: new RegExp(`^${name}`) });

describe('practice setup', () => {
  it('starts from the defaults: no guide ticked (never all), 2 minutes per answer, typing', async () => {
    await setupScreen('/practice/new');

    expect(guideBox(/Sample Engineer/)).not.toBeChecked();
    expect(guideBox(/Product Manager/)).not.toBeChecked();
    expect(screen.getByText('Choose the guides to practise.')).toBeVisible();
    expect(screen.getByText('Choose a guide to see its categories.')).toBeVisible();
    expect(screen.getByRole('spinbutton', { name: 'Questions' })).toHaveValue(DEFAULT_SETUP.count);
    expect(radio('Time per answer', '2 min')).toBeChecked();
    expect(radio('Think time first', 'Off')).toBeChecked();
    expect(radio('Answer by', 'Typing')).toBeChecked();
    expect(radio('Order', 'Guide order')).toBeChecked();
  });

  it('pre-fills from the last setup used', async () => {
    usePracticeStore.getState().setLastSetup({
      guideSlugs: ['product-manager'],
      categories: [],
      count: 3,
      order: 'shuffled',
      timeLimitSec: 180,
      thinkTimeSec: 30,
      input: 'voice',
    });
    await setupScreen('/practice/new');

    expect(guideBox(/Product Manager/)).toBeChecked();
    expect(guideBox(/Sample Engineer/)).not.toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Questions' })).toHaveValue(3);
    expect(radio('Order', 'Shuffled')).toBeChecked();
    expect(radio('Time per answer', '3 min')).toBeChecked();
    expect(radio('Think time first', '30 s')).toBeChecked();
    expect(radio('Answer by', 'Voice')).toBeChecked();
  });

  it('narrows to one guide from ?guide=, keeping the other choices from the last setup', async () => {
    usePracticeStore.getState().setLastSetup({ ...DEFAULT_SETUP, guideSlugs: ['product-manager'], timeLimitSec: 60 });
    await setupScreen('/practice/new?guide=sample-engineer');

    expect(guideBox(/Sample Engineer/)).toBeChecked();
    expect(guideBox(/Product Manager/)).not.toBeChecked();
    const categories = within(screen.getByRole('group', { name: 'Categories' })).getAllByRole('checkbox');
    expect(categories.map((box) => box.parentElement?.textContent)).toEqual(['Technical2', 'Behavioral1']);
    expect(radio('Time per answer', '1 min')).toBeChecked();
    expect(screen.getByText('of 3 matching')).toBeVisible();
  });

  it('says so when the linked guide no longer exists, and falls back to the usual setup', async () => {
    usePracticeStore.getState().setLastSetup({ ...DEFAULT_SETUP, guideSlugs: ['product-manager'] });
    await setupScreen('/practice/new?guide=retired-guide');

    expect(screen.getByRole('status')).toHaveTextContent('The guide in the link is no longer in the library');
    expect(screen.getByText('Your last practice')).toBeVisible();
    expect(guideBox(/Sample Engineer/)).not.toBeChecked();
    expect(guideBox(/Product Manager/)).toBeChecked();
  });

  it('practises exactly one question from ?question=', async () => {
    const user = userEvent.setup();
    const router = await setupScreen('/practice/new?question=sample-engineer--q2');

    expect(screen.getByRole('heading', { level: 2, name: 'Tell me about a conflict you resolved.' })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Guides' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose questions instead' })).toHaveAttribute('href', '/practice/new');

    await user.click(radio('Time per answer', '3 min'));
    await user.click(screen.getByRole('button', { name: 'Start practice' }));

    await waitFor(() => expect(sessions()).toHaveLength(1));
    const [session] = sessions();
    expect(session!.questionIds).toEqual(['sample-engineer--q2']);
    expect(session!.settings.timeLimitSec).toBe(180);
    // Only the pacing is remembered: the next setup still offers every guide, not this one question's.
    expect(usePracticeStore.getState().settings.lastSetup).toMatchObject({
      guideSlugs: [],
      count: 5,
      timeLimitSec: 180,
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${session!.id}`));
  });

  it('falls back with a notice when the linked question is gone', async () => {
    await setupScreen('/practice/new?question=sample-engineer--no-such-question');

    expect(screen.getByRole('status')).toHaveTextContent('The question in the link is no longer in the library');
    expect(screen.getByRole('group', { name: 'Guides' })).toBeVisible();
  });

  it('explains what is missing instead of starting an empty session', async () => {
    const user = userEvent.setup();
    await setupScreen('/practice/new');
    const start = screen.getByRole('button', { name: 'Start practice' });

    // Nothing is ticked to begin with.
    await user.click(start);
    expect(screen.getByText('Choose at least one guide.')).toBeVisible();
    expect(screen.getByRole('group', { name: 'Guides' })).toHaveAccessibleDescription('Choose at least one guide.');
    expect(guideBox(/Sample Engineer/)).toHaveFocus();

    await user.click(guideBox(/Product Manager/));
    expect(screen.queryByText('Choose at least one guide.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Situational/ }));
    await user.click(start);
    expect(screen.getByText('Choose at least one category.')).toBeVisible();

    await user.click(screen.getByRole('checkbox', { name: /Situational/ }));
    const count = screen.getByRole('spinbutton', { name: 'Questions' });
    await user.clear(count);
    await user.click(start);
    expect(screen.getByText('Enter how many questions you want, from 1 to 100.')).toBeVisible();
    expect(count).toHaveAttribute('aria-invalid', 'true');
    expect(count).toHaveFocus();

    expect(sessions()).toHaveLength(0);
  });

  it('starts a session with the chosen questions in guide order, remembers the setup and opens it', async () => {
    const user = userEvent.setup();
    const router = await setupScreen('/practice/new?guide=sample-engineer');

    await user.click(screen.getByRole('checkbox', { name: /Behavioral/ }));
    expect(screen.getByText('of 2 matching')).toBeVisible();
    await user.click(radio('Think time first', '10 s'));
    await user.click(screen.getByRole('button', { name: 'Start practice' }));

    await waitFor(() => expect(sessions()).toHaveLength(1));
    const [session] = sessions();
    expect(session!.questionIds).toEqual(['sample-engineer--q1', 'sample-engineer--q3']);
    expect(session!.settings).toMatchObject({
      guideSlugs: ['sample-engineer'],
      categories: ['Technical'],
      thinkTimeSec: 10,
      timeLimitSec: 120,
    });
    expect(usePracticeStore.getState().settings.lastSetup).toEqual(session!.settings);
    expect(bank.loadGuide).toHaveBeenCalledWith('sample-engineer');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${session!.id}`));
    // The answering screen's chunk is compiled on first use, so it can take a moment.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'How do you design a rate limiter?' }, { timeout: 5000 }),
    ).toBeVisible();
  });

  it('orders weakest first by the latest rated scores', async () => {
    const user = userEvent.setup();
    usePracticeStore.setState({
      attempts: {
        a: makeAttempt({ id: 'a', questionId: 'sample-engineer--q1', ratings: ratingsScoring(14) }),
        b: makeAttempt({ id: 'b', questionId: 'sample-engineer--q3', ratings: ratingsScoring(4) }),
      },
    });
    await setupScreen('/practice/new?guide=sample-engineer');

    await user.click(radio('Order', 'Weakest first'));
    await user.click(screen.getByRole('button', { name: 'Start practice' }));

    await waitFor(() => expect(sessions()).toHaveLength(1));
    // Scored lowest first, then the never-practised question.
    expect(sessions()[0]!.questionIds).toEqual(['sample-engineer--q3', 'sample-engineer--q1', 'sample-engineer--q2']);
  });

  it('keeps the count within what matches and says so', async () => {
    const user = userEvent.setup();
    await setupScreen('/practice/new?guide=product-manager');

    const count = screen.getByRole('spinbutton', { name: 'Questions' });
    await user.clear(count);
    await user.type(count, '10');
    expect(screen.getByText('Only 1 match your choices, so all of them are asked.')).toBeVisible();
    expect(within(screen.getByRole('complementary', { name: 'Your session' })).getByText('1 question')).toBeVisible();
  });

  it('reports a guide that fails to load and lets the user try again', async () => {
    const user = userEvent.setup();
    bank.loadGuide.mockRejectedValueOnce(new Error('Chunk failed'));
    await setupScreen('/practice/new?guide=sample-engineer');

    await user.click(screen.getByRole('button', { name: 'Start practice' }));
    expect(await screen.findByText(/The questions could not be loaded \(Chunk failed\)/)).toBeVisible();
    expect(sessions()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Start practice' }));
    await waitFor(() => expect(sessions()).toHaveLength(1));
  });
});
