/**
 * The library's filters, sort and paging: pure functions of the guides, the
 * URL's search params and the user's practice per guide (`GuideActivity`).
 *
 * Facet counts are what keep the filters from leading nowhere: each option
 * of a filter is counted under the OTHER filters as they are set, so choosing
 * an option with a count gives exactly that many guides, and an option that
 * counts 0 is offered disabled. Only a hand-edited or stale URL can still
 * match nothing (the page then offers "Clear filters").
 */
import type { GuideSummary } from '@/content/types';

// The URL's params live apart (search-params.ts): the route's `validateSearch` ships with the first page, the
// filtering and facets do not.
import { PAGE_SIZE, PROGRESS_VALUES, type LibrarySearch, type LibrarySort, type ProgressFilter } from './search-params';

export {
  LIBRARY_SORTS,
  PAGE_SIZE,
  PROGRESS_VALUES,
  validateLibrarySearch,
  type LibrarySearch,
  type LibrarySort,
  type ProgressFilter,
} from './search-params';

export const FILTER_KEYS = ['category', 'vertical', 'tag'] as const satisfies readonly (keyof LibrarySearch)[];
export type FilterKey = (typeof FILTER_KEYS)[number];
/** Every filter that narrows the list (not sort or page). */
export const FACET_KEYS = [...FILTER_KEYS, 'mine', 'progress'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** What the user has done with one guide, from the store. */
export interface GuideActivity {
  /** When a question of the guide was last practised (ms), if ever. */
  lastPractised?: number;
  /** Its questions due for review today. */
  due: number;
}
export type ActivityBySlug = ReadonlyMap<string, GuideActivity>;
const NO_ACTIVITY: ActivityBySlug = new Map();

/**
 * Case and accents folded, so a retyped URL still matches. Kept here rather
 * than shared with search: this runs for every guide on the first render.
 */
export function foldValue(text: string): string {
  // Plain ASCII (nearly every tag) needs no normalising, which is the slow part.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

/** Filter values match regardless of case and accents. */
export function sameValue(a: string, b: string): boolean {
  return foldValue(a) === foldValue(b);
}

export function hasFilters(filters: LibrarySearch): boolean {
  return FACET_KEYS.some((key) => filters[key] !== undefined);
}

/** The same search with the filters changed; sort kept, back to page 1. */
export function withFilters(search: LibrarySearch, change: Partial<Pick<LibrarySearch, FacetKey>>): LibrarySearch {
  return { ...search, ...change, page: undefined };
}

/** No filters; sort kept, back to page 1. */
export function withoutFilters(search: LibrarySearch): LibrarySearch {
  return { sort: search.sort };
}

// ---------------------------------------------------------------------------
// Per-guide values, folded once per list of guides.

interface IndexedGuide {
  guide: GuideSummary;
  category: string;
  vertical: string;
  tags: string[];
  title: string;
}

interface LibraryIndex {
  guides: IndexedGuide[];
  /** Per filter key: folded value → the first spelling seen. */
  spellings: Record<FilterKey, Map<string, string>>;
}

const indexes = new WeakMap<readonly GuideSummary[], LibraryIndex>();
/** Per guide, so a sorted copy of the list reuses the folding done for the list. */
const folded = new WeakMap<GuideSummary, IndexedGuide>();

function indexedGuide(guide: GuideSummary): IndexedGuide {
  let g = folded.get(guide);
  if (!g) {
    g = {
      guide,
      category: foldValue(guide.category),
      vertical: foldValue(guide.vertical),
      // A tag repeated within one guide still counts that guide once.
      tags: [...new Set(guide.tags.map(foldValue).filter(Boolean))],
      title: foldValue(guide.title),
    };
    folded.set(guide, g);
  }
  return g;
}

function indexOf(guides: readonly GuideSummary[]): LibraryIndex {
  let index = indexes.get(guides);
  if (index) return index;
  const spellings: LibraryIndex['spellings'] = { category: new Map(), vertical: new Map(), tag: new Map() };
  const list = guides.map(indexedGuide);
  // The first spelling seen of each value is the one shown.
  for (const { guide, category, vertical, tags } of list) {
    if (category && !spellings.category.has(category)) spellings.category.set(category, guide.category);
    if (vertical && !spellings.vertical.has(vertical)) spellings.vertical.set(vertical, guide.vertical);
    for (const tag of tags)
      if (!spellings.tag.has(tag))
        spellings.tag.set(
          tag,
          guide.tags.find((t) => foldValue(t) === tag)!,
        );
  }
  index = { spellings, guides: list };
  indexes.set(guides, index);
  return index;
}

function progressOf(activity: GuideActivity | undefined): Set<ProgressFilter> {
  const out = new Set<ProgressFilter>();
  if (activity?.lastPractised !== undefined) out.add('practised');
  else out.add('new');
  if (activity && activity.due > 0) out.add('due');
  return out;
}

/** The filters' values folded once, not once per guide. */
function prepared(filters: LibrarySearch): LibrarySearch {
  const fold = (v: string | undefined) => (v === undefined ? undefined : foldValue(v));
  return { ...filters, category: fold(filters.category), vertical: fold(filters.vertical), tag: fold(filters.tag) };
}

/** Whether `g` passes the filter `key` as set in `folded` (`prepared` filters; true when it is not set). */
function passes(g: IndexedGuide, key: FacetKey, folded: LibrarySearch, activity: ActivityBySlug): boolean {
  switch (key) {
    case 'category':
      return folded.category === undefined || g.category === folded.category;
    case 'vertical':
      return folded.vertical === undefined || g.vertical === folded.vertical;
    case 'tag':
      return folded.tag === undefined || g.tags.includes(folded.tag);
    case 'mine':
      return folded.mine === undefined || g.guide.mine === true;
    case 'progress':
      return folded.progress === undefined || progressOf(activity.get(g.guide.slug)).has(folded.progress);
  }
}

export function filterGuides(
  guides: readonly GuideSummary[],
  filters: LibrarySearch,
  activity: ActivityBySlug = NO_ACTIVITY,
): GuideSummary[] {
  const active = FACET_KEYS.filter((key) => filters[key] !== undefined);
  if (active.length === 0) return [...guides];
  const folded = prepared(filters);
  return indexOf(guides)
    .guides.filter((g) => active.every((key) => passes(g, key, folded, activity)))
    .map((g) => g.guide);
}

// ---------------------------------------------------------------------------
// Facets.

export interface FacetOption {
  /** The value as written in the URL (a guide's own spelling; `true` is `'true'` for `mine`). */
  value: string;
  /** Guides it would show, with the other filters as they are. */
  count: number;
}

export type Facets = Record<FacetKey, FacetOption[]>;

/** Ordered by the folded value with a plain comparison (the first Intl.Collator of a page load costs ~35 ms). */
const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Every value of every filter with the number of guides it would show given
 * the other filters (a filter's own current value does not narrow its own
 * counts). Options with guides come first, alphabetically; then those that
 * would show nothing, alphabetically. The value a filter is set to is always
 * listed, with a count of 0 when no guide has it (a stale URL).
 * `mine` and `progress` options are in their fixed order, zero counts included.
 */
export function libraryFacets(
  guides: readonly GuideSummary[],
  filters: LibrarySearch,
  activity: ActivityBySlug = NO_ACTIVITY,
): Facets {
  const index = indexOf(guides);
  const active = FACET_KEYS.filter((key) => filters[key] !== undefined);
  const folded = prepared(filters);
  const counts = {
    category: new Map<string, number>(),
    vertical: new Map<string, number>(),
    tag: new Map<string, number>(),
    mine: new Map<string, number>(),
    progress: new Map<string, number>(),
  } satisfies Record<FacetKey, Map<string, number>>;
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const g of index.guides) {
    // A guide counts for a filter's options when it passes every OTHER filter:
    // with none failing, for all filters; with one failing, for that one only.
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const key of active) {
      if (passes(g, key, folded, activity)) continue;
      failed = key;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    const countsFor = (key: FacetKey) => failures === 0 || failed === key;
    if (countsFor('category') && g.category) add(counts.category, g.category);
    if (countsFor('vertical') && g.vertical) add(counts.vertical, g.vertical);
    if (countsFor('tag')) for (const tag of g.tags) add(counts.tag, tag);
    if (countsFor('mine') && g.guide.mine) add(counts.mine, 'true');
    if (countsFor('progress')) for (const p of progressOf(activity.get(g.guide.slug))) add(counts.progress, p);
  }

  const valued = (key: FilterKey): FacetOption[] => {
    const all = [...index.spellings[key]].sort(byKey);
    const options = all.map(([folded, value]) => ({ value, count: counts[key].get(folded) ?? 0 }));
    const current = filters[key];
    if (current !== undefined && !index.spellings[key].has(foldValue(current)))
      options.push({ value: current, count: 0 });
    return [...options.filter((o) => o.count > 0), ...options.filter((o) => o.count === 0)];
  };
  return {
    category: valued('category'),
    vertical: valued('vertical'),
    tag: valued('tag'),
    mine: [{ value: 'true', count: counts.mine.get('true') ?? 0 }],
    progress: PROGRESS_VALUES.map((value) => ({ value, count: counts.progress.get(value) ?? 0 })),
  };
}

/** The values each filter offers, with how many guides have each, alphabetically (no other filter applied). */
export function filterOptions(guides: readonly GuideSummary[]): Record<FilterKey, FacetOption[]> {
  const { category, vertical, tag } = libraryFacets(guides, {});
  return { category, vertical, tag };
}

// ---------------------------------------------------------------------------
// Sort and paging.

/** Recently practised once the user has practised any guide; by title before. */
export function defaultSort(activity: ActivityBySlug): LibrarySort {
  for (const a of activity.values()) if (a.lastPractised !== undefined) return 'recent';
  return 'title';
}

/**
 * The guides in `sort` order; a new array. Ties (and guides never
 * practised, under "recent") keep title order, so the order is total.
 */
export function sortGuides(
  guides: readonly GuideSummary[],
  sort: LibrarySort,
  activity: ActivityBySlug = NO_ACTIVITY,
): GuideSummary[] {
  const rank = titleRanks(guides);
  const byTitle = (a: GuideSummary, b: GuideSummary) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  if (sort === 'title') return [...guides].sort(byTitle);
  // Keys read once per guide, not once per comparison.
  const keyed = guides.map((guide) => {
    const a = activity.get(guide.slug);
    const last = a?.lastPractised ?? -1;
    const primary = sort === 'recent' ? last : sort === 'due' ? (a?.due ?? 0) : guide.questionCount;
    return { guide, primary, last, rank: rank.get(guide) ?? 0 };
  });
  keyed.sort((a, b) => b.primary - a.primary || (sort === 'due' ? b.last - a.last : 0) || a.rank - b.rank);
  return keyed.map((k) => k.guide);
}

const ranks = new WeakMap<readonly GuideSummary[], Map<GuideSummary, number>>();

/**
 * Each guide's place in title order (then slug), computed once per list of
 * guides: sort the whole library (memoised), then filter, which keeps the order.
 */
function titleRanks(guides: readonly GuideSummary[]): Map<GuideSummary, number> {
  let rank = ranks.get(guides);
  if (!rank) {
    const sorted = [...indexOf(guides).guides].sort((a, b) =>
      a.title < b.title
        ? -1
        : a.title > b.title
          ? 1
          : a.guide.slug < b.guide.slug
            ? -1
            : a.guide.slug > b.guide.slug
              ? 1
              : 0,
    );
    rank = new Map(sorted.map((g, i) => [g.guide, i]));
    ranks.set(guides, rank);
  }
  return rank;
}

export interface PageSlice {
  /** The page shown, 1-based: the one asked for, within 1…pages. */
  page: number;
  pages: number;
  /** Index of the first item shown and one past the last. */
  start: number;
  end: number;
}

/** Which items page `page` shows; a page past the end (a stale URL) shows the last one. */
export function pageSlice(total: number, page = 1, size = PAGE_SIZE): PageSlice {
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pages);
  const start = (shown - 1) * size;
  return { page: shown, pages, start, end: Math.min(total, start + size) };
}

/**
 * The page links to offer: the first, the last, and the pages around the
 * current one; `null` marks a gap ("…"). At most 7 entries, so the row fits a phone.
 */
export function pageLinks(page: number, pages: number): (number | null)[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  const from = Math.max(2, Math.min(page - 1, pages - 4));
  const to = Math.min(pages - 1, Math.max(page + 1, 5));
  const out: (number | null)[] = [1];
  if (from > 2) out.push(null);
  for (let p = from; p <= to; p++) out.push(p);
  if (to < pages - 1) out.push(null);
  out.push(pages);
  return out;
}
