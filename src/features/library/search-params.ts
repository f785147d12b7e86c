/**
 * The search params of the library (`/`) and of `/search`, with the routes'
 * `validateSearch`. Apart from filters.ts and search.ts because a route's
 * `validateSearch` is part of the entry chunk, which every page waits for:
 * this must stay small and free of the filtering, facets and search logic
 * (`npm run size` budgets the entry).
 */
/** Recently practised, most due questions first, by title, most questions first. */
export const LIBRARY_SORTS = ['recent', 'due', 'title', 'questions'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** The practice filter: guides practised at least once, never practised, or with questions due today. */
export const PROGRESS_VALUES = ['practised', 'new', 'due'] as const;
export type ProgressFilter = (typeof PROGRESS_VALUES)[number];

/** Guides per page of the library grid. */
export const PAGE_SIZE = 24;

/** The library's filters, as they appear in the URL (`/?vertical=Enterprise&tag=Negotiation&sort=due&page=2`). */
export interface LibrarySearch {
  category?: string;
  vertical?: string;
  tag?: string;
  /** Only the user's own guides (`?mine=true`). */
  mine?: true;
  progress?: ProgressFilter;
  /** Absent: the default (`defaultSort`). */
  sort?: LibrarySort;
  /** 1-based; absent for the first page. */
  page?: number;
}

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
    progress: oneOf(PROGRESS_VALUES, search.progress),
    sort: oneOf(LIBRARY_SORTS, search.sort),
    page: pageValue(search.page),
  };
}

function filterValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

/** A whole page number from 2 up; page 1 is the absence of the param. */
function pageValue(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 2 ? n : undefined;
}

/** /search's URL: `?q=sharpe+ratio&page=2`. */
export interface SearchPageSearch {
  q?: string;
  /** 1-based; absent on the first page. */
  page?: number;
}

/**
 * The route's `validateSearch`: anything unusable falls back (no query, first
 * page) rather than failing the page. Every key is returned, undefined when
 * dropped, so the router cannot merge an unvalidated raw value back in.
 */
export function validateSearchPageSearch(search: Record<string, unknown>): SearchPageSearch {
  // The router parses `?q=2025` as a number: read it back as text.
  const raw = typeof search.q === 'number' && Number.isFinite(search.q) ? String(search.q) : search.q;
  const q = typeof raw === 'string' && raw.trim() ? raw.trim().slice(0, 200) : undefined;
  const page = Number(search.page);
  return { q, page: Number.isInteger(page) && page > 1 ? page : undefined };
}
