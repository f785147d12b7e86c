import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { clearSnippetCache } from '@/features/library/search-results';

import { fake, renderSearchRoutes, searchBank, snippetFor, stockSearch, type FakeDoc } from './search-fake';

vi.mock('@/lib/search', () => import('./search-fake'));

const FIN = 'Finance Analyst';
const ENG = 'Sample Engineer';

const DOCS: FakeDoc[] = [
  {
    id: 'fin--risk',
    guide: FIN,
    text: 'How do you measure risk?',
    number: 1,
    answer: 'I compare the Sharpe ratio of each fund.',
  },
  { id: 'fin--bet', guide: FIN, text: 'Tell me about a risky bet.', number: 2, answer: 'Its Sharpe ratio was poor.' },
  {
    id: 'eng--perf',
    guide: ENG,
    text: 'How do you judge a system?',
    number: 1,
    answer: 'A Sharpe-like ratio of cost.',
  },
  { kind: 'guide', id: 'finance-analyst', guide: FIN, text: 'Ratios, valuation and risk for analysts.' },
  {
    id: 'eng--notes',
    guide: ENG,
    text: 'What do you review first?',
    number: 2,
    note: 'Start from the ratio of errors.',
  },
];

/** `count` questions in three guides that all match "design", numbered in result order. */
const many = (count: number): FakeDoc[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `g${i % 3}--design-${i}`,
    guide: `Guide ${i % 3}`,
    text: `Design question ${i + 1}`,
    number: i + 1,
  }));

