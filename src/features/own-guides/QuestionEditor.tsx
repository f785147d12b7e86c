import { useNavigate } from '@tanstack/react-router';
import { Suspense, useId, useRef, useState, type FormEvent } from 'react';

import { ModelMarkdown } from '@/components/answer/ModelMarkdown';
import { Badge } from '@/components/ui/Badge';
import { Breadcrumb } from '@/components/ui/Breadcrumb';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Field, fieldControlClass } from '@/components/ui/Field';
import { LazyBoundary } from '@/components/ui/LazyBoundary';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { TextLink } from '@/components/ui/TextLink';
import { guideSlugOfQuestion } from '@/content/ids';
import type { AnswerSection, Guide, Question } from '@/content/types';
import { cn } from '@/lib/cn';
import { usePracticeStore, type UserGuide } from '@/stores';

import { saveWrittenGuide } from './actions';
import { CategoryField, isStandardCategory } from './CategoryField';
import {
  ANSWER_PARTS,
  answerSections,
  buildQuestion,
  draftProblems,
  emptyParts,
  MY_QUESTIONS_SLUG,
  MY_QUESTIONS_TITLE,
  newWrittenGuide,
  partsOf,
  withQuestion,
  type AnswerParts,
  type DraftProblem,
} from './written';

const PART_HINTS: Record<keyof AnswerParts, string> = {
  context: 'The situation and what was at stake.',
  approach: 'What you did, step by step, and why.',
  example: 'A concrete case, with names and numbers.',
  outcome: 'What came of it: results, measured if you can.',
  bestPractices: 'What a strong answer always covers.',
  pitfalls: 'What weakens an answer.',
};

interface QuestionEditorProps {
  /** The guide a new question goes to (a written guide of the user's); "My questions" otherwise. */
  guideSlug?: string;
  /** The question to edit; a new question when absent. */
  questionId?: string;
}

/**
 * Write a question of one's own, or edit one: its text, category and an
 * optional model answer part by part, with a preview as the review shows it.
 */
export function QuestionEditor({ guideSlug, questionId }: QuestionEditorProps) {
  const records = usePracticeStore((s) => s.guides);
  const slug = questionId ? guideSlugOfQuestion(questionId) : undefined;
  const record = slug && Object.hasOwn(records, slug) ? records[slug] : undefined;

  if (questionId) {
    const question = record?.origin === 'written' ? record.guide.questions.find((q) => q.id === questionId) : undefined;
    if (!record || !question) return <NotEditable />;
    // Keyed on the question: opening another one starts from its own text.
    return <EditorForm key={question.id} records={records} initialSlug={record.slug} editing={question} />;
  }
  const target = guideSlug && records[guideSlug]?.origin === 'written' ? guideSlug : MY_QUESTIONS_SLUG;
  return <EditorForm key={target} records={records} initialSlug={target} />;
}

function NotEditable() {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeading>Question not found</PageHeading>
      <p className="text-fg-muted">
        Only questions you wrote in Rehearse can be edited here, and this one is not among them (it may have been
        deleted).
      </p>
      <TextLink to="/">Back to the library</TextLink>
    </div>
  );
}

