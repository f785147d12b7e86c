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

/**
 * Dates arrive as the guide wrote them (ISO day strings); parse as UTC so the
 * day shown does not shift with the reader's time zone.
 */
export function formatDay(isoDay: string | null) {
  if (!isoDay) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? `${isoDay}T00:00:00Z` : isoDay);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
