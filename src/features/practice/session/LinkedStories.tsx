/**
 * The answering screen's "Your stories for this question": the STAR stories
 * linked to the question, collapsed until opened, so a glance at one's notes
 * is a choice. Only the user's own stories, never the model answer; nothing
 * for a question with none linked, or for a story's own practice question
 * (its story is the model answer). Cheap on purpose: the parts' names and
 * the store, no suggestion code.
 */
import { useMemo } from 'react';

import { StoryParts } from '@/components/stories/StoryParts';
import { Icon } from '@/components/ui/Icon';
import { storyIdOfQuestion } from '@/domain/stories/practice';
import { usePracticeStore } from '@/stores';

const titleOf = (story: { title: string }) => story.title.trim() || 'Untitled story';

export function LinkedStories({ questionId }: { questionId: string }) {
  const records = usePracticeStore((state) => state.stories);
  const linked = useMemo(
    () =>
      Object.values(records)
        .filter((story) => story.questionIds.includes(questionId))
        .sort((a, b) => a.title.localeCompare(b.title)),
    [records, questionId],
  );
  if (linked.length === 0 || storyIdOfQuestion(questionId) !== null) return null;

  return (
    <details className="group rounded-2xl border border-border bg-surface shadow-sm">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-2xl px-4 py-2.5 text-sm font-semibold sm:px-5 [&::-webkit-details-marker]:hidden">
        <span className="min-w-0">
          <span className="block">Your stories for this question ({linked.length})</span>
          <span className="block truncate font-normal text-fg-muted group-open:hidden">
            {linked.map((story) => titleOf(story)).join(' · ')}
          </span>
        </span>
        <Icon
          name="chevronRight"
          className="size-4 shrink-0 text-fg-muted transition group-open:rotate-90 motion-reduce:transition-none"
        />
      </summary>
      <ul className="space-y-4 border-t border-border px-4 py-3 sm:px-5">
        {linked.map((story) => (
          <li key={story.id} className="space-y-2">
            <p className="font-semibold">{titleOf(story)}</p>
            <StoryParts story={story} />
          </li>
        ))}
      </ul>
    </details>
  );
}
