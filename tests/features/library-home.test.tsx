import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { ContinueBanner } from '@/features/library/ContinueBanner';
import { filterGuides, filterOptions, validateLibrarySearch } from '@/features/library/filters';

import { makeSession, renderWithRouter, resetPracticeStore, sampleSummaries, seedPracticeStore } from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

beforeEach(() => {
  resetPracticeStore();
});

describe('ContinueBanner', () => {
  it('offers to continue the newest unfinished session, with its guide and progress', async () => {
    seedPracticeStore({
      sessions: [
        makeSession({ id: 'older', updatedAt: 1, currentIndex: 0 }),
        makeSession({ id: 'newest', updatedAt: 5, currentIndex: 2 }),
        makeSession({ id: 'done', updatedAt: 9, status: 'completed' }),
      ],
    });
    renderWithRouter(<ContinueBanner guides={sampleSummaries} />);

    const banner = await screen.findByRole('region', { name: 'Continue your session' });
    expect(within(banner).getByText(sampleSummaries[0]!.title)).toBeVisible();
    expect(within(banner).getByText('Question 3 of 8')).toBeVisible();
    expect(within(banner).getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('value', '3');
    expect(within(banner).getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/practice/newest');
  });

  it('names up to two guides and counts the rest', async () => {
    seedPracticeStore({
      sessions: [
        makeSession({
          settings: {
            ...makeSession().settings,
            guideSlugs: ['sample-engineer', 'product-manager', 'gone-a', 'gone-b'],
          },
        }),
      ],
    });
    renderWithRouter(<ContinueBanner guides={sampleSummaries} />);

    expect(
      await screen.findByText(
        'Sample Engineer Interview Preparation, Product Manager Interview Preparation and 2 more',
      ),
    ).toBeVisible();
  });

  it('names the guides the questions come from when the session was started over all guides', async () => {
    seedPracticeStore({
      sessions: [
        makeSession({
          settings: { ...makeSession().settings, guideSlugs: [] },
          questionIds: ['sample-engineer--q1', 'product-manager--q1', 'sample-engineer--q2'],
          currentIndex: 0,
        }),
      ],
    });
    renderWithRouter(<ContinueBanner guides={sampleSummaries} />);

    expect(
      await screen.findByText('Sample Engineer Interview Preparation, Product Manager Interview Preparation'),
    ).toBeVisible();
    expect(screen.queryByText('Practice session')).not.toBeInTheDocument();
  });

  it('is absent when no session is active', async () => {
    seedPracticeStore({ sessions: [makeSession({ status: 'abandoned' })] });
    const { router } = renderWithRouter(<ContinueBanner guides={sampleSummaries} />);
    await router.load();

    expect(screen.queryByRole('region', { name: 'Continue your session' })).not.toBeInTheDocument();
  });
});

describe('library filters', () => {
  it('validates search params, falling back to no filter for anything unusable', () => {
    expect(validateLibrarySearch({ category: 'Sales', vertical: ' Enterprise ', tag: 2025 })).toStrictEqual({
      category: 'Sales',
      vertical: 'Enterprise',
      tag: '2025',
      mine: undefined,
      progress: undefined,
      sort: undefined,
      page: undefined,
    });
    const invalid = validateLibrarySearch({ category: '', vertical: ['a'], tag: { x: 1 }, other: 'kept out' });
    // Present as undefined, so they override the raw values the router spreads this over.
    expect(invalid).toStrictEqual({
      category: undefined,
      vertical: undefined,
      tag: undefined,
      mine: undefined,
      progress: undefined,
      sort: undefined,
      page: undefined,
    });
  });

  it('filters by category, vertical and tag together, ignoring case', () => {
    const slugs = (filters: Parameters<typeof filterGuides>[1]) =>
      filterGuides(sampleSummaries, filters).map((guide) => guide.slug);
    expect(slugs({})).toEqual(['sample-engineer', 'product-manager']);
    expect(slugs({ vertical: 'software' })).toEqual(['sample-engineer']);
    expect(slugs({ tag: 'SYSTEMS', category: 'Engineering' })).toEqual(['sample-engineer']);
    expect(slugs({ tag: 'Systems', category: 'Product' })).toEqual([]);
  });

  it('offers each value once, alphabetically, with its guide count', () => {
    const options = filterOptions([
      ...sampleSummaries,
      { ...sampleSummaries[1]!, slug: 'x', vertical: 'software', tags: ['Systems', 'Systems'] },
    ]);
    expect(options.vertical).toEqual([
      { value: 'Enterprise', count: 1 },
      { value: 'Software', count: 2 },
    ]);
    expect(options.tag).toEqual([
      { value: 'Interview Prep', count: 1 },
      { value: 'Systems', count: 2 },
    ]);
  });
});
