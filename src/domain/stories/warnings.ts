/**
 * The story bank's coach: what to fix before an interview. A story told for
 * too many of one interview's questions, a question with no story yet, a
 * story whose result has no number in it.
 */
import type { Question } from '@/content/types';
import { plural } from '@/lib/format';

import { hasNumber } from './numbers';
import type { StoryFields } from './types';

export type StoryWarningKind = 'overused' | 'no-story' | 'no-number';

export interface StoryWarning {
  kind: StoryWarningKind;
  /** Set for 'overused' and 'no-number'. */
  storyId?: string;
  /** Set for 'no-story'. */
  questionId?: string;
  message: string;
}

export interface WarningOptions {
  /** A story linked to more than this many of the interview's questions is overused (3 unless given). */
  maxUses?: number;
}

const quoted = (text: string) => `“${text.replace(/\s+/g, ' ').trim()}”`;

/**
 * Warnings for one interview (`questionsOfInterview`, e.g. one guide's
 * questions): first each story's ('overused', then 'no-number', in the order
 * the stories are given), then each question without a story, in question
 * order. A story's 'no-number' warning does not depend on the interview.
 */
export function storyWarnings(
  stories: readonly StoryFields[],
  questionsOfInterview: readonly Question[],
  { maxUses = 3 }: WarningOptions = {},
): StoryWarning[] {
  const inInterview = new Set(questionsOfInterview.map((q) => q.id));
  const linked = new Set<string>();
  const out: StoryWarning[] = [];
  for (const story of stories) {
    const uses = new Set(story.questionIds.filter((id) => inInterview.has(id))).size;
    for (const id of story.questionIds) linked.add(id);
    const title = quoted(story.title || 'Untitled story');
    if (uses > maxUses) {
      out.push({
        kind: 'overused',
        storyId: story.id,
        message: `${title} answers ${plural(uses, 'question')} in this interview. Telling it more than ${plural(maxUses, 'time')} sounds repetitive: link another story to some of them.`,
      });
    }
    if (story.result.trim() === '') {
      out.push({
        kind: 'no-number',
        storyId: story.id,
        message: `${title} has no result yet. Say what changed, with a number if you can (“cut waiting times by 30%”).`,
      });
    } else if (!hasNumber(story.result)) {
      out.push({
        kind: 'no-number',
        storyId: story.id,
        message: `The result of ${title} has no number in it. A figure makes it stick: how much, how many, how fast, before and after.`,
      });
    }
  }
  const seen = new Set<string>();
  for (const question of questionsOfInterview) {
    if (linked.has(question.id) || seen.has(question.id)) continue;
    seen.add(question.id);
    out.push({
      kind: 'no-story',
      questionId: question.id,
      message: `No story for ${quoted(question.text)} yet. Link one, or write one for it.`,
    });
  }
  return out;
}
