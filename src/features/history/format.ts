import type { GuideSummary } from '@/content/types';
import { dateFormatter } from '@/lib/format';
import { selectGuideSummaries, usePracticeStore } from '@/stores';

/** A time of day: "2:05 PM". (Days are `@/lib/format`'s `formatDay(x, { weekday: true })`.) */
export const formatTime = dateFormatter({ timeStyle: 'short' });

let titles: { of: readonly GuideSummary[]; bySlug: Map<string, string> } | undefined;

/** A guide's title by slug (bundled or the user's own); a guide no longer in the library shows its slug. */
export function guideTitle(slug: string): string {
  const guides = selectGuideSummaries(usePracticeStore.getState());
  if (titles?.of !== guides) titles = { of: guides, bySlug: new Map(guides.map((guide) => [guide.slug, guide.title])) };
  return titles.bySlug.get(slug) ?? slug;
}
