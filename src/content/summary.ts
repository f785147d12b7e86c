import type { Guide, GuideSummary, SearchEntry } from './types.ts';

/** What the library lists about a guide (the full guide loads lazily): the build's index and the user's own guides alike. */
export function summarize(guide: Guide): GuideSummary {
  const counts = new Map<string, number>();
  for (const q of guide.questions) counts.set(q.category, (counts.get(q.category) ?? 0) + 1);
  return {
    slug: guide.slug,
    title: guide.title,
    description: guide.description,
    category: guide.category,
    vertical: guide.vertical,
    tags: guide.tags,
    questionCount: guide.questions.length,
    categories: [...counts].map(([name, count]) => ({ name, count })),
  };
}

/** A guide's questions as search entries. */
export function searchEntriesOf(guide: Guide): SearchEntry[] {
  return guide.questions.map((q) => ({
    id: q.id,
    guideSlug: guide.slug,
    guideTitle: guide.title,
    category: q.category,
    number: q.number,
    text: q.text,
  }));
}
