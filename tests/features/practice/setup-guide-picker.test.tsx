import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Guide } from '@/content/types';
import { DEFAULT_SETUP } from '@/domain/selection';
import { usePracticeStore } from '@/stores';

import {
  anAttempt,
  bank,
  renderApp,
  resetPracticeStore,
  sampleGuide,
  stockQuestionBank,
  summaryOf,
} from '../../support';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));

/** A copy of the sample guide (three questions) under another slug, title and tags. */
function guide(slug: string, title: string, tags: string[] = []): Guide {
  return {
    ...sampleGuide,
    slug,
    title,
    tags,
    questions: sampleGuide.questions.map((q) => ({ ...q, id: `${slug}--q${q.number}` })),
  };
}

// More than a handful, so the picker is the searchable one; library (alphabetical) order.
const GUIDES = [
  guide('accountant', 'Accountant Interview Guide', ['Finance']),
  guide('backend', 'Backend Engineer Interview Guide', ['APIs', 'Systems']),
  guide('cloud', 'Cloud Architect Interview Guide', ['AWS']),
  guide('data-scientist', 'Data Scientist Interview Guide', ['Machine Learning', 'Statistics']),
  guide('designer', 'Designer Interview Guide', ['UX']),
  guide('nurse', 'Nurse Interview Guide', ['Healthcare']),
  guide('product', 'Product Manager Interview Guide', ['Roadmaps']),
  guide('resume', 'Résumé Coach Interview Guide', ['Careers']),
  guide('sales', 'Sales Lead Interview Guide', ['Négociation']),
  guide('teacher', 'Teacher Interview Guide', ['Education']),
];

const sessions = () => Object.values(usePracticeStore.getState().sessions);

beforeEach(() => {
  resetPracticeStore();
  stockQuestionBank({ guides: GUIDES });
});

async function setupScreen(path = '/practice/new') {
  const router = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Practice session' });
  return router;
}

const guides = () => screen.getByRole('group', { name: 'Guides' });
const searchBox = () => within(guides()).getByRole('searchbox', { name: 'Find guides' });
const found = () => within(guides()).getByRole('list', { name: 'Guides found' });
const foundTitles = () =>
  within(found())
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.querySelector('span')?.textContent);
const selected = () => within(guides()).getByRole('region', { name: /^Selected/ });
const chipTitles = () =>
  within(selected())
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

