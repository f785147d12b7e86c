import { Link } from '@tanstack/react-router';

import type { AnswerSection, Guide, Question } from '@/content/types';
import { Markdown } from '@/components/ui/Markdown';
import { textLinkClass } from '@/components/ui/styles';
import { TagList } from '@/components/ui/Tag';

import { categoryAnchor, formatDay, plural } from './format';
import { groupByCategory } from './group-questions';

export function GuidePage({ guide }: { guide: Guide }) {
  const groups = groupByCategory(guide.questions);
  const updated = formatDay(guide.modDate);
  const published = formatDay(guide.pubDate);
  const dated = updated ? `Updated ${updated}` : published ? `Published ${published}` : null;

  return (
    <article aria-labelledby="guide-title" className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-4">
        <nav aria-label="Breadcrumb">
          <Link to="/" className={`text-sm ${textLinkClass}`}>
            <span aria-hidden="true">← </span>All guides
          </Link>
        </nav>
        <p className="text-xs font-semibold tracking-wide text-accent uppercase">
          {[guide.vertical, guide.category].filter(Boolean).join(' · ')}
        </p>
        <h1 id="guide-title" className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
          {guide.title}
        </h1>
        {guide.description ? <p className="text-base text-fg-muted sm:text-lg">{guide.description}</p> : null}
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-fg-muted">
          <span className="font-medium text-fg">{plural(guide.questions.length, 'question')}</span>
          {guide.author ? <span>By {guide.author}</span> : null}
          {dated ? <span>{dated}</span> : null}
        </p>
        <TagList tags={guide.tags} />
      </header>

      {groups.length > 1 ? (
        <nav aria-label="Question categories">
          <ul className="flex flex-wrap gap-2">
            {groups.map(({ category, questions }) => (
              <li key={category}>
                <a
                  href={`#${categoryAnchor(category)}`}
                  className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-border bg-surface px-3 text-sm font-medium transition hover:border-accent"
                >
                  {category} <span className="text-fg-muted tabular-nums">{questions.length}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <Overview markdown={guide.overview} />

      {groups.map(({ category, questions }) => {
        const anchor = categoryAnchor(category);
        return (
          <section key={category} aria-labelledby={anchor} className="scroll-mt-20 space-y-4">
            <div className="flex items-baseline justify-between gap-3 border-b border-border pb-2">
              <h2 id={anchor} className="text-2xl font-semibold tracking-tight">
                {category}
              </h2>
              <p className="text-sm text-fg-muted">{plural(questions.length, 'question')}</p>
            </div>
            <ol aria-label={`${category} questions`} className="space-y-3">
              {questions.map((question) => (
                <QuestionItem key={question.id} question={question} />
              ))}
            </ol>
          </section>
        );
      })}

      {guide.notes.map((note) =>
        note.title ? (
          <section key={note.line} className="space-y-4">
            <h2 className="text-2xl font-semibold tracking-tight">{note.title}</h2>
            <Markdown headingLevel={3}>{note.markdown}</Markdown>
          </section>
        ) : (
          // Untitled closing remarks: an empty heading would be announced as
          // a blank landmark, so they get a rule instead.
          <div key={note.line} className="border-t border-border pt-6 text-fg-muted">
            <Markdown headingLevel={3}>{note.markdown}</Markdown>
          </div>
        ),
      )}
    </article>
  );
}

/**
 * Guides usually open their overview with a heading of their own ("Overview
 * of Required Qualifications"); that heading then heads the section instead
 * of sitting under a redundant "Overview".
 */
function Overview({ markdown }: { markdown: string }) {
  const text = markdown.trim();
  if (!text) return null;
  if (/^#{1,6}\s/.test(text)) {
    return (
      <section className="space-y-4">
        <Markdown headingLevel={2} className="[&>h2]:text-2xl [&>h2]:tracking-tight">
          {text}
        </Markdown>
      </section>
    );
  }
  return (
    <section aria-labelledby="overview" className="space-y-4">
      <h2 id="overview" className="text-2xl font-semibold tracking-tight">
        Overview
      </h2>
      <Markdown headingLevel={3}>{text}</Markdown>
    </section>
  );
}

function QuestionItem({ question }: { question: Question }) {
  return (
    <li className="rounded-xl border border-border bg-surface p-4 shadow-sm sm:p-5">
      <div className="flex items-start gap-3">
        <span className="mt-0.5 shrink-0 rounded-md bg-accent-soft px-1.5 py-0.5 text-xs font-semibold text-accent tabular-nums">
          Q{question.number}
        </span>
        <h3 className="text-base leading-snug font-semibold text-pretty sm:text-lg">{question.text}</h3>
      </div>
      {question.sections.length > 0 ? (
        <details className="group mt-3">
          <summary className="inline-flex min-h-9 cursor-pointer items-center gap-1.5 rounded-md text-sm font-semibold text-accent select-none [&::-webkit-details-marker]:hidden">
            <svg
              viewBox="0 0 16 16"
              aria-hidden="true"
              className="size-4 transition-transform group-open:rotate-90 motion-reduce:transition-none"
            >
              <path
                d="M6 3.5 10.5 8 6 12.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.75"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span className="group-open:hidden">Show model answer</span>
            <span className="hidden group-open:inline">Hide model answer</span>
          </summary>
          <div className="mt-3 space-y-5 border-t border-border pt-4">
            {question.sections.map((section, index) => (
              <AnswerPart
                key={`${section.kind}-${index}`}
                section={section}
                showLabel={!(question.sections.length === 1 && section.kind === 'answer')}
              />
            ))}
          </div>
        </details>
      ) : (
        <p className="mt-3 text-sm text-fg-muted">No model answer yet.</p>
      )}
    </li>
  );
}

function AnswerPart({ section, showLabel }: { section: AnswerSection; showLabel: boolean }) {
  return (
    <section className="space-y-2">
      {showLabel ? (
        <h4 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{section.label}</h4>
      ) : null}
      <Markdown headingLevel={5}>{section.markdown}</Markdown>
    </section>
  );
}
