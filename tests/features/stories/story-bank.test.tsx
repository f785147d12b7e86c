import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { renderApp, resetPracticeStore } from '../../support';
import { aStory, seedStories, storiesInStore } from './story-fixtures';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));

beforeEach(() => {
  resetPracticeStore();
  seedStories();
});

const storyList = () => screen.findByRole('list', { name: 'Stories' });

describe('the story bank', () => {
  it('explains what a story bank is for when there are no stories, and the header links to it', async () => {
    renderApp('/stories');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your stories' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
    expect(screen.getByText(/Most behavioural questions/)).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Stories' })).toHaveAttribute('href', '/stories');
    expect(screen.queryByRole('link', { name: 'Practise telling your stories' })).not.toBeInTheDocument();
  });

  it('creates a story, lists it with its tags and a "no number" coach tip', async () => {
    const user = userEvent.setup();
    const router = renderApp('/stories');
    await user.click(await screen.findByRole('link', { name: 'Write your first story' }));
    await screen.findByRole('heading', { level: 1, name: 'New story' });

    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Calmed an angry client');
    await user.type(screen.getByRole('textbox', { name: 'Situation' }), 'A client threatened to leave.');
    await user.type(screen.getByRole('textbox', { name: 'Result' }), 'They stayed and renewed.');
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'Conflict, #Client , conflict');
    await user.click(screen.getByRole('button', { name: 'Save story' }));

    const list = await storyList();
    expect(router.state.location.pathname).toBe('/stories');
    const row = within(list).getByRole('listitem', { name: 'Calmed an angry client' });
    expect(within(row).getByRole('list', { name: 'Tags' })).toHaveTextContent('conflictclient');
    expect(within(row).getByText('1 coach tip')).toBeVisible();
    expect(within(row).getByText(/has no number in it/)).toBeVisible();
    expect(within(row).getByText('No linked questions')).toBeVisible();

    expect(storiesInStore()).toEqual([
      expect.objectContaining({ title: 'Calmed an angry client', tags: ['conflict', 'client'], questionIds: [] }),
    ]);
    expect(screen.getByRole('link', { name: 'Practise telling your stories' })).toHaveAttribute(
      'href',
      '/practice/new?guide=my-stories',
    );
  });

  it('refuses a story without a title or any part, and says why', async () => {
    const user = userEvent.setup();
    renderApp('/stories/new');
    await user.click(await screen.findByRole('button', { name: 'Save story' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      expect.stringContaining('Give the story a title.'),
    );
    expect(screen.getByText(/Write at least one part of the story/)).toBeVisible();
    expect(storiesInStore()).toEqual([]);
  });

  it('edits a story, and its coach tip goes once the result has a number', async () => {
    seedStories([aStory({ result: 'Everyone was happier.' })]);
    const user = userEvent.setup();
    renderApp('/stories');
    const row = within(await storyList()).getByRole('listitem', { name: 'Settled a release dispute' });
    expect(within(row).getByText('1 coach tip')).toBeVisible();

    await user.click(within(row).getByRole('link', { name: 'Settled a release dispute' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Settled a release dispute');
    expect(screen.getByRole('textbox', { name: 'Tags' })).toHaveValue('conflict, negotiation');
    await user.clear(title);
    await user.type(title, 'Ended a release stand-off');
    const result = screen.getByRole('textbox', { name: 'Result' });
    await user.clear(result);
    await user.type(result, 'Shipped 3 weeks early.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const updated = within(await storyList()).getByRole('listitem', { name: 'Ended a release stand-off' });
    expect(within(updated).queryByText(/coach tip/)).not.toBeInTheDocument();
    expect(storiesInStore()).toEqual([
      expect.objectContaining({ id: 'story-1', title: 'Ended a release stand-off', result: 'Shipped 3 weeks early.' }),
    ]);
  });

  it('warns when a story is linked to more than 3 questions of one interview', async () => {
    const ids = [1, 2, 3, 4].map((n) => `sample-engineer--q${n}`);
    seedStories([aStory({ questionIds: ids })]);
    renderApp('/stories');
    const row = within(await storyList()).getByRole('listitem', { name: 'Settled a release dispute' });
    expect(within(row).getByText('Linked to 4 questions')).toBeVisible();
    expect(within(row).getByText(/answers 4 questions in this interview/)).toBeVisible();
  });

  it('deletes a story after confirming, and Undo brings it back with its links', async () => {
    const story = aStory({ questionIds: ['sample-engineer--q2'] });
    seedStories([story]);
    const user = userEvent.setup();
    renderApp('/stories');
    await storyList();
    await user.click(screen.getByRole('button', { name: 'Delete “Settled a release dispute”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Settled a release dispute”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete story' }));

    await waitFor(() => expect(screen.queryByRole('list', { name: 'Stories' })).not.toBeInTheDocument());
    expect(storiesInStore()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('“Settled a release dispute” deleted.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const row = within(await storyList()).getByRole('listitem', { name: 'Settled a release dispute' });
    expect(row).toBeVisible();
    expect(storiesInStore()).toEqual([story]);
  });
});
