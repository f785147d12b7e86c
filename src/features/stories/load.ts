/** What the story pages' loaders fetch: every question by id (bank and own guides), for titles. */
import type { SearchEntry } from '@/content/types';

export async function loadQuestionTitles(
  loadSearchIndex: () => Promise<SearchEntry[]>,
): Promise<ReadonlyMap<string, SearchEntry>> {
  // The titles are a nicety: without them the pages still work.
  const entries = await loadSearchIndex().catch(() => [] as SearchEntry[]);
  return new Map(entries.map((entry) => [entry.id, entry]));
}
