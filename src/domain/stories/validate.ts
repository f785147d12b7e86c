/** The story editor's rules: what a story must have, how long its fields may be, how tags are typed. */
import { formatCount, plural } from '@/lib/format';

import { STORY_PART_LABELS, STORY_PARTS } from './parts';
import type { StoryInput } from './types';

export const MAX_TITLE_CHARS = 200;
/** Each of Situation, Task, Action, Result and the numbers. */
export const MAX_PART_CHARS = 20_000;
export const MAX_TAGS = 30;
export const MAX_TAG_CHARS = 50;

/** Per field, what is wrong with it; `story` is for "write at least one part". Empty when the input is fine. */
export type StoryInputErrors = Partial<Record<keyof StoryInput | 'story', string>>;

/** Errors for the editor, one message per field; `{}` when the story can be saved. */
export function validateStoryInput(fields: StoryInput): StoryInputErrors {
  const errors: StoryInputErrors = {};
  const title = fields.title.trim();
  if (title === '') errors.title = 'Give the story a title.';
  else if (title.length > MAX_TITLE_CHARS) {
    errors.title = `Keep the title to ${formatCount(MAX_TITLE_CHARS)} characters (it has ${formatCount(title.length)}).`;
  }
  if (STORY_PARTS.every((p) => fields[p].trim() === '')) {
    errors.story = 'Write at least one part of the story: Situation, Task, Action or Result.';
  }
  for (const part of [...STORY_PARTS, 'numbers' as const]) {
    const length = fields[part].length;
    if (length > MAX_PART_CHARS) {
      errors[part] =
        `${STORY_PART_LABELS[part]} can be at most ${formatCount(MAX_PART_CHARS)} characters (it has ${formatCount(length)}).`;
    }
  }
  const long = fields.tags.filter((t) => t.length > MAX_TAG_CHARS);
  if (fields.tags.length > MAX_TAGS) {
    errors.tags = `Use at most ${plural(MAX_TAGS, 'tag')} (there are ${formatCount(fields.tags.length)}).`;
  } else if (long.length > 0) {
    errors.tags = `A tag can be at most ${plural(MAX_TAG_CHARS, 'character')}: shorten “${long[0]!.slice(0, 20)}…”.`;
  }
  return errors;
}

/** True when `validateStoryInput` found nothing wrong. */
export const isStoryInputValid = (errors: StoryInputErrors) => Object.keys(errors).length === 0;

/**
 * Tags as typed in one box, separated by commas or new lines: trimmed, inner
 * spaces collapsed, a leading "#" dropped, lower-cased, and each tag kept once.
 */
export function normaliseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[,\n\r]+/)) {
    const tag = raw
      .normalize('NFKC')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^#+\s*/, '')
      .toLowerCase();
    if (tag !== '') seen.add(tag);
  }
  return [...seen];
}
