/**
 * The Markdown export's "My stories" section (wired into the download by
 * domain/transfer/markdown.ts's caller). Same style as the rest of that
 * document: a heading per story, a meta line in italics, the user's text
 * quoted with `quoteBlock` so it cannot change the document around it.
 */
import { plural } from '@/lib/format';

import { quoteBlock } from '../transfer/markdown';
import { byTitle, writtenParts } from './parts';
import type { StoryFields } from './types';

/** Markdown-safe inline text (as the export's headings): one line, no markup taking over. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

const isoDay = (ms: number) => {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? 'unknown date' : date.toISOString().slice(0, 10);
};

/**
 * One story: `### Title`, a meta line (tags, linked questions, last edit),
 * then each written part under its bold label, quoted. No trailing newline.
 */
export function storyToMarkdown(story: StoryFields): string {
  const title = inline(story.title) || 'Untitled story';
  const meta = [
    story.tags.length > 0 ? `Tags: ${story.tags.map(inline).join(', ')}` : null,
    `linked to ${plural(new Set(story.questionIds).size, 'question')}`,
    `updated ${isoDay(story.updatedAt)}`,
  ].filter(Boolean);
  const out = [`### ${title}`, '', `*${meta.join(' · ')}*`];
  const parts = writtenParts(story);
  if (parts.length === 0) out.push('', '> *(nothing written yet)*');
  for (const { label, text } of parts) out.push('', `**${label}**`, '', quoteBlock(text));
  return out.join('\n');
}

/**
 * The "My stories" section: `## My stories`, a count, then every story by
 * title. Empty string when there are none, so the export can leave the
 * section out. No trailing newline.
 */
export function storiesMarkdown(stories: readonly StoryFields[]): string {
  if (stories.length === 0) return '';
  const sorted = [...stories].sort(byTitle);
  return [
    '## My stories',
    '',
    `${plural(sorted.length, 'STAR story', 'STAR stories')}, by title.`,
    ...sorted.flatMap((s) => ['', storyToMarkdown(s)]),
  ].join('\n');
}
