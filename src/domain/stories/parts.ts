/** A story's parts in telling order, with the names the editor, the export and the practice guide give them. */
import type { StoryFields } from './types';

export const STORY_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

export const STORY_PART_LABELS: Record<StoryPart | 'numbers', string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  numbers: 'Numbers to remember',
};

/** The written parts, Situation to Result then the numbers, blank ones left out. */
export function writtenParts(story: StoryFields): { part: StoryPart | 'numbers'; label: string; text: string }[] {
  return [...STORY_PARTS, 'numbers' as const]
    .map((part) => ({ part, label: STORY_PART_LABELS[part], text: story[part].trim() }))
    .filter((p) => p.text !== '');
}

/** By title (case and accents aside), then oldest first, so the order is the same on every device. */
export function byTitle(a: StoryFields, b: StoryFields): number {
  return (
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) ||
    a.createdAt - b.createdAt ||
    a.id.localeCompare(b.id)
  );
}