beforeEach(() => {
  stockSearch(DOCS);
  clearSnippetCache();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPage(query: string) {
  const user = userEvent.setup();
  const router = renderSearchRoutes(`/search?q=${encodeURIComponent(query)}`);
  return { user, router };
}

// Typing and paging under jsdom take seconds on a shared two-core machine.
describe('SearchPage', { timeout: 20_000 }, () => {
  it('groups every result by guide, each guide linking to its page, matched words highlighted', async () => {
    renderPage('ratio');
    expect(await screen.findByRole('heading', { name: '5 results for “ratio”' })).toBeInTheDocument();

    const fin = screen.getByRole('region', { name: FIN });
    expect(within(fin).getByRole('link', { name: FIN })).toHaveAttribute('href', '/guides/finance-analyst');
    expect(
      within(fin)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      FIN,
      // In the engine's order (the fake ranks question-text matches first).
      'How do you measure risk?',
      'Tell me about a risky bet.',
      'Ratios, valuation and risk for analysts.',
    ]);
    expect(within(fin).getByRole('link', { name: 'How do you measure risk?' })).toHaveAttribute(
      'href',
      '/questions/fin--risk',
    );
    const eng = screen.getByRole('region', { name: ENG });
    expect(within(eng).getByRole('link', { name: ENG })).toHaveAttribute('href', '/guides/sample-engineer');

    // The guide's own hit is marked, and its matched word highlighted.
    const guideHit = within(fin).getByRole('link', { name: /valuation/ });
    expect([...guideHit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Ratios']);
    expect(guideHit.closest('li')).toHaveTextContent('guide');
  });

  it('shows where an answer or note hit matched, with an excerpt fetched for it', async () => {
    renderPage('sharpe');
    await screen.findByRole('heading', { name: '3 results for “sharpe”' });
    const row = screen.getByRole('link', { name: 'How do you measure risk?' }).closest('li')!;
    expect(row).toHaveTextContent('in model answer');
    await waitFor(() => expect(row).toHaveTextContent('Model answer: I compare the Sharpe ratio of each fund.'));
    expect([...row.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Sharpe']);
    expect(snippetFor).toHaveBeenCalledTimes(3);
  });

  it('labels an excerpt from the user’s note as theirs', async () => {
    renderPage('errors');
    const row = (await screen.findByRole('link', { name: 'What do you review first?' })).closest('li')!;
    expect(row).toHaveTextContent('in your note');
    await waitFor(() => expect(row).toHaveTextContent('Your note: Start from the ratio of errors.'));
  });

  it('fetches excerpts only for the guides that come on screen', async () => {
    const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        targets: Element[] = [];
        constructor(callback: IntersectionObserverCallback) {
          observers.push({ callback, targets: this.targets });
        }
        observe(target: Element) {
          this.targets.push(target);
        }
        disconnect() {}
      },
    );
    renderPage('sharpe');
    await screen.findByRole('heading', { name: '3 results for “sharpe”' });
    expect(snippetFor).not.toHaveBeenCalled();

    const fin = screen.getByRole('region', { name: FIN });
    const observer = observers.find((o) => o.targets.includes(fin))!;
    observer.callback(
      [{ isIntersecting: true, target: fin } as unknown as IntersectionObserverEntry],
      {} as IntersectionObserver,
    );
    await waitFor(() => expect(snippetFor).toHaveBeenCalledTimes(2));
    expect(snippetFor.mock.calls.map(([hit]) => hit.guideTitle)).toEqual([FIN, FIN]);
  });

  it('reaches every result a page at a time', async () => {
    stockSearch(many(45));
    const { user, router } = renderPage('design');
    expect(await screen.findByRole('heading', { name: '45 results for “design”' })).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Result pages' });
    expect(pages).toHaveTextContent('Page 1 of 3');
    expect(screen.getByText('Showing 1–20')).toBeInTheDocument();
    expect(within(pages).queryByRole('link', { name: 'Previous' })).not.toBeInTheDocument();

    const seen = new Set<string>();
    const collect = () =>
      screen.getAllByRole('link', { name: /^Design question/ }).forEach((a) => seen.add(a.textContent!));
    collect();
    await user.click(within(pages).getByRole('link', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'design', page: 2 }));
    expect(await screen.findByText('Showing 21–40')).toBeInTheDocument();
    collect();
    await user.click(screen.getByRole('link', { name: 'Next' }));
    expect(await screen.findByText('Showing 41–45')).toBeInTheDocument();
    collect();
    expect(screen.getByRole('navigation', { name: 'Result pages' })).toHaveTextContent('Page 3 of 3');
    expect(screen.queryByRole('link', { name: 'Next' })).not.toBeInTheDocument();
    // Each result exactly once, the last one included.
    expect(seen.size).toBe(45);
    expect(seen).toContain('Design question 45');
    // A guide cut by the page break carries on, said so.
    expect(screen.getAllByText('(continued)').length).toBeGreaterThan(0);
  });

  it('practises the ticked questions, in the order ticked, even across pages', async () => {
    stockSearch(many(25));
    const { user, router } = renderPage('design');
    await screen.findByRole('heading', { name: '25 results for “design”' });
    const practiseSelected = screen.getByRole('button', { name: 'Practise selected (0)' });
    expect(practiseSelected).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Select: Design question 4' }));
    await user.click(screen.getByRole('link', { name: 'Next' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Select: Design question 21' }));
    await user.click(screen.getByRole('button', { name: 'Practise selected (2)' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/practice/new'));
    expect(router.state.location.search).toEqual({ questions: ['g0--design-3', 'g2--design-20'] });
  });

  it('practises the first results at once, at most 50', async () => {
    stockSearch(many(55));
    const { user, router } = renderPage('design');
    await screen.findByRole('heading', { name: '55 results for “design”' });
    await user.click(screen.getByRole('button', { name: 'Practise these 50' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/practice/new'));
    const ids = (router.state.location.search as { questions: string[] }).questions;
    expect(ids).toHaveLength(50);
    // In result order: grouped by guide as listed.
    expect(ids[0]).toBe('g0--design-0');
    expect(new Set(ids).size).toBe(50);
  });

  it('unticks everything with "Clear"', async () => {
    stockSearch(many(3));
    const { user } = renderPage('design');
    await user.click(await screen.findByRole('checkbox', { name: 'Select: Design question 1' }));
    expect(screen.getByRole('button', { name: 'Practise selected (1)' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByRole('checkbox', { name: 'Select: Design question 1' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Practise selected (0)' })).toBeDisabled();
  });

  it('follows the field as the user types', async () => {
    const { user, router } = renderPage('sharpe');
    await screen.findByRole('heading', { name: '3 results for “sharpe”' });
    const field = screen.getByRole('searchbox', { name: 'Search all questions' });
    await user.clear(field);
    await user.type(field, 'errors');
    expect(await screen.findByRole('heading', { name: '1 result for “errors”' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ q: 'errors' });
  });

  it('says how to find more when nothing matches', async () => {
    renderPage('zebra');
    expect(await screen.findByRole('heading', { name: 'Nothing matches “zebra”' })).toBeInTheDocument();
    expect(screen.getByText('Check the spelling of each word.')).toBeInTheDocument();
    expect(screen.getByText(/Use fewer words/)).toBeInTheDocument();
    expect(screen.getByText(/double quotes/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Practise/ })).not.toBeInTheDocument();
  });

  it('says so when the search cannot load, and tries again on Retry', async () => {
    fake.fail = new Error('Failed to fetch dynamically imported module');
    const { user } = renderPage('sharpe');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Search could not load');
    expect(alert).toHaveTextContent('Check your connection and try again.');

    fake.fail = null;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: '3 results for “sharpe”' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not flash "Searching…" for a quick answer, but says it when the answer is slow', async () => {
    let answer!: () => void;
    searchBank.mockImplementationOnce(
      (query) => new Promise((resolve) => (answer = () => resolve({ query, hits: [] }))),
    );
    renderPage('sharpe');
    await waitFor(() => expect(searchBank).toHaveBeenCalled());
    expect(screen.queryByText('Searching…')).not.toBeInTheDocument();
    expect(await screen.findByText('Searching…')).toBeInTheDocument();
    answer();
    expect(await screen.findByRole('heading', { name: 'Nothing matches “sharpe”' })).toBeInTheDocument();
  });

  it('asks for a query on an empty page, and "/" focuses the field', async () => {
    const { user } = renderPage('');
    expect(await screen.findByText(/Search question texts, model answers/)).toBeInTheDocument();
    expect(searchBank).not.toHaveBeenCalled();
    const field = screen.getByRole('searchbox', { name: 'Search all questions' });
    field.blur();
    await user.keyboard('/');
    expect(field).toHaveFocus();
  });
});
