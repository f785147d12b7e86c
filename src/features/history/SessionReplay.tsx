import { Link } from '@tanstack/react-router';
import { memo, useId, useMemo, type ReactNode } from 'react';

import type { Guide, Question } from '@/content/types';
import { Badge } from '@/components/ui/Badge';
import { LinkButton } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { Markdown } from '@/components/ui/Markdown';
import { textLinkClass } from '@/components/ui/styles';
import { type ChecklistItem, sectionChecklist } from '@/domain/checklist';
import { formatDuration } from '@/domain/measures';
import { NOT_APPLICABLE, RUBRIC_PARTS, type Attempt } from '@/domain/model';
import { effectiveGrade, GRADE_LABELS, LEVELS, PART_INFO, scoreOf } from '@/domain/rubric';
import { useSessionAttempts, usePracticeStore } from '@/stores';

import { formatDay, formatTime, guideTitle } from './format';
import { ReplayNotFound } from './ReplayNotFound';
import { buildRow } from './rows';

/** Parsed once per section: the replay re-renders when a rating elsewhere changes. */
const ModelMarkdown = memo(Markdown);

export interface SessionReplayProps {
  sessionId: string;
  /** The session's guides by slug, as the route loaded them. */
  guides: Record<string, Guide>;
}

export function SessionReplay({ sessionId, guides }: SessionReplayProps) {
  const session = usePracticeStore((state) => state.sessions[sessionId]);
  const attempts = useSessionAttempts(sessionId);
  const questions = useMemo(() => {
    const byId = new Map<string, { question: Question; guide: Guide }>();
    for (const guide of Object.values(guides))
      for (const question of guide.questions) byId.set(question.id, { question, guide });
    return byId;
  }, [guides]);

  // Deleted while open (another tab, or Undo's counterpart): say so rather than show stale data.
  if (!session) return <ReplayNotFound />;

  const row = buildRow(session, attempts);
  const byQuestion = new Map(attempts.map((attempt) => [attempt.questionId, attempt]));
  const questionIds = [...new Set(session.questionIds)];
  const when = `${formatDay(session.createdAt)} at ${formatTime(session.createdAt)}`;

  return (
    <article aria-labelledby="replay-title" className="space-y-8">
      <header className="space-y-4">
        <nav aria-label="Breadcrumb">
          <ol className="flex items-center gap-1.5 text-sm text-fg-muted">
            <li>
              <Link to="/history" className={textLinkClass}>
                History
              </Link>
            </li>
            <li className="flex items-center gap-1.5">
              <Icon name="chevronRight" className="size-3.5" />
              <span aria-current="page">{formatDay(session.createdAt)}</span>
            </li>
          </ol>
        </nav>
        <div className="space-y-1.5">
          <h1 id="replay-title" className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
            Session of {when}
          </h1>
          <p className="text-fg-muted">{row.guideSlugs.map(guideTitle).join(', ')}</p>
        </div>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <SummaryStat label="Answered" value={`${row.answered} of ${row.total}`} />
          <SummaryStat label="Average score" value={row.averageScore === null ? '—' : `${row.averageScore}%`} />
          <SummaryStat label="Time answering" value={formatDuration(row.durationMs)} />
          <SummaryStat
            label="Status"
            value={
              session.status === 'completed' ? 'Finished' : session.status === 'active' ? 'In progress' : 'Ended early'
            }
          />
        </dl>
        {session.status === 'active' ? (
          <LinkButton to="/practice/$sessionId" params={{ sessionId }}>
            <Icon name="play" />
            Continue this session
          </LinkButton>
        ) : null}
      </header>

      <ol aria-label="Questions" className="space-y-6">
        {questionIds.map((questionId, index) => (
          <li key={questionId}>
            <QuestionReplay
              index={index}
              total={questionIds.length}
              questionId={questionId}
              found={questions.get(questionId)}
              attempt={byQuestion.get(questionId)}
            />
          </li>
        ))}
      </ol>
    </article>
  );
}

function SummaryStat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-xl border border-border bg-surface px-4 py-3 shadow-sm">
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

interface QuestionReplayProps {
  index: number;
  total: number;
  questionId: string;
  found: { question: Question; guide: Guide } | undefined;
  attempt: Attempt | undefined;
}

