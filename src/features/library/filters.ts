import type { GuideSummary } from '@/content/types';

import { foldText } from './search';

/** The library's filters, as they appear in the URL (`/?vertical=Enterprise&tag=Negotiation`). */
export interface LibrarySearch {
  category?: string;
  vertical?: string;
  tag?: string;
  /** Only the user's own guides (`?mine=true`). */
  mine?: true;
}

export const FILTER_KEYS = ['category', 'vertical', 'tag'] as const satisfies readonly (keyof LibrarySearch)[];
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The route's `validateSearch`. Anything that is not a usable value (an
 * array, an object, an empty string) falls back to "no filter" rather than
 * failing the page: URLs get hand-edited and shared. The router's JSON-first
 * parsing turns `?tag=2025` into a number, so numbers are read back as text.
 *
 * Every key is returned, `undefined` included: the router spreads this result
 * over the raw query, so an omitted key would let a malformed raw value through.
 */
export function validateLibrarySearch(search: Record<string, unknown>): LibrarySearch {
  return {
    category: filterValue(search.category),
    vertical: filterValue(search.vertical),
    tag: filterValue(search.tag),
    mine: search.mine === true || search.mine === 'true' ? true : undefined,
  };
}

function filterValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Filter values match regardless of case and accents, so a retyped URL still works. */
export function sameValue(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

export function filterGuides(guides: readonly GuideSummary[], filters: LibrarySearch): GuideSummary[] {
  const { category, vertical, tag, mine } = filters;
  return guides.filter(
    (guide) =>
      (mine === undefined || guide.mine === true) &&
      (category === undefined || sameValue(guide.category, category)) &&
      (vertical === undefined || sameValue(guide.vertical, vertical)) &&
      (tag === undefined || guide.tags.some((t) => sameValue(t, tag))),
  );
}

export interface FilterOption {
  value: string;
  count: number;
}

/** The values each filter offers, with how many guides have each, alphabetical. */
export function filterOptions(guides: readonly GuideSummary[]): Record<FilterKey, FilterOption[]> {
  const tally = (values: string[]) => {
    // Keyed by the folded value; the first spelling seen is the one shown.
    const counts = new Map<string, FilterOption>();
    for (const value of values) {
      if (!value) continue;
      const key = foldText(value);
      const option = counts.get(key);
      if (option) option.count++;
      else counts.set(key, { value, count: 1 });
    }
    // Ordered by the folded key (case and accents already gone) with a plain comparison: the first
    // localeCompare/Intl.Collator of a page load costs ~35 ms here (ICU's collation data), and this
    // runs while the home page first renders.
    return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, option]) => option);
  };
  return {
    category: tally(guides.map((guide) => guide.category)),
    vertical: tally(guides.map((guide) => guide.vertical)),
    // A tag repeated within one guide still counts that guide once.
    tag: tally(guides.flatMap((guide) => [...new Set(guide.tags)])),
  };
}

export function hasFilters(filters: LibrarySearch): boolean {
  return filters.mine !== undefined || FILTER_KEYS.some((key) => filters[key] !== undefined);
}