// Typing and role queries over a few dozen cards take seconds in jsdom on a busy machine.
describe('the searchable guide picker', { timeout: 30_000 }, () => {
  it('filters by title or tag, whatever the case or accents', async () => {
    const user = userEvent.setup();
    await setupScreen();
    expect(within(guides()).getByRole('status')).toHaveTextContent('10 guides in the library');

    await user.type(searchBox(), 'RESUME');
    await waitFor(() => expect(foundTitles()).toEqual(['Résumé Coach Interview Guide']));
    expect(within(guides()).getByRole('status')).toHaveTextContent('1 guide matches');

    await user.clear(searchBox());
    await user.type(searchBox(), 'negociation');
    await waitFor(() => expect(foundTitles()).toEqual(['Sales Lead Interview Guide']));

    await user.clear(searchBox());
    await user.type(searchBox(), 'ma');
    // Title matches first (a word starting "ma"), then tag matches ("Machine Learning"); "Roadmaps" does not match.
    await waitFor(() =>
      expect(foundTitles()).toEqual(['Product Manager Interview Guide', 'Data Scientist Interview Guide']),
    );
    // Counts of questions per guide.
    expect(within(found()).getAllByText(/^3 questions/)).toHaveLength(2);

    await user.clear(searchBox());
    await user.type(searchBox(), 'zzz');
    expect(await within(guides()).findByText('No guide matches “zzz”.')).toBeVisible();
  });

  it('selects from the search as chips in the order picked, and removes a chip', async () => {
    const user = userEvent.setup();
    await setupScreen();
    expect(within(selected()).getByRole('heading', { name: 'Selected (0)' })).toBeVisible();

    await user.type(searchBox(), 'teacher');
    await user.click(await within(guides()).findByRole('checkbox', { name: /Teacher Interview Guide/ }));
    await user.clear(searchBox());
    await user.type(searchBox(), 'cloud');
    await user.click(await within(guides()).findByRole('checkbox', { name: /Cloud Architect/ }));

    expect(within(selected()).getByRole('heading', { name: 'Selected (2)' })).toBeVisible();
    expect(chipTitles()).toEqual(['Teacher Interview Guide', 'Cloud Architect Interview Guide']);

    await user.click(within(selected()).getByRole('button', { name: 'Remove Teacher Interview Guide' }));
    expect(chipTitles()).toEqual(['Cloud Architect Interview Guide']);
    await user.clear(searchBox());
    await user.type(searchBox(), 'teacher');
    expect(await within(guides()).findByRole('checkbox', { name: /Teacher Interview Guide/ })).not.toBeChecked();

    await user.click(within(selected()).getByRole('button', { name: 'Clear the selected guides' }));
    expect(chipTitles()).toEqual([]);
  });

  it('selects all the guides shown by a search', async () => {
    const user = userEvent.setup();
    await setupScreen('/practice/new?guide=nurse');
    expect(within(guides()).getByText('From Nurse Interview Guide')).toBeVisible();

    await user.type(searchBox(), 'engineer');
    await waitFor(() => expect(foundTitles()).toEqual(['Backend Engineer Interview Guide']));
    await user.clear(searchBox());
    await user.type(searchBox(), 'd');
    await waitFor(() => expect(foundTitles()).toEqual(['Data Scientist Interview Guide', 'Designer Interview Guide']));
    await user.click(within(guides()).getByRole('button', { name: 'Select all shown' }));
    expect(chipTitles()).toEqual([
      'Nurse Interview Guide',
      'Data Scientist Interview Guide',
      'Designer Interview Guide',
    ]);
    expect(within(guides()).getByRole('button', { name: 'Select all shown' })).toBeDisabled();
  });

  it('starts a guide-order session in the order the guides were picked', async () => {
    const user = userEvent.setup();
    await setupScreen();

    for (const title of ['Teacher', 'Accountant']) {
      await user.clear(searchBox());
      await user.type(searchBox(), title);
      await user.click(await within(guides()).findByRole('checkbox', { name: new RegExp(title) }));
    }
    const count = screen.getByRole('spinbutton', { name: 'Questions' });
    await user.clear(count);
    await user.type(count, '6');
    await user.click(screen.getByRole('button', { name: 'Start practice' }));

    await waitFor(() => expect(sessions()).toHaveLength(1));
    expect(sessions()[0]!.questionIds).toEqual([
      'teacher--q1',
      'teacher--q2',
      'teacher--q3',
      'accountant--q1',
      'accountant--q2',
      'accountant--q3',
    ]);
    expect(usePracticeStore.getState().settings.lastSetup?.guideSlugs).toEqual(['teacher', 'accountant']);
    // Only the chosen guides were loaded.
    expect(new Set(bank.loadGuide.mock.calls.map(([slug]) => slug))).toEqual(new Set(['teacher', 'accountant']));
  });

  it('turns a stored "all" into the guide practised last, and says so', async () => {
    usePracticeStore.getState().setLastSetup({ ...DEFAULT_SETUP, guideSlugs: [] });
    usePracticeStore.setState({
      attempts: {
        a: anAttempt({ id: 'a', questionId: 'product--q1', guideSlug: 'product', submittedAt: Date.UTC(2025, 1, 1) }),
        b: anAttempt({ id: 'b', questionId: 'nurse--q1', guideSlug: 'nurse', submittedAt: Date.UTC(2025, 2, 1) }),
      },
    });
    await setupScreen();

    expect(within(guides()).getByText('The guide you practised last')).toBeVisible();
    expect(chipTitles()).toEqual(['Nurse Interview Guide']);
  });

  it('draws 50 guides at a time from a library of hundreds', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 120 }, (_, i) =>
      summaryOf(guide(`guide-${String(i).padStart(3, '0')}`, `Guide ${String(i).padStart(3, '0')}`)),
    );
    stockQuestionBank({ guides: GUIDES, summaries: many });
    await setupScreen();

    expect(within(found()).getAllByRole('checkbox')).toHaveLength(50);
    await user.click(within(guides()).getByRole('button', { name: 'Show more (70 more)' }));
    expect(within(found()).getAllByRole('checkbox')).toHaveLength(100);
    await user.click(within(guides()).getByRole('button', { name: 'Show more (20 more)' }));
    expect(within(found()).getAllByRole('checkbox')).toHaveLength(120);
    expect(within(guides()).queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
  });
});

describe('the questions param', { timeout: 30_000 }, () => {
  const link = (ids: string[]) => `/practice/new?questions=${encodeURIComponent(JSON.stringify(ids))}`;

  it('asks exactly the linked questions in order, dropping unknown ones with a notice', async () => {
    const user = userEvent.setup();
    const router = await setupScreen(link(['teacher--q3', 'gone--q1', 'accountant--q1', 'teacher--q9', 'teacher--q1']));

    expect(await screen.findByRole('heading', { level: 2, name: '3 questions from your search' })).toBeVisible();
    expect(screen.getByText('2 of the questions are no longer in the library.')).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Guides' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose questions instead' })).toHaveAttribute('href', '/practice/new');
    expect(within(screen.getByRole('complementary', { name: 'Your session' })).getByText('3 questions')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Start practice' }));
    await waitFor(() => expect(sessions()).toHaveLength(1));
    expect(sessions()[0]!.questionIds).toEqual(['teacher--q3', 'accountant--q1', 'teacher--q1']);
    // Not the usual setup: the next one still starts from what it was.
    expect(usePracticeStore.getState().settings.lastSetup?.guideSlugs).toEqual([]);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${sessions()[0]!.id}`));
  });

  it('falls back to the usual setup when none of the linked questions is left', async () => {
    await setupScreen(link(['gone--q1', 'gone--q2']));

    expect(screen.getByText(/The questions in the link are no longer in the library/)).toBeVisible();
    expect(screen.getByRole('group', { name: 'Guides' })).toBeVisible();
  });
});