function QuestionReplay({ index, total, questionId, found, attempt }: QuestionReplayProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const question = found?.question;
  const score = attempt && !attempt.skipped ? scoreOf(attempt.ratings) : null;
  const grade = attempt && !attempt.skipped ? effectiveGrade(attempt) : null;

  return (
    <article aria-labelledby={titleId} className="rounded-2xl border border-border bg-surface shadow-sm">
      <header className="space-y-2 border-b border-border px-4 py-4 sm:px-6">
        <p className="text-xs font-semibold tracking-wide text-accent uppercase">
          Question {index + 1} <span className="text-fg-muted">of {total}</span>
        </p>
        <h2 id={titleId} className="text-lg leading-snug font-semibold tracking-tight text-balance sm:text-xl">
          {question ? (
            <Link to="/questions/$id" params={{ id: questionId }} className="hover:underline">
              {question.text}
            </Link>
          ) : (
            'A question no longer in the library'
          )}
        </h2>
        <ul aria-label="Result" className="flex flex-wrap gap-1.5">
          {!attempt ? (
            <li>
              <Badge variant="outline">Not reached</Badge>
            </li>
          ) : attempt.skipped ? (
            <li>
              <Badge variant="outline">Skipped</Badge>
            </li>
          ) : (
            <>
              <li>
                {score === null ? <Badge>Not fully rated</Badge> : <Badge variant="accent">Score {score}%</Badge>}
              </li>
              {grade ? (
                <li>
                  <Badge variant="accent">
                    Grade {GRADE_LABELS[grade].label}
                    {attempt.gradeOverridden ? ' (your choice)' : ''}
                  </Badge>
                </li>
              ) : null}
              <li>
                <Badge>Took {formatDuration(attempt.durationMs)}</Badge>
              </li>
              {attempt.overtimeSec > 0 ? (
                <li>
                  <Badge variant="outline">{formatDuration(attempt.overtimeSec * 1000)} over time</Badge>
                </li>
              ) : null}
            </>
          )}
        </ul>
      </header>

      {!attempt ? (
        <p className="px-4 py-4 text-sm text-fg-muted sm:px-6">This question was not reached in this session.</p>
      ) : (
        <div className="grid gap-6 px-4 py-5 sm:px-6 lg:grid-cols-2 lg:gap-8">
          <div className="min-w-0 space-y-6">
            <YourAnswer attempt={attempt} />
            {attempt.skipped ? null : (
              <>
                <PartRatings attempt={attempt} />
                {question ? <Ticks attempt={attempt} question={question} /> : null}
                <HintsShown attempt={attempt} />
                <Note note={attempt.note} />
              </>
            )}
          </div>
          <div className="min-w-0 lg:border-l lg:border-border lg:pl-8">
            <ModelAnswer question={question} />
          </div>
        </div>
      )}
    </article>
  );
}

function Block({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h3 id={id} className="text-sm font-semibold tracking-wide text-fg-muted uppercase">
          {title}
        </h3>
        {aside}
      </div>
      {children}
    </section>
  );
}

function YourAnswer({ attempt }: { attempt: Attempt }) {
  return (
    <Block title="Your answer">
      {attempt.skipped ? (
        <p className="text-sm text-fg-muted">You skipped this question.</p>
      ) : attempt.answer.trim() ? (
        // The user's words exactly as written: plain text, never markdown.
        <p className="rounded-xl bg-surface-muted px-4 py-3 leading-relaxed break-words whitespace-pre-wrap">
          {attempt.answer}
        </p>
      ) : (
        <p className="text-sm text-fg-muted">You submitted an empty answer.</p>
      )}
    </Block>
  );
}

