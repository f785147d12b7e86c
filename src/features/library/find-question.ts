import { guideSlugOfQuestion } from '@/content/ids';
import type { Guide, Question } from '@/content/types';

/**
 * A question and its guide by the question's id. The id names its guide, so
 * only that guide's chunk is fetched. Undefined when either is gone (a
 * renamed guide, an edited question): the caller shows "not found".
 */
export async function findQuestion(
  id: string,
  loadGuide: (slug: string) => Promise<Guide | undefined>,
): Promise<{ guide: Guide; question: Question } | undefined> {
  const guide = await loadGuide(guideSlugOfQuestion(id));
  const question = guide?.questions.find((candidate) => candidate.id === id);
  return guide && question ? { guide, question } : undefined;
}

/** For <title>: long questions cut at a word boundary. */
export function shortTitle(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}
