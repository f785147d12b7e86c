import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { Badge } from '@/components/ui/Badge';
import { LinkButton } from '@/components/ui/Button';
import { Card, StretchedLink } from '@/components/ui/Card';
import { Icon } from '@/components/ui/Icon';
import { Markdown } from '@/components/ui/Markdown';
import { textLinkClass } from '@/components/ui/styles';
import { TagList } from '@/components/ui/Tag';
import { Eyebrow } from '@/components/ui/TextLink';
import type { Guide, Question } from '@/content/types';
import type { Attempt } from '@/domain/model';
import { formatDay, plural, toDate } from '@/lib/format';
import { selectLatestRatedByQuestion, usePracticeStore } from '@/stores';

import { categoryAnchor } from './format';
import { groupByCategory } from './group-questions';
import { InterviewPlanCard } from './InterviewPlan';
import { OfflineButton } from './OfflineButton';
import { attemptScore } from './score';

/**
 * The guide as an index: overview, then its questions, each linking to its
 * own page. Model answers live on those pages behind a reveal, not here, so
 * skimming the guide before a practice session does not hand out the answers.
 */
interface GuidePageProps {
  guide: Guide;
  /** For a guide of the user's own: where it came from and what one can do with it (given by the route). */
  yours?: ReactNode;
  /** Controls beside each question (edit, delete), for a guide written in the app. */
  questionActions?: (question: Question) => ReactNode;
  /** After the questions: ways to add more (the paste box of a written guide). */
  footer?: ReactNode;
  /** Shown instead of the questions when the guide has none yet. */
  empty?: ReactNode;
}

export function GuidePage({ guide, yours, questionActions, footer, empty }: GuidePageProps) {
  const latestRated = usePracticeStore(selectLatestRatedByQuestion);
  const groups = groupByCategory(guide.questions);
  const practised = guide.questions.filter((question) => latestRated[question.id]).length;
  // The guide's own dates, as its author wrote them; one that is no date is left out.
  const updated = toDate(guide.modDate);
  const published = toDate(guide.pubDate);
  const dated = updated ? `Updated ${formatDay(updated)}` : published ? `Published ${formatDay(published)}` : null;

  return (
    <article aria-labelledby="guide-title" className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-4">
        <nav aria-label="Breadcrumb">
          <Link to="/" className={`text-sm ${textLinkClass}`}>
            <span aria-hidden="true">← </span>All guides
          </Link>
        </nav>
        <Eyebrow>{[guide.vertical, guide.category].filter(Boolean).join(' · ')}</Eyebrow>
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
        {yours}
        {guide.questions.length === 0 ? null : (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 pt-2">
            <LinkButton to="/practice/new" search={{ guide: guide.slug }} size="lg">
              <Icon name="play" />
              Practise this guide
            </LinkButton>
            <OfflineButton guideSlug={guide.slug} />
            {practised > 0 ? (
              <p className="text-sm text-fg-muted">
                You have rated answers to{' '}
                <span className="font-semibold text-fg tabular-nums">
                  {practised} of {guide.questions.length}
                </span>{' '}
                questions.
              </p>
            ) : null}
          </div>
        )}
        {guide.questions.length === 0 ? null : <InterviewPlanCard guideSlug={guide.slug} guide={guide} />}
        <StoryCoverage guide={guide} />
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

      {guide.questions.length === 0 ? empty : null}

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
                <QuestionItem
                  key={question.id}
                  question={question}
                  latest={latestRated[question.id]}
                  actions={questionActions?.(question)}
                />
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

      {footer}
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

function QuestionItem({
  question,
  latest,
  actions,
}: {
  question: Question;
  latest: Attempt | undefined;
  actions?: ReactNode;
}) {
  const score = latest ? attemptScore(latest) : null;
  return (
    // The question link is stretched over the row, as on the guide cards.
    <Card as="li" interactive radius="xl" padding="md" className="flex flex-wrap items-start gap-3 sm:flex-nowrap">
      <span className="mt-0.5 min-w-9 shrink-0 rounded-md bg-accent-soft px-1.5 py-0.5 text-center text-xs font-semibold text-accent tabular-nums">
        Q{question.number}
      </span>
      <h3 className="min-w-0 flex-1 text-base leading-snug font-semibold text-pretty sm:text-lg">
        <StretchedLink to="/questions/$id" params={{ id: question.id }}>
          {question.text}
        </StretchedLink>
      </h3>
      {score !== null ? (
        <Badge variant="accent" className="mt-0.5">
          Last: {score}%
        </Badge>
      ) : null}
      {actions}
      <Icon name="chevronRight" className="mt-1 size-4 text-fg-muted" />
    </Card>
  );
}

/** Questions a story is told for: the behavioural and situational ones. */
const STORY_CATEGORIES = /behaviou?ral|situational/i;

/**
 * A coach's reminder for this interview, once the user keeps stories: which
 * behavioural and situational questions have no story linked yet.
 */
function StoryCoverage({ guide }: { guide: Guide }) {
  const stories = usePracticeStore(useShallow((s) => Object.values(s.stories)));
  if (stories.length === 0) return null;
  const questions = guide.questions.filter((q) => STORY_CATEGORIES.test(q.category));
  // The story bank's "no story" rule (domain/stories storyWarnings), without loading its suggestion code here.
  const linked = new Set(stories.flatMap((story) => story.questionIds));
  const missing = questions.filter((q) => !linked.has(q.id));
  if (questions.length === 0) return null;
  return (
    <p className="text-sm text-fg-muted">
      {missing.length === 0
        ? `Every behavioural and situational question here has a story linked.`
        : `${missing.length} of ${plural(questions.length, 'behavioural or situational question', 'behavioural and situational questions')} here ${missing.length === 1 ? 'has' : 'have'} no story linked yet.`}{' '}
      <Link to="/stories" className={textLinkClass}>
        Your stories
      </Link>
    </p>
  );
}