function PartRatings({ attempt }: { attempt: Attempt }) {
  return (
    <Block title="Your ratings">
      <dl className="divide-y divide-border rounded-xl border border-border">
        {RUBRIC_PARTS.map((part) => {
          const rating = attempt.ratings[part];
          return (
            <div key={part} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
              <dt className="font-medium">{PART_INFO[part].label}</dt>
              <dd className="flex items-center gap-2 text-right">
                {rating === null ? (
                  <span className="text-fg-muted">Not rated</span>
                ) : rating === NOT_APPLICABLE ? (
                  <>
                    <span className="text-fg-muted">Doesn&apos;t apply</span>
                    <span className="font-semibold">n/a</span>
                  </>
                ) : (
                  <>
                    <span className="text-fg-muted">{LEVELS[rating].name}</span>
                    <span className="font-semibold tabular-nums">{rating}/4</span>
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </Block>
  );
}

function Ticks({ attempt, question }: { attempt: Attempt; question: Question }) {
  const practices = sectionChecklist(question.sections, 'bestPractices');
  const pitfalls = sectionChecklist(question.sections, 'pitfalls');
  if (practices.length === 0 && pitfalls.length === 0) return null;
  return (
    <>
      {practices.length > 0 ? (
        <TickList
          title="Best practices covered"
          items={practices}
          ticked={attempt.practicesCovered}
          none="None ticked."
        />
      ) : null}
      {pitfalls.length > 0 ? (
        <TickList title="Pitfalls fallen into" items={pitfalls} ticked={attempt.pitfallsHit} none="None ticked." />
      ) : null}
    </>
  );
}

function TickList({
  title,
  items,
  ticked,
  none,
}: {
  title: string;
  items: readonly ChecklistItem[];
  ticked: readonly number[];
  none: string;
}) {
  const chosen = items.map((item, index) => ({ item, index })).filter(({ index }) => ticked.includes(index));
  return (
    <Block
      title={title}
      aside={
        <span className="text-sm text-fg-muted tabular-nums">
          {chosen.length} of {items.length}
        </span>
      }
    >
      {chosen.length === 0 ? (
        <p className="text-sm text-fg-muted">{none}</p>
      ) : (
        <ul className="space-y-1.5">
          {chosen.map(({ item, index }) => (
            <li key={index} className="flex gap-2 text-sm">
              <CheckIcon />
              <div className="min-w-0 flex-1">
                {item.within ? <p className="text-xs font-medium text-fg-muted">{item.within}</p> : null}
                <ModelMarkdown headingLevel={5} className="text-sm">
                  {item.markdown}
                </ModelMarkdown>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Block>
  );
}

function HintsShown({ attempt }: { attempt: Attempt }) {
  const hints = attempt.hints;
  return (
    <Block title="Hints shown">
      {hints ? (
        <dl className="space-y-1.5 text-sm">
          <HintLine
            label="Parts spotted"
            values={hints.partsDetected.map((part) => PART_INFO[part]?.label ?? part)}
            empty="none"
          />
          <HintLine label="Key terms used" values={hints.termsUsed} empty="none" />
          <HintLine label="Key terms missed" values={hints.termsMissed} empty="none" />
        </dl>
      ) : (
        <p className="text-sm text-fg-muted">No hints were recorded for this answer.</p>
      )}
    </Block>
  );
}

function HintLine({ label, values, empty }: { label: string; values: string[]; empty: string }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-medium">{label}:</dt>
      <dd className="min-w-0 text-fg-muted">{values.length > 0 ? values.join(', ') : empty}</dd>
    </div>
  );
}

function Note({ note }: { note: string }) {
  return (
    <Block title="Your note">
      {note.trim() ? (
        <p className="text-sm leading-relaxed break-words whitespace-pre-wrap">{note}</p>
      ) : (
        <p className="text-sm text-fg-muted">No note.</p>
      )}
    </Block>
  );
}

function ModelAnswer({ question }: { question: Question | undefined }) {
  return (
    <Block title="Model answer">
      {!question ? (
        <p className="text-sm text-fg-muted">
          This question is no longer in its guide, so its model answer cannot be shown.
        </p>
      ) : question.sections.length === 0 ? (
        <p className="text-sm text-fg-muted">This guide has no model answer for this question.</p>
      ) : (
        <div className="space-y-4">
          {question.sections.map((section, index) => (
            <section key={`${section.kind}-${index}`} className="space-y-1">
              {question.sections.length > 1 || section.kind !== 'answer' ? (
                <h4 className="text-sm font-semibold text-accent">
                  {section.within ? <span className="font-medium text-fg-muted">{section.within} › </span> : null}
                  {section.label}
                </h4>
              ) : null}
              <ModelMarkdown headingLevel={5}>{section.markdown}</ModelMarkdown>
            </section>
          ))}
        </div>
      )}
    </Block>
  );
}

function CheckIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="mt-0.5 size-4 shrink-0 text-accent"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M5 12.5l4.5 4.5L19 7.5" />
    </svg>
  );
}
