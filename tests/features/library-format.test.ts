import { describe, expect, it } from 'vitest';

import { filterOptions } from '@/features/library/filters';

import { sampleSummaries } from '../support/sample-guides';

describe('filterOptions order', () => {
  it('sorts values alphabetically whatever their case or accents', () => {
    const guide = sampleSummaries[0]!;
    const options = filterOptions(
      ['zeta', 'Émile', 'alpha', 'Beta', 'emily'].map((vertical, i) => ({ ...guide, slug: `g${i}`, vertical })),
    );
    expect(options.vertical.map((o) => o.value)).toEqual(['alpha', 'Beta', 'Émile', 'emily', 'zeta']);
  });
});
