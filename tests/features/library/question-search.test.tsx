import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { fake, renderSearchRoutes, searchBank, stockSearch, type FakeDoc } from './search-fake';

vi.mock('@/lib/search', () => import('./search-fake'));

const ENG = 'Sample Engineer';
const PM = 'Product Manager';

const DOCS: FakeDoc[] = [
  { id: 'eng--rate', guide: ENG, text: 'How do you design a rate limiter?', number: 1 },
  {
    id: 'eng--leak',
    guide: ENG,
    text: 'How would you debug a memory leak?',
    number: 2,
    answer: 'Take a heap snapshot.',
  },
  { id: 'pm--roadmap', guide: PM, text: 'How do you prioritise a roadmap?', number: 1 },
  { id: 'pm--sharpe', guide: PM, text: 'Tell me about a risky bet.', number: 2, answer: 'I used the Sharpe ratio.' },
  { kind: 'guide', id: 'product-manager', guide: PM, text: 'Questions for a product manager: roadmap and metrics.' },
  ...Array.from({ length: 12 }, (_, i) => ({
    id: `eng--design-${i}`,
    guide: ENG,
    text: `Design question number ${i + 1}`,
    number: i + 3,
  })),
];

beforeEach(() => {
  stockSearch(DOCS);
});

async function renderHome() {
  const user = userEvent.setup();
  const router = renderSearchRoutes('/');
  const input = await screen.findByRole('combobox', { name: 'Search all questions' });
  return { user, router, input };
}

// Typing and paging under jsdom take seconds on a shared two-core machine.
describe('QuestionSearch', { timeout: 20_000 }, () => {
  it('runs no search until the user types a query', async () => {
    const { user, input } = await renderHome();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.click(input);
    await user.type(input, 'h');
    expect(searchBank).not.toHaveBeenCalled();
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('groups the best results by guide, highlights the matched words and marks where they matched', async () => {
    const { user, input } = await renderHome();
    await user.type(input, 'how you');

    const listbox = await screen.findByRole('listbox', { name: 'Matching questions' });
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    expect(within(listbox).getAllByRole('group')).toHaveLength(2);
    const eng = within(listbox).getByRole('group', { name: ENG });
    const pm = within(listbox).getByRole('group', { name: PM });
    expect(
      within(eng)
        .getAllByRole('option')
        .map((o) => o.firstElementChild!.textContent),
    ).toEqual(['How do you design a rate limiter?', 'How would you debug a memory leak?']);
    expect(
      within(pm)
        .getAllByRole('option')
        .map((o) => o.firstElementChild!.textContent),
    ).toEqual(['How do you prioritise a roadmap?']);
    const marks = within(eng).getAllByRole('option')[0]!.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['How', 'you']);
    // The first result is highlighted for Enter.
    expect(within(eng).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('3 results.');
  });

  it('marks a hit found only in a model answer, and a guide hit', async () => {
    const { user, input } = await renderHome();
    await user.type(input, 'sharpe');
    const option = await screen.findByRole('option', { name: /risky bet/ });
    expect(option).toHaveTextContent('in model answer');
    expect(within(screen.getByRole('group', { name: PM })).getAllByRole('option')).toHaveLength(1);

    await user.clear(input);
    await user.type(input, 'metrics');
    expect(await screen.findByRole('option', { name: /product manager: roadmap/ })).toHaveTextContent(/guide$/);
  });

  it('moves through results and "See all" with the arrow keys, wrapping, and opens one with Enter', async () => {
    const { user, router, input } = await renderHome();
    await user.type(input, 'how');
    await screen.findByRole('option', { name: /roadmap/ });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.firstElementChild!.textContent)).toEqual([
      'How do you design a rate limiter?',
      'How would you debug a memory leak?',
      'How do you prioritise a roadmap?',
      'See all 3 results',
    ]);

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[2]!.id);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/questions/pm--roadmap'));
  });

  it('opens a guide hit on its guide page, by click', async () => {
    const { user, router, input } = await renderHome();
    await user.type(input, 'metrics');
    await user.click(await screen.findByRole('option', { name: /roadmap and metrics/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/guides/product-manager'));
  });

  it('caps the popup, and "See all N results" opens the search page with every result', async () => {
    const { user, router, input } = await renderHome();
    await user.type(input, 'question');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Best 6 of 13 results.'));
    // Six results and "See all".
    expect(screen.getAllByRole('option')).toHaveLength(7);

    await user.keyboard('{ArrowUp}');
    const seeAll = screen.getByRole('option', { name: /See all 13 results/ });
    expect(seeAll).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toEqual({ q: 'question' });
    expect(await screen.findByRole('heading', { name: '13 results for “question”' })).toBeInTheDocument();
  });

  it('goes to the search page with Ctrl+Enter', async () => {
    const { user, router, input } = await renderHome();
    await user.type(input, 'leak');
    await screen.findByRole('option', { name: /memory leak/ });
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'leak' }));
  });

  it('goes to the search page with Enter before any result is shown', async () => {
    const { user, router, input } = await renderHome();
    // The engine has not answered yet: Enter cannot mean a result the user has not seen.
    searchBank.mockImplementation(() => new Promise(() => {}));
    await user.type(input, 'rate{Enter}');
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'rate' }));
  });

  it('closes with Escape, reopens with the down arrow, and a second Escape clears the query', async () => {
    const { user, input } = await renderHome();
    await user.type(input, 'leak');
    await screen.findByRole('option', { name: /memory leak/ });

    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(input).toHaveValue('leak');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('option', { name: /memory leak/ })).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Escape}{Escape}');
    expect(input).toHaveValue('');
  });

  it('says when nothing matches', async () => {
    const { user, input } = await renderHome();
    await user.type(input, 'zebra');
    expect(await screen.findByRole('status')).toHaveTextContent('Nothing matches “zebra”.');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('closes when focus leaves it', async () => {
    const { user, input } = await renderHome();
    await user.type(input, 'leak');
    await screen.findByRole('option', { name: /memory leak/ });
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('is focused by "/" unless the user is typing somewhere', async () => {
    const { user, input } = await renderHome();
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await user.keyboard('/');
    expect(input).toHaveFocus();
    await user.keyboard('/');
    expect(input).toHaveValue('/');
  });

  it('reports a search that failed to load', async () => {
    fake.fail = new Error('offline');
    const { user, input } = await renderHome();
    await user.type(input, 'leak');
    expect(await screen.findByRole('status')).toHaveTextContent('Search is unavailable right now');
  });
});
