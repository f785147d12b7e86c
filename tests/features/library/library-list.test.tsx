import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { GuideSummary } from '@/content/types';

import { renderApp, resetPracticeStore, sampleSummaries, stockQuestionBank } from '../../support';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));

const CATEGORIES = ['Engineering', 'Sales', 'Legal'];
const VERTICALS = ['Retail', 'Energy'];

/** 60 guides: "Guide 01" … "Guide 60"; every third one is Legal, Legal guides are all Energy and tagged "Contracts", half of them "Disputes". */
function manyGuides(n = 60): GuideSummary[] {
  return Array.from({ length: n }, (_, i) => {
    const number = String(i + 1).padStart(2, '0');
    const category = CATEGORIES[i % 3]!;
    return {
      ...sampleSummaries[0]!,
      slug: `guide-${number}`,
      title: `Guide ${number}`,
      category,
      vertical: category === 'Legal' ? 'Energy' : VERTICALS[i % 2]!,
      tags: category === 'Legal' ? ['Contracts', ...(i % 2 ? ['Disputes'] : [])] : [`Topic ${i % 5}`, 'Pricing'],
      questionCount: (i * 7) % 13,
    };
  });
}

const cardTitles = () =>
  within(screen.getByRole('list', { name: 'Guides' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

beforeEach(() => {
  resetPracticeStore();
  stockQuestionBank({ summaries: manyGuides() });
});

// The whole app renders each time: slow on a busy machine.
describe('library at scale', { timeout: 30_000 }, () => {
  it('shows one page of 24 with a count, and pages through to the last guide', async () => {
    const user = userEvent.setup();
    const router = renderApp('/');

    expect(await screen.findByText('Showing 1–24 of 60 guides')).toBeVisible();
    expect(cardTitles()).toHaveLength(24);
    expect(cardTitles()[0]).toBe('Guide 01');

    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(pages).getByRole('link', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ page: 2 }));
    expect(await screen.findByText('Showing 25–48 of 60 guides')).toBeVisible();
    // The list, not the link at its foot, has the focus after a page change.
    expect(screen.getByRole('list', { name: 'Guides' })).toHaveFocus();

    await user.click(within(screen.getByRole('navigation', { name: 'Pages' })).getByRole('link', { name: 'Page 3' }));
    expect(await screen.findByText('Showing 49–60 of 60 guides')).toBeVisible();
    expect(cardTitles().at(-1)).toBe('Guide 60');
    expect(within(screen.getByRole('navigation', { name: 'Pages' })).queryByRole('link', { name: 'Next' })).toBeNull();
  });

  it('sorts by the chosen order, in the URL, back on page 1', async () => {
    const user = userEvent.setup();
    const router = renderApp('/?page=2');
    const sort = await screen.findByRole('combobox', { name: 'Sort by' });
    // Nothing practised yet: by title.
    expect(sort).toHaveDisplayValue('Title');

    await user.selectOptions(sort, 'Most questions');
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: 'questions' }));
    const counts = manyGuides()
      .map((g) => g.questionCount)
      .sort((a, b) => b - a);
    expect(await screen.findByText('Showing 1–24 of 60 guides')).toBeVisible();
    const first = within(screen.getAllByRole('article')[0]!).getByText(/\d+ questions?/);
    expect(first).toHaveTextContent(`${counts[0]} questions`);
    expect(cardTitles()[0]).not.toBe('Guide 01');
  });

  it('filters tags with a searchable combobox whose empty options are disabled', async () => {
    const user = userEvent.setup();
    const router = renderApp('/?page=3');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Category' }), 'Legal (20)');
    await waitFor(() => expect(router.state.location.search).toEqual({ category: 'Legal' }));

    const tag = screen.getByRole('combobox', { name: 'Tag' });
    await user.click(tag);
    await user.keyboard('{Escape}');
    expect(tag).toHaveAttribute('aria-expanded', 'false');

    await user.type(tag, 'pr');
    const listbox = screen.getByRole('listbox', { name: 'Tag' });
    expect(tag).toHaveAttribute('aria-expanded', 'true');
    // Under "Legal", Pricing gives nothing: disabled. Typing "pr" keeps the matching options only.
    const pricing = within(listbox).getByRole('option', { name: 'Pricing, 0 guides' });
    expect(pricing).toHaveAttribute('aria-disabled', 'true');
    expect(within(listbox).queryByRole('option', { name: /Contracts/ })).toBeNull();

    // Enter on a disabled option chooses nothing.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(router.state.location.search).toEqual({ category: 'Legal' });

    await user.clear(tag);
    await user.type(tag, 'con');
    const contracts = within(screen.getByRole('listbox', { name: 'Tag' })).getByRole('option', {
      name: 'Contracts, 20 guides',
    });
    expect(contracts).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{Home}');
    expect(tag).toHaveAttribute('aria-activedescendant', contracts.id);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toEqual({ category: 'Legal', tag: 'Contracts' }));
    expect(tag).toHaveValue('Contracts');
    expect(tag).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('20 of 60 guides')).toBeVisible();
  });

  it('disables the options of the other filters that would show nothing', async () => {
    const user = userEvent.setup();
    renderApp('/?vertical=Retail');
    const category = await screen.findByRole('combobox', { name: 'Category' });
    // No Legal guide is Retail.
    expect(within(category).getByRole('option', { name: 'Sales (10)' })).toBeEnabled();
    expect(within(category).getByRole('option', { name: 'Legal (0)' })).toBeDisabled();

    await user.selectOptions(category, 'Sales (10)');
    expect(await screen.findByText('10 of 60 guides')).toBeVisible();
    // Every enabled option of every filter still leads to guides.
    for (const name of ['Category', 'Vertical']) {
      for (const option of within(screen.getByRole('combobox', { name })).getAllByRole('option')) {
        if ((option as HTMLOptionElement).disabled || (option as HTMLOptionElement).value === '') continue;
        expect(option.textContent).not.toMatch(/\(0\)$/);
      }
    }
    expect(screen.queryByRole('heading', { name: 'No guides match these filters' })).toBeNull();
  });

  it('offers "Clear filters" for a stale link that matches nothing', async () => {
    const user = userEvent.setup();
    const router = renderApp('/?category=Astronomy&sort=questions');
    expect(await screen.findByRole('heading', { name: 'No guides match these filters' })).toBeVisible();
    const empty = screen.getByRole('heading', { name: 'No guides match these filters' }).parentElement!;
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    // The sort stays.
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: 'questions' }));
  });

  it('keeps one guide plain: no filters, sort or pages', async () => {
    stockQuestionBank({ summaries: [sampleSummaries[0]!] });
    renderApp('/');
    expect(await screen.findByText('1 guide')).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Filter guides' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Sort by' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
  });
});
