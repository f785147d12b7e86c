/**
 * The story bank's coach on the list: each story's warnings. "Overused" is
 * per interview, so each story's linked questions are grouped by the guide
 * they belong to (`guideSlugOfQuestion`) and checked guide by guide; "no
 * number" does not depend on the interview.
 */
import { guideSlugOfQuestion } from '@/content/ids';
import type { Question } from '@/content/types';
import { type StoryWarning, storyWarnings } from '@/domain/stories';
import type { Story } from '@/stores';

/** Only the id matters to the overuse check: a stand-in for a linked question whose guide is not loaded. */
const stub = (id: string): Question => ({
  id,
  number: 0,
  category: '',
  text: '',
  sections: [],
  keyTerms: [],
  line: 0,
});

export interface CoachWarning extends StoryWarning {
  /** For 'overused': the guide (interview) the story is told too often in. */
  guideSlug?: string;
}

/** Warnings by story id, 'overused' (one per interview) before 'no-number'. */
export function coachWarnings(stories: readonly Story[]): Map<string, CoachWarning[]> {
  const out = new Map<string, CoachWarning[]>(stories.map((s) => [s.id, []]));
  const bySlug = new Map<string, Set<string>>();
  for (const story of stories) {
    for (const id of story.questionIds) {
      const slug = guideSlugOfQuestion(id);
      if (!bySlug.has(slug)) bySlug.set(slug, new Set());
      bySlug.get(slug)!.add(id);
    }
  }
  for (const [slug, ids] of bySlug) {
    for (const warning of storyWarnings(stories, [...ids].map(stub))) {
      if (warning.kind === 'overused' && warning.storyId)
        out.get(warning.storyId)?.push({ ...warning, guideSlug: slug });
    }
  }
  for (const warning of storyWarnings(stories, [])) {
    if (warning.kind === 'no-number' && warning.storyId) out.get(warning.storyId)?.push(warning);
  }
  return out;
}
