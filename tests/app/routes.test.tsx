import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { aSession, loadChunks, renderApp, resetPracticeStore, sampleGuide, seedPracticeStore } from '../support';
import { bank, searchEntriesOf, stockQuestionBank } from '../support/question-bank';

// The real virtual module depends on content/ and the loader; route behaviour
// is tested against a small, fixed bank instead.
vi.mock('virtual:question-bank', () => import('../support/question-bank'));

beforeAll(() => loadChunks('markdown'));

beforeEach(() => {
  resetPracticeStore();
  stockQuestionBank({ searchIndex: searchEntriesOf(sampleGuide) });
});

const guideCards = () =>
  within(screen.getByRole('list', { name: 'Guides' }))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

describe('app routes', () => {
  it('renders the shell with a skip link, a banner and the main landmark', async () => {
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Rehearse' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    await waitFor(() => expect(document.title).toBe('Interview guides · Rehearse'));
  });

  it('goes from the library to a guide, loading it by slug', async () => {
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('link', { name: sampleGuide.title }));

    expect(await screen.findByRole('heading', { level: 1, name: sampleGuide.title })).toBeVisible();
    expect(bank.loadGuide).toHaveBeenCalledWith(sampleGuide.slug);
    await waitFor(() => expect(document.title).toBe(`${sampleGuide.title} · Rehearse`));
  });

  it('shows "not found" inside the shell for an unknown guide', async () => {
    renderApp('/guides/no-such-guide');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(bank.loadGuide).toHaveBeenCalledWith('no-such-guide');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all guides' })).toHaveAttribute('href', '/');
  });

  it('shows "not found" for an unknown path', async () => {
    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('shows an error with a retry when a guide fails to load', async () => {
    const user = userEvent.setup();
    // React and the router log the caught error; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    bank.loadGuide.mockRejectedValueOnce(new Error('Chunk failed to load'));
    renderApp(`/guides/${sampleGuide.slug}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByText('Chunk failed to load')).toBeVisible();
    expect(screen.getByRole('banner')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: sampleGuide.title })).toBeVisible();
  });
});

describe('library filters in the URL', () => {
  it('reads the filters from the URL', async () => {
    renderApp('/?vertical=Software');

    expect(await screen.findByRole('combobox', { name: 'Vertical' })).toHaveDisplayValue('Software (1)');
    expect(guideCards()).toEqual([sampleGuide.title]);
    expect(screen.getByText('1 of 2 guides')).toBeVisible();
  });

  it('writes a changed filter to the URL, and clearing it removes it', async () => {
    const user = userEvent.setup();
    const router = renderApp('/');
    const vertical = await screen.findByRole('combobox', { name: 'Vertical' });
    expect(guideCards()).toHaveLength(2);

    await user.selectOptions(vertical, 'Enterprise (1)');
    await waitFor(() => expect(router.state.location.search).toEqual({ vertical: 'Enterprise' }));
    expect(router.state.location.href).toBe('/?vertical=Enterprise');
    expect(guideCards()).toEqual(['Product Manager Interview Preparation']);

    // No tag would narrow the one Enterprise guide (none has it, or all): the tag filter steps aside,
    // so no choice can lead to "No guides match".
    expect(screen.queryByRole('combobox', { name: 'Tag' })).not.toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(router.state.location.href).toBe('/'));
    expect(guideCards()).toHaveLength(2);
  });

  it('shows an empty state for a value no guide has, and a way out', async () => {
    const user = userEvent.setup();
    const router = renderApp('/?category=Astronomy');

    expect(await screen.findByRole('heading', { name: 'No guides match these filters' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveDisplayValue('Astronomy (0)');

    const empty = screen.getByRole('heading', { name: 'No guides match these filters' }).parentElement!;
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    expect(guideCards()).toHaveLength(2);
  });

  it('falls back to no filter for malformed values', async () => {
    renderApp(`/?category=${encodeURIComponent('["Sales"]')}&tag=${encodeURIComponent('{"a":1}')}`);

    expect(await screen.findByRole('combobox', { name: 'Category' })).toHaveDisplayValue('All categories');
    expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveAttribute('placeholder', 'All tags');
    expect(guideCards()).toHaveLength(2);
  });

  it('filters by a tag from a guide card', async () => {
    const user = userEvent.setup();
    const router = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Show guides tagged Systems' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ tag: 'Systems' }));
    expect(guideCards()).toEqual([sampleGuide.title]);
  });
});

describe('home extras', () => {
  it('offers to continue an unfinished session', async () => {
    seedPracticeStore({ sessions: [aSession({ id: 'abc', currentIndex: 2 })] });
    renderApp('/');

    const banner = await screen.findByRole('region', { name: 'Continue your session' });
    expect(within(banner).getByText('Question 3 of 8')).toBeVisible();
    expect(within(banner).getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/practice/abc');
  });

  it('searches all questions and opens the chosen one', async () => {
    const user = userEvent.setup();
    const router = renderApp('/');

    await user.type(await screen.findByRole('combobox', { name: 'Search all questions' }), 'memory');
    await screen.findByRole('option', { name: /debug a memory leak/ });
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'How would you debug a memory leak?' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/questions/sample-engineer--q3');
  });
});

describe('question page route', () => {
  it('loads the question through its guide and titles the page with it', async () => {
    renderApp('/questions/sample-engineer--q1');

    expect(await screen.findByRole('heading', { level: 1, name: 'How do you design a rate limiter?' })).toBeVisible();
    expect(bank.loadGuide).toHaveBeenCalledWith('sample-engineer');
    await waitFor(() => expect(document.title).toBe('How do you design a rate limiter? · Rehearse'));
  });

  it('goes from a guide to one of its questions', async () => {
    const user = userEvent.setup();
    renderApp(`/guides/${sampleGuide.slug}`);

    await user.click(await screen.findByRole('link', { name: 'Tell me about a conflict you resolved.' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tell me about a conflict you resolved.' }),
    ).toBeVisible();
  });

  it('hides the model answer again on the next question', async () => {
    const user = userEvent.setup();
    renderApp('/questions/sample-engineer--q1');

    await user.click(await screen.findByRole('button', { name: 'Reveal model answer' }));
    expect(screen.getByText('Store counters')).toBeVisible();

    await user.click(screen.getByRole('link', { name: /Next question/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tell me about a conflict you resolved.' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reveal model answer' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Listen first, then agree on facts.')).not.toBeInTheDocument();
  });

  it.each([
    ['an unknown question of a known guide', '/questions/sample-engineer--no-such-question-1234567'],
    ['a question of an unknown guide', '/questions/no-such-guide--anything-1234567'],
    ['an id without a guide part', '/questions/nonsense'],
  ])('shows "not found" inside the shell for %s', async (_, path) => {
    renderApp(path);

    expect(await screen.findByRole('heading', { level: 1, name: 'Question not found' })).toBeVisible();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all guides' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Question not found · Rehearse'));
  });
});
