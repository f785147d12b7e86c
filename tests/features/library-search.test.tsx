import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { SearchEntry } from '@/content/types';
import { QuestionSearch } from '@/features/library/QuestionSearch';
import { highlightRuns, indexEntries, searchQuestions } from '@/features/library/search';

import { bank, renderWithRouter, stockQuestionBank } from '../support';

const entry = (id: string, text: string, number = 1): SearchEntry => ({
  id,
  guideSlug: id.split('--')[0]!,
  guideTitle: id.startsWith('pm') ? 'Product Manager' : 'Sample Engineer',
  category: 'Technical',
  number,
  text,
});

const INDEX: SearchEntry[] = [
  entry('pm--collaborate', 'Describe a time you had to collaborate across teams.', 3),
  entry('eng--rate', 'How do you design a rate limiter?', 1),
  entry('eng--leak', 'How would you debug a memory leak?', 2),
  entry('pm--roadmap', 'How do you prioritise a roadmap with conflicting stakeholders?', 1),
  entry('pm--resume', 'Walk me through your résumé.', 2),
  ...Array.from({ length: 12 }, (_, i) => entry(`eng--design-${i}`, `Design question number ${i + 1}`, i + 3)),
];

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

beforeEach(() => {
  stockQuestionBank({ guides: [], searchIndex: INDEX });
});

function renderSearch() {
  const user = userEvent.setup();
  const result = renderWithRouter(
    <>
      <button type="button">Elsewhere</button>
      <QuestionSearch />
    </>,
  );
  return { user, ...result };
}

describe('searchQuestions', () => {
  const index = indexEntries(INDEX);

  it('needs every term, in any order, ignoring case and accents', () => {
    expect(searchQuestions(index, 'LEAK memory').map((e) => e.id)).toEqual(['eng--leak']);
    expect(searchQuestions(index, 'resume').map((e) => e.id)).toEqual(['pm--resume']);
    expect(searchQuestions(index, 'memory roadmap')).toEqual([]);
  });

  it('ranks word starts above matches inside words, then keeps bank order', () => {
    // "collaborate" comes first in the bank but only contains "rate".
    expect(searchQuestions(index, 'rate').map((e) => e.id)).toEqual(['eng--rate', 'pm--collaborate']);
    expect(searchQuestions(index, 'design question').map((e) => e.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `eng--design-${i}`),
    );
  });

  it('ignores queries shorter than two characters', () => {
    expect(searchQuestions(index, 'a')).toEqual([]);
    expect(searchQuestions(index, '  ')).toEqual([]);
  });

  it('marks the matching runs for highlighting', () => {
    expect(highlightRuns('Rate limiter rates', 'rate')).toEqual([
      { text: 'Rate', match: true },
      { text: ' limiter ', match: false },
      { text: 'rate', match: true },
      { text: 's', match: false },
    ]);
  });
});

describe('QuestionSearch', () => {
  it('is a combobox that loads the index only once it is focused', async () => {
    const { user } = renderSearch();
    const input = await screen.findByRole('combobox', { name: 'Search all questions' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(bank.loadSearchIndex).not.toHaveBeenCalled();

    await user.click(input);
    expect(bank.loadSearchIndex).toHaveBeenCalledTimes(1);
    await user.type(input, 'me');
    expect(bank.loadSearchIndex).toHaveBeenCalledTimes(1);
  });

  it('lists matching questions with their guide, the first one highlighted', async () => {
    const { user } = renderSearch();
    const input = await screen.findByRole('combobox', { name: 'Search all questions' });

    await user.type(input, 'how do');

    const listbox = await screen.findByRole('listbox', { name: 'Matching questions' });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'How do you design a rate limiter?Sample Engineer · Technical',
      'How do you prioritise a roadmap with conflicting stakeholders?Product Manager · Technical',
    ]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(screen.getByRole('status')).toHaveTextContent('2 matching questions.');
  });

  it('moves through the results with the arrow keys, wrapping, and opens one with Enter', async () => {
    const { user, router } = renderSearch();
    const input = await screen.findByRole('combobox', { name: 'Search all questions' });
    await user.type(input, 'how');
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(3);

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[2]!.id);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/questions/pm--roadmap'));
  });

  it('opens a question on click', async () => {
    const { user, router } = renderSearch();
    await user.type(await screen.findByRole('combobox'), 'leak');

    await user.click(await screen.findByRole('option', { name: /memory leak/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/questions/eng--leak'));
  });

  it('closes with Escape, reopens with the down arrow, and a second Escape clears the query', async () => {
    const { user } = renderSearch();
    const input = await screen.findByRole('combobox');
    await user.type(input, 'leak');
    await screen.findByRole('option');

    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(input).toHaveValue('leak');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('option')).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Escape}{Escape}');
    expect(input).toHaveValue('');
  });

  it('says when nothing matches, and caps a long list', async () => {
    const { user } = renderSearch();
    const input = await screen.findByRole('combobox');

    await user.type(input, 'zebra');
    expect(await screen.findByRole('status')).toHaveTextContent('No questions match “zebra”.');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();

    await user.clear(input);
    await user.type(input, 'question');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(8));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 8 of 12 matching questions');
  });

  it('closes when focus leaves it', async () => {
    const { user } = renderSearch();
    const input = await screen.findByRole('combobox');
    await user.type(input, 'leak');
    await screen.findByRole('option');

    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('is focused by "/" unless the user is typing somewhere', async () => {
    const { user } = renderSearch();
    const input = await screen.findByRole('combobox');
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });

    elsewhere.focus();
    await user.keyboard('/');
    expect(input).toHaveFocus();
    // Typed into the field, "/" is just a character.
    await user.keyboard('/');
    expect(input).toHaveValue('/');
  });

  it('reports an index that failed to load', async () => {
    bank.loadSearchIndex.mockRejectedValue(new Error('offline'));
    const { user } = renderSearch();
    await user.type(await screen.findByRole('combobox'), 'leak');

    expect(await screen.findByRole('status')).toHaveTextContent('Search is unavailable right now');
  });
});
