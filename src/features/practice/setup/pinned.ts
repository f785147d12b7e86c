import { guideSlugOfQuestion } from '@/content/ids';
import type { Guide } from '@/content/types';

import type { PinnedQuestion } from './search';

export interface LinkedQuestions {
  /** The linked questions still in the library, in the link's order. */
  pinned: PinnedQuestion[];
  /** How many linked ids are not (no longer) in the library. */
  missing: number;
}

/**
 * The questions a link names, looked up in their guides: each guide is loaded
 * once (only the guides named, never the whole bank); ids that are not in the
 * library are counted, not kept.
 */
export async function loadLinkedQuestions(
  ids: readonly string[],
  loadGuide: (slug: string) => Promise<Guide | undefined>,
): Promise<LinkedQuestions> {
  if (ids.length === 0) return { pinned: [], missing: 0 };
  const slugs = [...new Set(ids.map(guideSlugOfQuestion))];
  const loaded = await Promise.all(slugs.map((slug) => loadGuide(slug)));
  const byId = new Map<string, PinnedQuestion>();
  for (const guide of loaded) {
    if (!guide) continue;
    for (const question of guide.questions)
      byId.set(question.id, { question, guideSlug: guide.slug, guideTitle: guide.title });
  }
  const pinned = ids.map((id) => byId.get(id)).filter((p): p is PinnedQuestion => p !== undefined);
  return { pinned, missing: ids.length - pinned.length };
}
