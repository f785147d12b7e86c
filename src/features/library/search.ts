/**
 * The search screens' pure parts: the /search URL, grouping hits by guide and
 * cutting them into pages. Small and free of the search engine (only its
 * types): the route's `validateSearch` and the library filters import this
 * from the entry chunk.
 */
import type { SearchHit } from '@/lib/search';

/** Lower case without accents, so "resume" finds "résumé". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The shortest query worth running, in letters and digits (mirrors `@/lib/search`'s MIN_QUERY_LENGTH). */
export const MIN_QUERY_LENGTH = 2;

export function isSearchable(query: string): boolean {
  return foldText(query).replace(/[^\p{L}\p{N}]+/gu, '').length >= MIN_QUERY_LENGTH;
}

/** Results on one page of /search. */
export const PAGE_SIZE = 20;

/**
 * How many of the best hits to ask the engine for on a page of results: enough for
 * this page and the next, and at least the 50 "Practise these" takes.
 */
export function hitsFor(page: number, size = PAGE_SIZE): number {
  return Math.max(50, (Math.max(1, Math.floor(page) || 1) + 1) * size);
}
/** The most questions a session started from search may hold (`/practice/new?questions=`). */
export const PRACTISE_LIMIT = 50;
/** Results in the home search's popup before "See all N results". */
export const POPUP_LIMIT = 6;

export { validateSearchPageSearch, type SearchPageSearch } from './search-params';

export interface GuideGroup {
  guideSlug: string;
  guideTitle: string;
  hits: SearchHit[];
}

/** Hits grouped by guide: groups in the order of their best hit, each group's hits best first. */
export function groupByGuide(hits: readonly SearchHit[]): GuideGroup[] {
  const groups = new Map<string, GuideGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.guideSlug);
    if (!group) {
      group = { guideSlug: hit.guideSlug, guideTitle: hit.guideTitle, hits: [] };
      groups.set(hit.guideSlug, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}

export interface ResultPage {
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last result shown, in the grouped order. */
  from: number;
  to: number;
  /** This page's share of the groups; `continued` when the group began on an earlier page. */
  groups: (GuideGroup & { continued: boolean })[];
}

/**
 * One page of results in grouped order (all of a guide's hits together), so
 * that paging through reaches every hit exactly once. A group cut by a page
 * boundary carries on at the top of the next page.
 */
export function resultPage(
  groups: readonly GuideGroup[],
  page: number,
  size = PAGE_SIZE,
  /** Hits in all, when `groups` holds only the best of them (the engine's `limit`). */
  allHits?: number,
): ResultPage {
  const loaded = groups.reduce((sum, group) => sum + group.hits.length, 0);
  const total = Math.max(loaded, allHits ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * size;
  const end = Math.min(start + size, loaded);
  const out: ResultPage['groups'] = [];
  let offset = 0;
  for (const group of groups) {
    const groupEnd = offset + group.hits.length;
    if (groupEnd > start && offset < end) {
      out.push({
        ...group,
        continued: offset < start,
        hits: group.hits.slice(Math.max(0, start - offset), end - offset),
      });
    }
    offset = groupEnd;
    if (offset >= end) break;
  }
  return { page: current, pageCount, from: loaded <= start ? 0 : start + 1, to: end, groups: out };
}

/** Question hits only (a guide hit is not something to practise), in the order given. */
export function questionIds(hits: readonly SearchHit[]): string[] {
  return hits.filter((hit) => hit.kind === 'question').map((hit) => hit.id);
}

/** Where a hit matched beyond its question text, as the small marker beside it says it. */
export function hitMarkers(hit: SearchHit): string[] {
  if (hit.kind === 'guide') return ['guide'];
  const markers: string[] = [];
  if (hit.fields.includes('answer')) markers.push('in model answer');
  if (hit.fields.includes('note')) markers.push('in your note');
  return markers;
}

/** Whether a hit has an excerpt worth loading: it matched in a model answer or a note. */
export function wantsSnippet(hit: SearchHit): boolean {
  return hit.kind === 'question' && (hit.fields.includes('answer') || hit.fields.includes('note'));
}
