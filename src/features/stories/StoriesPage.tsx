import { useEffect, useId, useMemo, useRef, useState } from 'react';

import { Badge } from '@/components/ui/Badge';
import { Button, LinkButton } from '@/components/ui/Button';
import { Card, StretchedLink } from '@/components/ui/Card';
import { Dialog } from '@/components/ui/Dialog';
import { Icon } from '@/components/ui/Icon';
import { PageHeading } from '@/components/ui/PageHeading';
import { TagList } from '@/components/ui/Tag';
import { Toast } from '@/components/ui/Toast';
import type { SearchEntry } from '@/content/types';
import { byTitle } from '@/domain/stories/parts';
import { STORIES_GUIDE_SLUG } from '@/domain/stories/practice';
import { plural } from '@/lib/format';
import { type Story, usePracticeStore } from '@/stores';

import { type CoachWarning, coachWarnings } from './coach';
import { deleteStory, restoreStory } from './deletion';

export interface StoriesPageProps {
  /** Every question by id (bank and own guides), for the names of the interviews a warning is about. */
  questions: ReadonlyMap<string, SearchEntry>;
}

const titleOf = (story: Story) => story.title.trim() || 'Untitled story';

/** The STAR story bank: every story with its coach warnings; write, edit, delete (with Undo), practise. */
export function StoriesPage({ questions }: StoriesPageProps) {
  const records = usePracticeStore((state) => state.stories);
  const loading = usePracticeStore((state) => state.status === 'loading');
  const stories = useMemo(() => Object.values(records).sort(byTitle), [records]);
  const warnings = useMemo(() => coachWarnings(stories), [stories]);
  const guideTitles = useMemo(() => {
    const titles = new Map<string, string>();
    for (const entry of questions.values()) titles.set(entry.guideSlug, entry.guideTitle);
    return titles;
  }, [questions]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState<Story | null>(null);
  const [notice, setNotice] = useState<{ kind: 'deleted'; story: Story } | { kind: 'info'; text: string } | null>(null);

  function confirmDelete() {
    if (!confirming) return;
    const deleted = deleteStory(confirming.id);
    setConfirming(null);
    setNotice(
      deleted
        ? { kind: 'deleted', story: deleted }
        : { kind: 'info', text: `“${titleOf(confirming)}” could not be deleted.` },
    );
  }

  // The deleted row (and its button) is gone: focus goes to Undo, the next thing one wants.
  useEffect(() => {
    if (notice?.kind === 'deleted') undoRef.current?.focus();
  }, [notice]);

  function undo() {
    if (notice?.kind !== 'deleted') return;
    restoreStory(notice.story);
    setNotice({ kind: 'info', text: `“${titleOf(notice.story)}” restored.` });
    headingRef.current?.focus();
  }

  const titleId = useId();

  return (
    <section aria-labelledby={titleId} className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <div className="space-y-1.5">
          <PageHeading ref={headingRef} id={titleId}>
            Your stories
          </PageHeading>
          <p className="max-w-prose text-fg-muted">
            Your STAR stories: Situation, Task, Action, Result. Link them to the questions they answer.
          </p>
        </div>
        {stories.length > 0 ? (
          <div className="flex flex-wrap gap-2">
            <LinkButton to="/practice/new" search={{ guide: STORIES_GUIDE_SLUG }} variant="secondary">
              <Icon name="play" />
              Practise telling your stories
            </LinkButton>
            <LinkButton to="/stories/new">New story</LinkButton>
          </div>
        ) : null}
      </header>

      {stories.length === 0 ? (
        loading ? (
          <p className="text-fg-muted">Loading your stories…</p>
        ) : (
          <EmptyState />
        )
      ) : (
        <>
          <p className="text-sm text-fg-muted tabular-nums">{plural(stories.length, 'story', 'stories')}</p>
          <ul aria-label="Stories" className="space-y-3">
            {stories.map((story) => (
              <StoryRow
                key={story.id}
                story={story}
                warnings={warnings.get(story.id) ?? []}
                guideTitles={guideTitles}
                onDelete={() => setConfirming(story)}
              />
            ))}
          </ul>
        </>
      )}

      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? `Delete “${titleOf(confirming)}”?` : ''}
        description="Its links to questions go with it. Answers that told it stay in your history."
      >
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={() => setConfirming(null)}>
            Keep it
          </Button>
          <Button variant="danger" onClick={confirmDelete}>
            Delete story
          </Button>
        </div>
      </Dialog>

      <Toast
        message={notice ? (notice.kind === 'deleted' ? `“${titleOf(notice.story)}” deleted.` : notice.text) : null}
        onUndo={notice?.kind === 'deleted' ? undo : undefined}
        undoRef={undoRef}
        onDismiss={() => setNotice(null)}
      />
    </section>
  );
}

function EmptyState() {
  return (
    <div className="rounded-2xl border border-dashed border-border px-6 py-10 text-center">
      <h2 className="text-lg font-semibold">No stories yet</h2>
      <div className="mx-auto mt-2 max-w-prose space-y-2 text-fg-muted">
        <p>
          Most behavioural questions (“tell me about a time…”) can be answered with a handful of real stories. Write
          each one down once, as Situation, Task, Action and Result, with the numbers that prove it.
        </p>
        <p>
          Then link each story to the questions it answers, see it beside your answer while you practise, and rehearse
          telling it until it comes out right.
        </p>
      </div>
      <LinkButton to="/stories/new" className="mt-5">
        Write your first story
      </LinkButton>
    </div>
  );
}

function StoryRow({
  story,
  warnings,
  guideTitles,
  onDelete,
}: {
  story: Story;
  warnings: CoachWarning[];
  guideTitles: ReadonlyMap<string, string>;
  onDelete: () => void;
}) {
  const id = useId();
  const linked = new Set(story.questionIds).size;
  return (
    <Card as="li" padding="md" radius="xl" interactive aria-labelledby={id} className="space-y-3">
      <div className="flex items-start justify-between gap-3">
        <h2 id={id} className="min-w-0 flex-1 text-lg leading-snug font-semibold tracking-tight text-pretty">
          <StretchedLink to="/stories/$storyId" params={{ storyId: story.id }}>
            {titleOf(story)}
          </StretchedLink>
        </h2>
        <div className="relative z-10 flex gap-2">
          <Button variant="danger-outline" size="sm" onClick={onDelete} aria-label={`Delete “${titleOf(story)}”`}>
            Delete
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant="outline">
          {linked === 0 ? 'No linked questions' : `Linked to ${plural(linked, 'question')}`}
        </Badge>
        {warnings.length > 0 ? (
          <Badge className="border border-warning-border bg-warning-soft text-warning-soft-fg">
            {plural(warnings.length, 'coach tip')}
          </Badge>
        ) : null}
      </div>
      <TagList tags={story.tags} />
      {warnings.length > 0 ? (
        <ul aria-label="Coach tips" className="space-y-1 text-sm">
          {warnings.map((warning) => (
            <li key={`${warning.kind}-${warning.guideSlug ?? ''}`} className="flex gap-2">
              <span aria-hidden="true" className="mt-1.5 inline-block size-1.5 shrink-0 rounded-full bg-warning" />
              <span className="text-fg-muted">
                {warning.kind === 'overused' ? <>{warningLabel(warning, guideTitles)} </> : null}
                {warning.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function warningLabel(warning: CoachWarning, guideTitles: ReadonlyMap<string, string>) {
  const title = warning.guideSlug ? guideTitles.get(warning.guideSlug) : undefined;
  return <strong className="font-semibold text-fg">{title ? `${title}:` : 'One interview:'}</strong>;
}