function EditorForm({
  records,
  initialSlug,
  editing,
}: {
  records: Record<string, UserGuide>;
  initialSlug: string;
  editing?: Question;
}) {
  const navigate = useNavigate();
  const formId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [target, setTarget] = useState(initialSlug);
  const [text, setText] = useState(editing?.text ?? '');
  const [category, setCategory] = useState(editing?.category ?? 'Technical');
  const [custom, setCustom] = useState(editing ? !isStandardCategory(editing.category) : false);
  const [parts, setParts] = useState<AnswerParts>(editing ? partsOf(editing) : emptyParts());
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);

  const written = Object.values(records)
    .filter((r) => r.origin === 'written')
    .map((r) => ({ slug: r.slug, title: r.guide.title }));
  if (!written.some((g) => g.slug === MY_QUESTIONS_SLUG))
    written.push({ slug: MY_QUESTIONS_SLUG, title: MY_QUESTIONS_TITLE });
  written.sort((a, b) => a.title.localeCompare(b.title));

  const guide: Guide = records[target]?.guide ?? newWrittenGuide(MY_QUESTIONS_SLUG, MY_QUESTIONS_TITLE);
  const draft = { text, category, parts };
  const problemOf = (field: DraftProblem['field']) => problems.find((p) => p.field === field)?.message ?? null;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblems(guide, draft, editing?.id);
    setProblems(found);
    if (found.length > 0) {
      if (found[0]!.field === 'text') textRef.current?.focus();
      return;
    }
    const question = buildQuestion(guide, draft, editing);
    const problem = saveWrittenGuide(withQuestion(guide, question));
    setSaveError(problem);
    if (!problem) void navigate({ to: '/guides/$slug', params: { slug: guide.slug } });
  };

  const title = editing ? 'Edit your question' : 'Write your own question';

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3">
        <Breadcrumb current={editing ? 'Edit question' : 'Write a question'}>
          <TextLink to="/" tone="quiet">
            All guides
          </TextLink>
          {records[target] ? (
            <TextLink to="/guides/$slug" params={{ slug: target }} tone="quiet" className="block truncate">
              {guide.title}
            </TextLink>
          ) : null}
        </Breadcrumb>
        <PageHeading>{title}</PageHeading>
        <p className="text-fg-muted">
          Only the question is needed. A model answer, part by part, is what you compare your answer with after
          practising it.
        </p>
      </header>

      <form id={formId} onSubmit={save} noValidate className="space-y-6">
        {editing ? null : (
          <Field label="Guide" hint="A guide of your own; start a new one from the library.">
            {(control) => (
              <select
                {...control}
                value={target}
                onChange={(event) => setTarget(event.target.value)}
                className={fieldControlClass}
              >
                {written.map((g) => (
                  <option key={g.slug} value={g.slug}>
                    {g.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Question" error={problemOf('text')}>
          {(control) => (
            <textarea
              {...control}
              ref={textRef}
              value={text}
              onChange={(event) => setText(event.target.value)}
              rows={3}
              maxLength={2000}
              required
              className={cn(fieldControlClass, 'py-2 text-base sm:text-base')}
            />
          )}
        </Field>
        <CategoryField
          value={category}
          onChange={setCategory}
          custom={custom}
          onCustomChange={setCustom}
          error={problemOf('category')}
        />

        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold tracking-tight">Model answer (optional)</legend>
          <p className="text-sm text-fg-muted">Each part is markdown: **bold**, lists with “- ”, `code`.</p>
          {ANSWER_PARTS.map(({ kind, label }) => (
            <Field key={kind} label={label} hint={PART_HINTS[kind]}>
              {(control) => (
                <textarea
                  {...control}
                  value={parts[kind]}
                  onChange={(event) => setParts((current) => ({ ...current, [kind]: event.target.value }))}
                  rows={kind === 'approach' || kind === 'example' ? 5 : 3}
                  className={cn(fieldControlClass, 'py-2 text-sm sm:text-sm')}
                />
              )}
            </Field>
          ))}
        </fieldset>

        {saveError ? (
          <Notice tone="danger" title="Not saved">
            <p>{saveError}</p>
          </Notice>
        ) : null}

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" size="lg">
            {editing ? 'Save changes' : 'Save question'}
          </Button>
          <Button
            variant="secondary"
            size="lg"
            aria-expanded={previewing}
            aria-controls={`${formId}-preview`}
            onClick={() => setPreviewing((open) => !open)}
          >
            {previewing ? 'Hide preview' : 'Preview'}
          </Button>
        </div>
      </form>

      <div id={`${formId}-preview`}>
        {previewing ? <Preview text={text} category={category} sections={answerSections(parts)} /> : null}
      </div>
    </div>
  );
}

/** The question and its model answer as the review shows them after an answer. */
function Preview({ text, category, sections }: { text: string; category: string; sections: AnswerSection[] }) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 rounded-2xl border border-dashed border-border p-4 sm:p-5"
    >
      <h2 id={headingId} className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
        Preview
      </h2>
      <div className="space-y-2">
        {category.trim() ? <Badge variant="accent">{category.trim()}</Badge> : null}
        <p className="text-xl font-semibold tracking-tight text-balance">{text.trim() || 'Your question'}</p>
      </div>
      {sections.length === 0 ? (
        <p className="text-sm text-fg-muted">
          No model answer: when you practise this question, you rate your answer on its own.
        </p>
      ) : (
        <LazyBoundary
          fallback={<p className="text-sm text-fg-muted">The preview could not load. Check your connection.</p>}
        >
          <Suspense fallback={<p className="text-sm text-fg-muted">Loading the preview…</p>}>
            {sections.map((section) => (
              <PreviewSection key={section.kind} section={section} />
            ))}
          </Suspense>
        </LazyBoundary>
      )}
    </section>
  );
}

function PreviewSection({ section }: { section: AnswerSection }) {
  const id = useId();
  return (
    <Card as="section" aria-labelledby={id} padding="md" className="space-y-3">
      <h3 id={id} className="text-lg font-semibold tracking-tight">
        {section.label}
      </h3>
      <ModelMarkdown headingLevel={4}>{section.markdown}</ModelMarkdown>
    </Card>
  );
}
