/**
 * The /history filters in the URL. Apart from rows.ts because the route's
 * `validateSearch` is part of the entry chunk: this must stay small and free
 * of the row-building code (and its summary maths).
 */
export interface HistoryFilters {
  guide?: string;
  /** YYYY-MM-DD, inclusive, in the user's time zone. */
  from?: string;
  to?: string;
}

/** Local midnight of a YYYY-MM-DD day, or null when it is not a real date. */
export function dayStart(day: string | undefined): number | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return date.getTime();
}

/**
 * `validateSearch` for /history: anything unusable falls back to "no filter"
 * rather than an error. Every key is returned, undefined when dropped: the
 * router merges the raw search under the validated one, so a key left out
 * would come back unvalidated.
 */
export function validateHistorySearch(search: Record<string, unknown>): HistoryFilters {
  const { guide, from, to } = search;
  return {
    guide: typeof guide === 'string' && /^[a-z0-9][a-z0-9-]{0,120}$/.test(guide) ? guide : undefined,
    from: typeof from === 'string' && dayStart(from) !== null ? from : undefined,
    to: typeof to === 'string' && dayStart(to) !== null ? to : undefined,
  };
}
