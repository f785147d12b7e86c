import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useRef, useState } from 'react';

import { Breadcrumb } from '@/components/ui/Breadcrumb';
import { Button, LinkButton } from '@/components/ui/Button';
import { SectionCard } from '@/components/ui/Card';
import { Field, fieldControlClass } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { TextLink } from '@/components/ui/TextLink';
import type { SearchEntry } from '@/content/types';
import {
  isStoryInputValid,
  normaliseTags,
  STORY_PART_LABELS,
  STORY_PARTS,
  type StoryInputErrors,
  type StoryPart,
  validateStoryInput,
} from '@/domain/stories';
import { cn } from '@/lib/cn';
import { type Story, usePracticeStore } from '@/stores';

export interface StoryEditorProps {
  /** The story to edit; a new one when undefined. */
  story?: Story;
  /** Every question by id, for the titles of the linked ones. */
  questions: ReadonlyMap<string, SearchEntry>;
  /** A new story written for this question starts linked to it. */
  forQuestion?: string;
}

interface Form {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  tags: string;
  numbers: string;
}

const PART_HINTS: Record<StoryPart, string> = {
  situation: 'Where and when: the context in a sentence or two.',
  task: 'What you had to do, and why it mattered.',
  action: 'What you did yourself (I, not we), step by step.',
  result: 'What changed, in numbers if you can.',
};

const formOf = (story: Story | undefined): Form => ({
  title: story?.title ?? '',
  situation: story?.situation ?? '',
  task: story?.task ?? '',
  action: story?.action ?? '',
  result: story?.result ?? '',
  tags: story?.tags.join(', ') ?? '',
  numbers: story?.numbers ?? '',
});

const textareaClass = cn(fieldControlClass, '[field-sizing:content] min-h-24 py-2 leading-relaxed');

/** Write or edit one STAR story; saving goes back to the list. */
export function StoryEditor({ story, questions, forQuestion }: StoryEditorProps) {
  const saveStory = usePracticeStore((state) => state.saveStory);
  // The stored record, live: links changed here (or in another tab) show at once.
  const current = usePracticeStore((state) => (story ? state.stories[story.id] : undefined));
  const navigate = useNavigate();
  const [form, setForm] = useState<Form>(() => formOf(story));
  const [errors, setErrors] = useState<StoryInputErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  const set = (field: keyof Form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      title: form.title,
      situation: form.situation,
      task: form.task,
      action: form.action,
      result: form.result,
      tags: normaliseTags(form.tags),
      numbers: form.numbers,
    };
    const found = validateStoryInput(fields);
    setErrors(found);
    if (!isStoryInputValid(found)) {
      setProblem(null);
      // The first field with something to fix takes focus.
      const first = document.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    try {
      if (story) saveStory(fields, story.id);
      else saveStory({ ...fields, questionIds: forQuestion ? [forQuestion] : [] });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The story could not be saved.');
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    // Written for a question: back to it, where the story now shows as linked.
    if (!story && forQuestion) void navigate({ to: '/questions/$id', params: { id: forQuestion } });
    else void navigate({ to: '/stories' });
  }

  const heading = story ? `Edit “${story.title.trim() || 'Untitled story'}”` : 'New story';
  const forEntry = !story && forQuestion ? questions.get(forQuestion) : undefined;

  return (
    <article aria-labelledby={titleId} className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-4">
        <Breadcrumb current={story ? 'Edit' : 'New story'}>
          <TextLink to="/stories">Your stories</TextLink>
        </Breadcrumb>
        <PageHeading id={titleId} size="md" className="text-balance">
          {heading}
        </PageHeading>
        {forEntry ? (
          <p className="text-fg-muted">
            It will be linked to <span className="font-medium text-fg">“{forEntry.text}”</span>.
          </p>
        ) : null}
      </header>

      <form noValidate onSubmit={submit} className="space-y-6">
        {problem ? (
          <Notice ref={problemRef} tabIndex={-1} tone="danger" title="The story was not saved">
            <p>{problem}</p>
          </Notice>
        ) : null}
        {errors.story ? (
          <Notice tone="danger" as="p">
            {errors.story}
          </Notice>
        ) : null}

        <Field label="Title" error={errors.title} hint="A few words you will recognise it by.">
          {(control) => (
            <input
              {...control}
              type="text"
              value={form.title}
              onChange={(e) => set('title')(e.target.value)}
              className={fieldControlClass}
            />
          )}
        </Field>

        {STORY_PARTS.map((part) => (
          <Field key={part} label={STORY_PART_LABELS[part]} hint={PART_HINTS[part]} error={errors[part]}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={form[part]}
                onChange={(e) => set(part)(e.target.value)}
                className={textareaClass}
              />
            )}
          </Field>
        ))}

        <Field
          label={STORY_PART_LABELS.numbers}
          hint="The figures to say out loud: “churn 18% → 11%, £40k saved”."
          error={errors.numbers}
        >
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={form.numbers}
              onChange={(e) => set('numbers')(e.target.value)}
              className={textareaClass}
            />
          )}
        </Field>

        <Field label="Tags" hint="Separated by commas: leadership, conflict, stakeholders." error={errors.tags}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={form.tags}
              onChange={(e) => set('tags')(e.target.value)}
              className={fieldControlClass}
            />
          )}
        </Field>

        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-border pt-5">
          <LinkButton to="/stories" variant="ghost">
            Cancel
          </LinkButton>
          <Button type="submit" size="lg">
            {story ? 'Save changes' : 'Save story'}
          </Button>
        </div>
      </form>

      {current ? <LinkedQuestions story={current} questions={questions} /> : null}
    </article>
  );
}

function LinkedQuestions({ story, questions }: { story: Story; questions: ReadonlyMap<string, SearchEntry> }) {
  const linkStory = usePracticeStore((state) => state.linkStory);
  const ids = [...new Set(story.questionIds)];
  return (
    <SectionCard
      title="Questions it answers"
      description={
        ids.length === 0
          ? 'None yet. On a question’s page, under “Your stories”, link this story to it.'
          : 'Linked on the questions’ pages; unlinking here leaves the story as it is.'
      }
    >
      {ids.length > 0 ? (
        <ul aria-label="Linked questions" className="divide-y divide-border">
          {ids.map((id) => {
            const entry = questions.get(id);
            return (
              <li key={id} className="flex items-center justify-between gap-3 py-2.5">
                <div className="min-w-0">
                  {entry ? (
                    <>
                      <Link to="/questions/$id" params={{ id }} className="font-medium hover:underline">
                        {entry.text}
                      </Link>
                      <p className="truncate text-xs text-fg-muted">{entry.guideTitle}</p>
                    </>
                  ) : (
                    <span className="text-fg-muted">A question no longer in the library</span>
                  )}
                </div>
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => linkStory(story.id, id, false)}
                  aria-label={`Unlink “${entry?.text ?? 'this question'}”`}
                >
                  Unlink
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </SectionCard>
  );
}
