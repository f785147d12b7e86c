import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatDay } from '@/features/library/format';
import { filterOptions } from '@/features/library/filters';
import { dateFormatter } from '@/lib/date-format';

import { sampleSummaries } from '../support/sample-guides';

describe('formatDay (a guide’s dates, written by hand instead of with Intl)', () => {
  const intl = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

  it('writes every day as Intl’s English medium date style would, in UTC', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (date) => {
          const isoDay = date.toISOString().slice(0, 10);
          expect(formatDay(isoDay)).toBe(intl.format(new Date(`${isoDay}T00:00:00Z`)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a full timestamp as the UTC day it falls on, and gives up on nothing or nonsense', () => {
    expect(formatDay('2025-02-03')).toBe('Feb 3, 2025');
    expect(formatDay('2025-12-31T23:30:00Z')).toBe('Dec 31, 2025');
    expect(formatDay(null)).toBeNull();
    expect(formatDay('')).toBeNull();
    expect(formatDay('soon')).toBeNull();
  });
});

describe('dateFormatter', () => {
  it('formats like the Intl.DateTimeFormat it stands for, made once on first use', () => {
    const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
    const format = dateFormatter(options);
    const when = Date.UTC(2025, 5, 9, 14, 5);
    expect(format(when)).toBe(new Intl.DateTimeFormat('en', options).format(when));
    expect(format(new Date(when))).toBe(format(when));
  });
});

describe('filterOptions order', () => {
  it('sorts values alphabetically whatever their case or accents', () => {
    const guide = sampleSummaries[0]!;
    const options = filterOptions(
      ['zeta', 'Émile', 'alpha', 'Beta', 'emily'].map((vertical, i) => ({ ...guide, slug: `g${i}`, vertical })),
    );
    expect(options.vertical.map((o) => o.value)).toEqual(['alpha', 'Beta', 'Émile', 'emily', 'zeta']);
  });
});
