import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { PracticeSession } from '@/domain/model';
import { draftKey, usePracticeStore } from '@/stores';

import { aDraft, loadChunks, makeSession, renderApp, resetPracticeStore, seedPracticeStore } from '../../support';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));

beforeAll(() => loadChunks('reveal'));
beforeEach(() => resetPracticeStore());

const answerBox = () => screen.getByRole('textbox', { name: 'Your answer' });
const questionHeading = (name: string) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe('focus on the answering screen', () => {
  it('is in the answer box once a session starts, so the first words typed are the answer', async () => {
    const user = userEvent.setup();
    renderApp('/practice/new?guide=sample-engineer');
    await user.click(await screen.findByRole('button', { name: 'Start practice' }, { timeout: 5000 }));

    const heading = await screen.findByRole('heading', { level: 1, name: /\?|\.$/ }, { timeout: 5000 });
    await waitFor(() => expect(answerBox()).toHaveFocus());
    // Focus skips the heading, so the box carries the question in its description.
    expect(answerBox()).toHaveAccessibleDescription(new RegExp(`^${heading.textContent!.replace(/[?.]/g, '\\$&')}`));

    // Typed without a click or a Tab: it lands in the box and Submit takes it.
    await user.keyboard('Token bucket per user.');
    expect(answerBox()).toHaveValue('Token bucket per user.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    // Submitted: no "Write or dictate an answer first", and the attempt holds what was typed.
    expect(screen.queryByText(/answer first/)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Your answer' })).not.toBeInTheDocument());
    expect(Object.values(usePracticeStore.getState().attempts)).toEqual([
      expect.objectContaining({ answer: 'Token bucket per user.' }),
    ]);
  }, 20_000);

  it('is in the new answer box after Submit, rate and Next', async () => {
    const user = userEvent.setup();
    const base = makeSession({ id: 's1', questionIds: ['sample-engineer--q1', 'sample-engineer--q2'] });
    seedPracticeStore({ sessions: [{ ...base, currentIndex: 0, settings: { ...base.settings, thinkTimeSec: 0 } }] });
    renderApp('/practice/s1');
    await questionHeading('How do you design a rate limiter?');
    await waitFor(() => expect(answerBox()).toHaveFocus());

    await user.keyboard('Token bucket per user.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    const context = await screen.findByRole('radiogroup', { name: 'Rate your context' }, { timeout: 5000 });
    await user.click(within(context).getByRole('radio', { name: /^3 / }));
    await user.click(screen.getByRole('button', { name: /Next question/ }));

    await questionHeading('Tell me about a conflict you resolved.');
    expect(answerBox()).toHaveValue('');
    expect(answerBox()).toHaveFocus();
  }, 20_000);

  it('is after the words already there when a session reopens on a draft, so typing carries on', async () => {
    const user = userEvent.setup();
    const base = makeSession({ id: 's1', questionIds: ['sample-engineer--q1'] });
    seedPracticeStore({ sessions: [{ ...base, currentIndex: 0, settings: { ...base.settings, thinkTimeSec: 0 } }] });
    usePracticeStore.setState({
      drafts: { [draftKey('s1', 'sample-engineer--q1')]: aDraft({ sessionId: 's1', text: 'Before the reload.' }) },
    });
    renderApp('/practice/s1');
    await questionHeading('How do you design a rate limiter?');
    await waitFor(() => expect(answerBox()).toHaveFocus());
    expect(answerBox()).toHaveValue('Before the reload.');

    await user.keyboard(' And after.');
    expect(answerBox()).toHaveValue('Before the reload. And after.');
  });

  it('is on the question in interviewer mode, where the answer box is hidden', async () => {
    const base = makeSession({ id: 's1', questionIds: ['sample-engineer--q1'] });
    seedPracticeStore({
      sessions: [
        {
          ...base,
          currentIndex: 0,
          settings: { ...base.settings, thinkTimeSec: 0, input: 'interviewer' },
        } as PracticeSession,
      ],
    });
    renderApp('/practice/s1');
    const heading = await questionHeading('How do you design a rate limiter?');
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
