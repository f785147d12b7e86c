/**
 * "Your stories" on a question's page: the STAR stories linked to it (with
 * Unlink), the ones that might answer it as suggestions with the words they
 * match (never linked without a click), and a picker for any other story.
 */
import { Link } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';

import { Button, LinkButton } from '@/components/ui/Button';
import { SectionCard } from '@/components/ui/Card';
import { fieldControlClass } from '@/components/ui/Field';
import { TagList } from '@/components/ui/Tag';
import type { Question } from '@/content/types';
import { byTitle } from '@/domain/stories/parts';
import { suggestStories } from '@/domain/stories/suggest';
import { cn } from '@/lib/cn';
import { type Story, usePracticeStore } from '@/stores';

const titleOf = (story: Story) => story.title.trim() || 'Untitled story';

export function QuestionStories({ question }: { question: Question }) {
  const records = usePracticeStore((state) => state.stories);
  const linkStory = usePracticeStore((state) => state.linkStory);
  const stories = useMemo(() => Object.values(records).sort(byTitle), [records]);
  const linked = stories.filter((s) => s.questionIds.includes(question.id));
  const suggestions = useMemo(() => suggestStories(question, stories), [question, stories]);
  const others = stories.filter((s) => !s.questionIds.includes(question.id));
  const headingId = useId();

  return (
    <SectionCard
      headingId={headingId}
      title="Your stories"
      description={
        stories.length === 0
          ? 'A STAR story from your own work answers behavioural questions best. Write one and link it here.'
          : 'The stories you would tell for this question. They show while you answer it.'
      }
    >
      {linked.length > 0 ? (
        <ul aria-label="Linked stories" className="divide-y divide-border rounded-xl border border-border">
          {linked.map((story) => (
            <li key={story.id} className="flex items-center justify-between gap-3 px-3 py-2.5">
              <div className="min-w-0 space-y-1">
                <Link to="/stories/$storyId" params={{ storyId: story.id }} className="font-medium hover:underline">
                  {titleOf(story)}
                </Link>
                <TagList tags={story.tags} />
              </div>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => linkStory(story.id, question.id, false)}
                aria-label={`Unlink “${titleOf(story)}”`}
              >
                Unlink
              </Button>
            </li>
          ))}
        </ul>
      ) : stories.length > 0 ? (
        <p className="text-sm text-fg-muted">No story linked to this question yet.</p>
      ) : null}

      {suggestions.length > 0 ? (
        <section aria-labelledby={`${headingId}-suggested`} className="space-y-2">
          <h3 id={`${headingId}-suggested`} className="text-sm font-semibold tracking-wide text-fg-muted uppercase">
            Suggested
          </h3>
          <ul aria-label="Suggested stories" className="space-y-2">
            {suggestions.map((suggestion) => {
              const story = records[suggestion.storyId];
              if (!story) return null;
              return (
                <li
                  key={story.id}
                  className="flex items-center justify-between gap-3 rounded-xl border border-dashed border-border px-3 py-2.5"
                >
                  <div className="min-w-0">
                    <p className="font-medium">{titleOf(story)}</p>
                    <p className="text-sm text-fg-muted">matches: {suggestion.matched.slice(0, 5).join(', ')}</p>
                  </div>
                  <Button
                    size="sm"
                    onClick={() => linkStory(story.id, question.id, true)}
                    aria-label={`Link “${titleOf(story)}”`}
                  >
                    Link
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <div className="space-y-3">
        {others.length > 0 ? <StoryPicker stories={others} questionId={question.id} /> : null}
        <LinkButton to="/stories/new" search={{ question: question.id }} variant="ghost" className="-ml-3">
          Write a new story for it
        </LinkButton>
      </div>
    </SectionCard>
  );
}

function StoryPicker({ stories, questionId }: { stories: Story[]; questionId: string }) {
  const linkStory = usePracticeStore((state) => state.linkStory);
  const [chosen, setChosen] = useState('');
  const id = useId();
  const value = stories.some((s) => s.id === chosen) ? chosen : '';
  return (
    <form
      className="max-w-md space-y-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        if (!value) return;
        linkStory(value, questionId, true);
        setChosen('');
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        Link another story
      </label>
      <div className="flex gap-2">
        <select
          id={id}
          value={value}
          onChange={(e) => setChosen(e.target.value)}
          className={cn(fieldControlClass, 'min-w-0 flex-1')}
        >
          <option value="">Choose a story…</option>
          {stories.map((story) => (
            <option key={story.id} value={story.id}>
              {titleOf(story)}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={!value}>
          Link story
        </Button>
      </div>
    </form>
  );
}
