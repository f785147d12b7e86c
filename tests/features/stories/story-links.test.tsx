import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { PracticeSession } from '@/domain/model';
import { storyQuestionId } from '@/domain/stories';
import { usePracticeStore } from '@/stores';

import {
  anAttempt,
  aSession,
  loadChunks,
  renderApp,
  resetPracticeStore,
  sampleGuide,
  searchEntriesOf,
  seedPracticeStore,
  stockQuestionBank,
  UNRATED,
} from '../../support';
import { aStory, seedStories } from './story-fixtures';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));

beforeAll(() => loadChunks('reveal', 'markdown'));

/** "Tell me about a conflict you resolved." — model answer "Listen first, then agree on facts." */
const CONFLICT = 'sample-engineer--q2';
const MODEL_ANSWER = 'Listen first, then agree on facts.';

const conflictStory = aStory({ id: 'story-conflict', title: 'Settled a release dispute', tags: ['conflict'] });
const unrelated = aStory({
  id: 'story-k8s',
  title: 'Migrated to Kubernetes',
  situation: 'Servers were hand-built.',
  task: 'Move to containers.',
  action: 'I wrote Helm charts.',
  result: 'Deploys took 5 minutes.',
  tags: ['kubernetes', 'infrastructure'],
  numbers: '',
});

function session(questionIds: string[], overrides: Partial<PracticeSession> = {}): PracticeSession {
  const base = aSession({ id: 'session-1', questionIds, status: 'active' });
  return {
    ...base,
    currentIndex: 0,
    ...overrides,
    settings: { ...base.settings, timeLimitSec: 60, thinkTimeSec: 0 },
  } as PracticeSession;
}

beforeEach(() => {
  resetPracticeStore();
  seedStories();
});

