/**
 * Stories practised like questions: each story is a question of a synthetic
 * guide, "My STAR stories", so it comes back for review on the same schedule
 * as the bank's questions and is rated with the same rubric. Its model answer
 * is the story itself, mapped onto the rubric's parts: Situation and Task
 * are the context, Action the approach, Result the outcome, the numbers to
 * remember the example.
 */
import type { AnswerSection, Guide, Question, SectionKind } from '@/content/types';

import { byTitle, type StoryPart, writtenParts } from './parts';
import type { StoryFields } from './types';

export const STORIES_GUIDE_SLUG = 'my-stories';
const PREFIX = `${STORIES_GUIDE_SLUG}--`;

/** The id of a story's practice question: `my-stories--<story id>` (question ids are `slug--rest`). */
export function storyQuestionId(storyId: string): string {
  return PREFIX + storyId;
}

/** The story a practice question is for; null for any other question id. */
export function storyIdOfQuestion(questionId: string): string | null {
  if (!questionId.startsWith(PREFIX)) return null;
  const id = questionId.slice(PREFIX.length);
  return id === '' ? null : id;
}

const SECTION_OF: Record<StoryPart | 'numbers', SectionKind> = {
  situation: 'context',
  task: 'context',
  action: 'approach',
  result: 'outcome',
  numbers: 'example',
};

const titleOf = (story: StoryFields) => story.title.replace(/\s+/g, ' ').trim() || 'Untitled story';

/** The story as its practice question's model answer: each written part under its bold label. */
function storyAnswerMarkdown(story: StoryFields): string {
  return writtenParts(story)
    .map(({ label, text }) => `**${label}**\n\n${text}`)
    .join('\n\n');
}

export function storyQuestion(story: StoryFields, number: number): Question {
  const sections: AnswerSection[] = writtenParts(story).map(({ part, label, text }) => ({
    kind: SECTION_OF[part],
    label,
    markdown: text,
  }));
  const keyTerms = [...new Set(story.tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  return {
    id: storyQuestionId(story.id),
    number,
    category: 'Behavioral',
    text: `Tell the story: ${titleOf(story)}`,
    sections,
    asWritten: storyAnswerMarkdown(story),
    keyTerms,
    line: 0,
  };
}

/** The synthetic guide of the user's stories, one question per story, by title. */
export function storiesGuide(stories: readonly StoryFields[]): Guide {
  return {
    slug: STORIES_GUIDE_SLUG,
    title: 'My STAR stories',
    description: 'Your own STAR stories, practised like interview questions.',
    category: 'Your stories',
    vertical: 'Your stories',
    tags: [],
    pubDate: null,
    modDate: null,
    author: '',
    overview: '',
    questions: [...stories].sort(byTitle).map((story, i) => storyQuestion(story, i + 1)),
    notes: [],
  };
}
