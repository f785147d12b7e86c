/**
 * "Story you told" beside the user's answer: which of their STAR stories the
 * answer told (stories linked to the question first), recorded on the
 * attempt, and that story's parts to compare the answer with. Nothing when
 * the user has no stories yet.
 */
import { useId, useMemo } from 'react';

import { StoryParts } from '@/components/stories/StoryParts';
import { Card } from '@/components/ui/Card';
import { fieldControlClass } from '@/components/ui/Field';
import type { Attempt } from '@/domain/model';
import { usePracticeStore } from '@/stores';

const titleOf = (story: { title: string }) => story.title.trim() || 'Untitled story';

export function StoryTold({ attempt, questionId }: { attempt: Attempt; questionId: string }) {
  const records = usePracticeStore((state) => state.stories);
  const setAttemptStory = usePracticeStore((state) => state.setAttemptStory);
  const { linked, others } = useMemo(() => {
    const all = Object.values(records).sort((a, b) => a.title.localeCompare(b.title));
    return {
      linked: all.filter((s) => s.questionIds.includes(questionId)),
      others: all.filter((s) => !s.questionIds.includes(questionId)),
    };
  }, [records, questionId]);
  const id = useId();
  const storyId = attempt.storyId ?? null;
  const chosen = storyId ? records[storyId] : undefined;

  if (linked.length === 0 && others.length === 0 && !storyId) return null;

  return (
    <Card as="section" aria-labelledby={`${id}-title`} padding="md" className="space-y-3">
      <h3 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
        Story you told
      </h3>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-select`} className="sr-only">
          Story you told
        </label>
        <select
          id={`${id}-select`}
          value={chosen ? chosen.id : ''}
          onChange={(event) => setAttemptStory(attempt.id, event.target.value || null)}
          className={fieldControlClass}
        >
          <option value="">None of my stories</option>
          {linked.length > 0 ? (
            <optgroup label="Linked to this question">
              {linked.map((story) => (
                <option key={story.id} value={story.id}>
                  {titleOf(story)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {others.length > 0 ? (
            <optgroup label={linked.length > 0 ? 'Other stories' : 'Your stories'}>
              {others.map((story) => (
                <option key={story.id} value={story.id}>
                  {titleOf(story)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      {chosen ? (
        <StoryParts story={chosen} className="rounded-xl bg-surface-muted px-3 py-3" />
      ) : storyId ? (
        <p className="text-sm text-fg-muted">The story recorded for this answer has since been deleted.</p>
      ) : (
        <p className="text-sm text-fg-muted">Pick the story your answer told to see it beside your answer.</p>
      )}
    </Card>
  );
}
