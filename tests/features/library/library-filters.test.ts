import { describe, expect, it } from 'vitest';

import type { GuideSummary } from '@/content/types';
import {
  defaultSort,
  filterGuides,
  libraryFacets,
  pageLinks,
  pageSlice,
  sortGuides,
  validateLibrarySearch,
  withFilters,
  type GuideActivity,
  type LibrarySearch,
} from '@/features/library/filters';

import { sampleSummaries } from '../../support/sample-guides';

const base = sampleSummaries[0]!;
const guide = (slug: string, fields: Partial<GuideSummary> = {}): GuideSummary => ({
  ...base,
  slug,
  title: slug,
  ...fields,
});

// Four guides over two categories, two verticals and three tags.
const guides = [
  guide('Delta', { category: 'Sales', vertical: 'Retail', tags: ['Pricing', 'Teams'], questionCount: 4 }),
  guide('alpha', { category: 'Sales', vertical: 'Energy', tags: ['Pricing'], questionCount: 9 }),
  guide('Charlie', { category: 'Legal', vertical: 'Energy', tags: ['Contracts', 'contracts'], questionCount: 2 }),
  guide('bravo', { category: 'Legal', vertical: 'Retail', tags: [], questionCount: 9, mine: true }),
];
const slugs = (list: readonly GuideSummary[]) => list.map((g) => g.slug);
const counts = (options: { value: string; count: number }[]) => options.map((o) => `${o.value} ${o.count}`);

const activity = new Map<string, GuideActivity>([
  ['Charlie', { lastPractised: 300, due: 0 }],
  ['Delta', { lastPractised: 100, due: 5 }],
  ['alpha', { lastPractised: 200, due: 2 }],
]);

describe('validateLibrarySearch', () => {
  it('reads sort, page and progress, falling back to their defaults for anything else', () => {
    expect(validateLibrarySearch({ sort: 'due', page: 3, progress: 'new' })).toMatchObject({
      sort: 'due',
      page: 3,
      progress: 'new',
    });
    expect(validateLibrarySearch({ page: '4' }).page).toBe(4);
    for (const page of [1, 0, -2, 2.5, 'x', '2a', [2], Number.MAX_VALUE])
      expect(validateLibrarySearch({ page }).page).toBeUndefined();
    expect(validateLibrarySearch({ sort: 'random', progress: 'done' })).toMatchObject({
      sort: undefined,
      progress: undefined,
    });
    // Every key present, so the router's raw values cannot leak through.
    expect(Object.keys(validateLibrarySearch({}))).toEqual([
      'category',
      'vertical',
      'tag',
      'mine',
      'progress',
      'sort',
      'page',
    ]);
  });

  it('goes back to page 1 when a filter changes, keeping the sort', () => {
    expect(withFilters({ sort: 'due', page: 4, tag: 'A' }, { tag: 'B' })).toEqual({
      sort: 'due',
      page: undefined,
      tag: 'B',
    });
  });
});

describe('sortGuides', () => {
  it('sorts by title without case, by most questions, by most due and by recent practice', () => {
    expect(slugs(sortGuides(guides, 'title'))).toEqual(['alpha', 'bravo', 'Charlie', 'Delta']);
    // Ties in title order.
    expect(slugs(sortGuides(guides, 'questions'))).toEqual(['alpha', 'bravo', 'Delta', 'Charlie']);
    expect(slugs(sortGuides(guides, 'due', activity))).toEqual(['Delta', 'alpha', 'Charlie', 'bravo']);
    // Never practised last, in title order.
    expect(slugs(sortGuides(guides, 'recent', activity))).toEqual(['Charlie', 'alpha', 'Delta', 'bravo']);
  });

  it('defaults to recently practised once anything was practised, to title before', () => {
    expect(defaultSort(new Map())).toBe('title');
    expect(defaultSort(new Map([['x', { due: 3 }]]))).toBe('title');
    expect(defaultSort(activity)).toBe('recent');
  });
});

describe('libraryFacets', () => {
  it('counts each option under the other filters, and puts the empty ones last', () => {
    const facets = libraryFacets(guides, { category: 'Sales' });
    // The category's own options ignore the category filter.
    expect(counts(facets.category)).toEqual(['Legal 2', 'Sales 2']);
    expect(counts(facets.vertical)).toEqual(['Energy 1', 'Retail 1']);
    // A tag no Sales guide has would show nothing: counted 0, after the others; repeated tags count once.
    expect(counts(facets.tag)).toEqual(['Pricing 2', 'Teams 1', 'Contracts 0']);
    expect(counts(facets.mine)).toEqual(['true 0']);
  });

  it('never offers a choice that ends in no guides', () => {
    const filterSets: LibrarySearch[] = [
      {},
      { category: 'Legal' },
      { vertical: 'Energy', tag: 'Pricing' },
      { mine: true },
    ];
    for (const filters of filterSets) {
      const facets = libraryFacets(guides, filters, activity);
      for (const key of ['category', 'vertical', 'tag', 'progress'] as const) {
        for (const option of facets[key]) {
          const result = filterGuides(guides, { ...filters, [key]: option.value }, activity);
          expect(result.length, `${JSON.stringify(filters)} + ${key}=${option.value}`).toBe(option.count);
        }
      }
    }
  });

  it('counts progress from the practice per guide', () => {
    expect(counts(libraryFacets(guides, {}, activity).progress)).toEqual(['practised 3', 'new 1', 'due 2']);
    expect(slugs(filterGuides(guides, { progress: 'new' }, activity))).toEqual(['bravo']);
    expect(slugs(filterGuides(guides, { progress: 'due' }, activity))).toEqual(['Delta', 'alpha']);
  });

  it('lists a value from a stale URL that no guide has, with a count of 0', () => {
    const facets = libraryFacets(guides, { category: 'Astronomy' });
    expect(counts(facets.category)).toEqual(['Legal 2', 'Sales 2', 'Astronomy 0']);
    expect(filterGuides(guides, { category: 'Astronomy' })).toEqual([]);
    // Every tag then shows nothing.
    expect(facets.tag.every((o) => o.count === 0)).toBe(true);
  });

  it('matches values whatever their case or accents', () => {
    expect(slugs(filterGuides(guides, { tag: 'PRICING', vertical: 'énergy' }))).toEqual(['alpha']);
  });
});

describe('paging', () => {
  it('slices pages of 24, keeping a page past the end on the last one', () => {
    expect(pageSlice(0)).toEqual({ page: 1, pages: 1, start: 0, end: 0 });
    expect(pageSlice(1000, 2)).toEqual({ page: 2, pages: 42, start: 24, end: 48 });
    expect(pageSlice(1000, 99)).toEqual({ page: 42, pages: 42, start: 984, end: 1000 });
  });

  it('links the first, the last and the pages around the current one', () => {
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 42)).toEqual([1, 2, 3, 4, 5, null, 42]);
    expect(pageLinks(20, 42)).toEqual([1, null, 19, 20, 21, null, 42]);
    expect(pageLinks(42, 42)).toEqual([1, null, 38, 39, 40, 41, 42]);
  });
});