describe('stories on a question page', () => {
  it('suggests a matching story with why, not an unrelated one, and links it only on a click', async () => {
    seedStories([conflictStory, unrelated]);
    const user = userEvent.setup();
    renderApp(`/questions/${CONFLICT}`);
    const section = await screen.findByRole('region', { name: 'Your stories' });
    expect(within(section).getByText('No story linked to this question yet.')).toBeVisible();

    const suggested = within(section).getByRole('list', { name: 'Suggested stories' });
    expect(within(suggested).getByText('Settled a release dispute')).toBeVisible();
    expect(within(suggested).getByText(/^matches: .*conflict/)).toBeVisible();
    expect(within(suggested).queryByText('Migrated to Kubernetes')).not.toBeInTheDocument();
    // Suggested is not linked.
    expect(usePracticeStore.getState().stories['story-conflict']!.questionIds).toEqual([]);

    await user.click(within(suggested).getByRole('button', { name: 'Link “Settled a release dispute”' }));
    const linked = within(section).getByRole('list', { name: 'Linked stories' });
    expect(within(linked).getByRole('link', { name: 'Settled a release dispute' })).toBeVisible();
    expect(within(section).queryByRole('list', { name: 'Suggested stories' })).not.toBeInTheDocument();
    expect(usePracticeStore.getState().stories['story-conflict']!.questionIds).toEqual([CONFLICT]);

    // Any other story can be linked from the picker, and a linked one unlinked.
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Link another story' }), 'story-k8s');
    await user.click(within(section).getByRole('button', { name: 'Link story' }));
    expect(usePracticeStore.getState().stories['story-k8s']!.questionIds).toEqual([CONFLICT]);
    await user.click(within(section).getByRole('button', { name: 'Unlink “Migrated to Kubernetes”' }));
    expect(usePracticeStore.getState().stories['story-k8s']!.questionIds).toEqual([]);
  });

  it('lists the linked questions on the story editor, where they can be unlinked', async () => {
    seedStories([{ ...conflictStory, questionIds: [CONFLICT] }]);
    stockQuestionBank({ searchIndex: searchEntriesOf(sampleGuide) });
    const user = userEvent.setup();
    renderApp('/stories/story-conflict');
    const list = await screen.findByRole('list', { name: 'Linked questions' });
    expect(within(list).getByRole('link', { name: 'Tell me about a conflict you resolved.' })).toBeVisible();
    await user.click(within(list).getByRole('button', { name: 'Unlink “Tell me about a conflict you resolved.”' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Linked questions' })).not.toBeInTheDocument());
    expect(usePracticeStore.getState().stories['story-conflict']!.questionIds).toEqual([]);
  });
});

describe('a story written for a question', () => {
  it('starts linked to it and goes back to the question once saved', async () => {
    stockQuestionBank({ searchIndex: searchEntriesOf(sampleGuide) });
    const user = userEvent.setup();
    const router = renderApp(`/questions/${CONFLICT}`);
    const section = await screen.findByRole('region', { name: 'Your stories' });
    await user.click(within(section).getByRole('link', { name: 'Write a new story for it' }));
    expect(await screen.findByText('“Tell me about a conflict you resolved.”')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Mediated between designers and engineers');
    await user.type(screen.getByRole('textbox', { name: 'Action' }), 'I ran a joint review.');
    await user.click(screen.getByRole('button', { name: 'Save story' }));

    const linked = await screen.findByRole('list', { name: 'Linked stories' });
    expect(router.state.location.pathname).toBe(`/questions/${CONFLICT}`);
    expect(within(linked).getByRole('link', { name: 'Mediated between designers and engineers' })).toBeVisible();
    expect(Object.values(usePracticeStore.getState().stories)).toEqual([
      expect.objectContaining({ title: 'Mediated between designers and engineers', questionIds: [CONFLICT] }),
    ]);
  });
});

describe('stories while practising', () => {
  it('shows the linked stories collapsed on the answering screen, and nothing of the model answer', async () => {
    seedStories([{ ...conflictStory, questionIds: [CONFLICT] }, unrelated]);
    seedPracticeStore({ sessions: [session([CONFLICT])] });
    const user = userEvent.setup();
    renderApp('/practice/session-1');
    await screen.findByRole('heading', { level: 1, name: 'Tell me about a conflict you resolved.' });

    const disclosure = screen.getByText('Your stories for this question (1)').closest('details')!;
    expect(disclosure).not.toHaveAttribute('open');
    expect(within(disclosure).getByText('Two teams disagreed about the release date.')).not.toBeVisible();
    expect(screen.queryByText('Migrated to Kubernetes')).not.toBeInTheDocument();
    expect(screen.queryByText(MODEL_ANSWER)).not.toBeInTheDocument();

    await user.click(screen.getByText('Your stories for this question (1)'));
    expect(disclosure).toHaveAttribute('open');
    expect(within(disclosure).getByText('Two teams disagreed about the release date.')).toBeVisible();
    expect(screen.queryByText(MODEL_ANSWER)).not.toBeInTheDocument();
  });

  it('shows no stories panel for a question with none linked', async () => {
    seedStories([unrelated]);
    seedPracticeStore({ sessions: [session([CONFLICT])] });
    renderApp('/practice/session-1');
    await screen.findByRole('heading', { level: 1, name: 'Tell me about a conflict you resolved.' });
    expect(screen.queryByText(/Your stories for this question/)).not.toBeInTheDocument();
  });

  it('records the story told on the reveal, linked stories first, and shows it beside the answer', async () => {
    seedStories([unrelated, { ...conflictStory, questionIds: [CONFLICT] }]);
    const attempt = anAttempt({ id: 'attempt-1', questionId: CONFLICT, ratings: UNRATED, grade: null, ratedAt: null });
    seedPracticeStore({ sessions: [session([CONFLICT])], attempts: [attempt] });
    const user = userEvent.setup();
    renderApp('/practice/session-1');

    const region = await screen.findByRole('region', { name: 'Story you told' }, { timeout: 5000 });
    const select = within(region).getByRole('combobox', { name: 'Story you told' });
    const groups = within(select).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['Linked to this question', 'Other stories']);
    expect(within(groups[0]!).getByRole('option', { name: 'Settled a release dispute' })).toBeInTheDocument();

    await user.selectOptions(select, 'story-conflict');
    expect(usePracticeStore.getState().attempts['attempt-1']!.storyId).toBe('story-conflict');
    expect(
      within(region).getByText('I met each lead, wrote down the facts, and proposed a staged release.'),
    ).toBeVisible();

    await user.selectOptions(select, '');
    expect(usePracticeStore.getState().attempts['attempt-1']!.storyId).toBeNull();
  });

  it('shows the story told in the history replay', async () => {
    seedStories([conflictStory]);
    const attempt = anAttempt({ id: 'attempt-1', questionId: CONFLICT, storyId: 'story-conflict' });
    seedPracticeStore({
      sessions: [session([CONFLICT], { status: 'completed', completedAt: Date.UTC(2025, 2, 1, 10) })],
      attempts: [attempt],
    });
    renderApp('/history/session-1');
    const block = await screen.findByRole('region', { name: 'Story you told' });
    expect(within(block).getByText('Settled a release dispute')).toBeVisible();
  });

  it('starts a story as a practice question of "My STAR stories"', async () => {
    seedStories([conflictStory]);
    const user = userEvent.setup();
    const router = renderApp('/practice/new?guide=my-stories');
    await user.click(await screen.findByRole('button', { name: 'Start practice' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tell the story: Settled a release dispute' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toMatch(/^\/practice\/[^/]+$/);
    const sessions = Object.values(usePracticeStore.getState().sessions);
    expect(sessions).toEqual([expect.objectContaining({ questionIds: [storyQuestionId('story-conflict')] })]);
    // Its own story is the model answer: no "your stories" panel gives it away.
    expect(screen.queryByText(/Your stories for this question/)).not.toBeInTheDocument();
  });
});
