export function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** Stable fragment id for a category heading ("Problem-Solving" -> "category-problem-solving"). */
export function categoryAnchor(category: string) {
  const slug = category
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `category-${slug || 'general'}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * Dates arrive as the guide wrote them (ISO day strings); read as UTC so the
 * day shown does not shift with the reader's time zone. "Mar 4, 2025", as
 * English's medium date style writes it, put together by hand: an
 * `Intl.DateTimeFormat` with a time zone costs 70–100 ms to create on a
 * page's first use here (ICU's zone data), the largest single cost of
 * opening a guide page.
 */
export function formatDay(isoDay: string | null) {
  if (!isoDay) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? `${isoDay}T00:00:00Z` : isoDay);
  if (Number.isNaN(date.getTime())) return null;
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
