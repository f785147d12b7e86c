import type { Guide } from '@/content/types';
import type { Attempt, PracticeSession } from '@/domain/model';

/**
 * The guides a replay needs: those its answers came from and those it was
 * drawn from. A guide no longer in the bank is left out; its questions show
 * as gone rather than failing the page.
 */
export async function loadReplayGuides(
  session: PracticeSession,
  attempts: readonly Attempt[],
  loadGuide: (slug: string) => Promise<Guide | undefined>,
): Promise<Record<string, Guide>> {
  const slugs = new Set(session.settings.guideSlugs);
  for (const attempt of attempts) if (attempt.sessionId === session.id) slugs.add(attempt.guideSlug);
  const loaded = await Promise.all(
    [...slugs].map(async (slug) => [slug, await loadGuide(slug).catch(() => undefined)] as const),
  );
  return Object.fromEntries(loaded.filter((entry): entry is readonly [string, Guide] => entry[1] !== undefined));
}
