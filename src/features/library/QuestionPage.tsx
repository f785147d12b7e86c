import { Link } from '@tanstack/react-router';

import { Breadcrumb } from '@/components/ui/Breadcrumb';
import { LinkButton } from '@/components/ui/Button';
import { cardStyles } from '@/components/ui/Card';
import { Icon } from '@/components/ui/Icon';
import { TextLink } from '@/components/ui/TextLink';
import type { Guide, Question } from '@/content/types';
import { STORIES_GUIDE_SLUG } from '@/domain/stories/practice';
import { cn } from '@/lib/cn';

import { AttemptHistory } from './AttemptHistory';
import { ModelAnswer } from './ModelAnswer';
import { QuestionStories } from './QuestionStories';

export interface QuestionPageProps {
  guide: Guide;
  question: Question;
}

export function QuestionPage({ guide, question }: QuestionPageProps) {
  const position = guide.questions.indexOf(question);
  const previous = position > 0 ? guide.questions[position - 1] : undefined;
  const next = guide.questions[position + 1];

  return (
    <article aria-labelledby="question-title" className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-4">
        <Breadcrumb current={`Question ${question.number}`}>
          <TextLink to="/">Library</TextLink>
          <TextLink to="/guides/$slug" params={{ slug: guide.slug }} title={guide.title} className="block truncate">
            {guide.title}
          </TextLink>
        </Breadcrumb>
        <p className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-wide text-accent uppercase">
          <span>{question.category}</span>
          <span aria-hidden="true" className="text-fg-muted">
            ·
          </span>
          <span className="text-fg-muted">
            Question {position + 1} of {guide.questions.length}
          </span>
        </p>
        <h1
          id="question-title"
          className="text-2xl leading-tight font-semibold tracking-tight text-balance sm:text-3xl"
        >
          {question.text}
        </h1>
        <div className="flex flex-wrap gap-3 pt-2">
          <LinkButton to="/practice/new" search={{ question: question.id }} size="lg">
            <Icon name="play" />
            Practise just this
          </LinkButton>
        </div>
      </header>

      <AttemptHistory questionId={question.id} />

      {/* A story's own practice question needs no stories linked to it. */}
      {guide.slug === STORIES_GUIDE_SLUG ? null : <QuestionStories question={question} />}

      <section aria-labelledby="model-answer" className="space-y-4">
        <h2 id="model-answer" className="text-xl font-semibold tracking-tight">
          Model answer
        </h2>
        {/* Keyed so moving to the next question never carries a revealed answer over. */}
        <ModelAnswer key={question.id} question={question} />
      </section>

      {previous || next ? (
        <nav
          aria-label="Other questions in this guide"
          className="grid gap-3 border-t border-border pt-6 sm:grid-cols-2"
        >
          {previous ? <NeighbourLink question={previous} direction="previous" /> : <span className="hidden sm:block" />}
          {next ? <NeighbourLink question={next} direction="next" /> : null}
        </nav>
      ) : null}
    </article>
  );
}

function NeighbourLink({ question, direction }: { question: Question; direction: 'previous' | 'next' }) {
  const isNext = direction === 'next';
  return (
    <Link
      to="/questions/$id"
      params={{ id: question.id }}
      className={cardStyles(
        { radius: 'xl', padding: 'sm' },
        cn(
          'group flex min-w-0 flex-col gap-1 transition hover:border-accent',
          isNext && 'sm:col-start-2 sm:text-right',
        ),
      )}
    >
      <span
        className={`flex items-center gap-1 text-xs font-semibold tracking-wide text-fg-muted uppercase ${isNext ? 'sm:justify-end' : ''}`}
      >
        {isNext ? null : <Icon name="arrowLeft" className="size-3.5" />}
        {isNext ? 'Next question' : 'Previous question'}
        {isNext ? <Icon name="arrowRight" className="size-3.5" /> : null}
      </span>
      <span className="line-clamp-2 text-sm font-medium">{question.text}</span>
    </Link>
  );
}
