import { describe, expect, it } from 'vitest';

import type { GuideSummary } from '@/content/types';
import { filterGuides, fold, indexGuides } from '@/features/practice/setup/guide-search';

const guide = (slug: string, title: string, tags: string[] = []) => ({ slug, title, tags }) as GuideSummary;
const index = indexGuides([
  guide('a', 'Accountant Interview Guide', ['Finance']),
  guide('d', 'Data Scientist Interview Guide', ['Machine Learning']),
  guide('p', 'Product Manager Interview Guide', ['Roadmaps']),
  guide('r', 'Résumé Coach', ['Careers']),
]);
const slugs = (query: string) => filterGuides(index, query).map((g) => g.slug);

describe('filterGuides', () => {
  it('matches the start of title and tag words, ignoring case and accents', () => {
    expect(fold('Résumé')).toBe('resume');
    expect(slugs('RESUME')).toEqual(['r']);
    expect(slugs('résu')).toEqual(['r']);
    expect(slugs('learn')).toEqual(['d']);
    // "ide" is inside "Guide", not at the start of a word.
    expect(slugs('ide')).toEqual([]);
  });

  it('needs every word; titles starting with the query, then title matches, then tag matches', () => {
    expect(slugs('ma')).toEqual(['p', 'd']);
    expect(slugs('interview guide data')).toEqual(['d']);
    expect(slugs('data interview')).toEqual(['d']);
    expect(slugs('prod')).toEqual(['p']);
    expect(slugs('interview')).toEqual(['a', 'd', 'p']);
    expect(slugs('scientist data')).toEqual(['d']);
  });

  it('matches everything with an empty query, in library order', () => {
    expect(slugs('  ')).toEqual(['a', 'd', 'p', 'r']);
  });
});
