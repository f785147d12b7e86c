import { useNavigate } from '@tanstack/react-router';
import { useId, useMemo, type ReactNode } from 'react';

import { Button, LinkButton } from '@/components/ui/Button';
import { Card, SectionCard } from '@/components/ui/Card';
import { Icon } from '@/components/ui/Icon';
import { Stat } from '@/components/ui/Stat';
import { Eyebrow } from '@/components/ui/TextLink';
import type { Guide, Question } from '@/content/types';
import { formatDuration } from '@/domain/measures';
import { deliveryLine, deliveryOf, deliveryTotals } from '@/domain/progress/delivery';
import { PART_INFO } from '@/domain/rubric';
import { summarizeSession } from '@/domain/summary';
import { formatAverage, formatDateTime, isoDateTime } from '@/lib/format';
import { selectSessionAttempts, usePracticeStore } from '@/stores';

import { SessionGone } from '../session/SessionNotFound';
import { DeliverySummary } from './DeliverySummary';
import { PartAverages } from './PartAverages';
import { QuestionResults } from './QuestionResults';

const MISSING_QUESTION = 'A question no longer in the library';

/** The end of a session: how each answer went, which part to work on, and a one-click retry of the weak ones. */
export function SessionSummary({ sessionId, guides }: { sessionId: string; guides: readonly Guide[] }) {
  const id = useId();
  const session = usePracticeStore((state) => state.sessions[sessionId]);
  const attempts = usePracticeStore((state) => selectSessionAttempts(state, sessionId));
  const createSession = usePracticeStore((state) => state.createSession);
  const navigate = useNavigate();

  const questions = useMemo(() => {
    const byId = new Map<string, { question: Question; guide: Guide }>();
    for (const guide of guides) for (const question of guide.questions) byId.set(question.id, { question, guide });
    return byId;
  }, [guides]);

  const summary = useMemo(
    () =>
      session
        ? summarizeSession({
            questionIds: session.questionIds,
            attempts,
            questionText: (questionId) => questions.get(questionId)?.question.text ?? MISSING_QUESTION,
          })
        : null,
    [session, attempts, questions],
  );

  // The delivery of the answers the summary shows (each question's latest), for recorded ones.
  const delivery = useMemo(() => {
    const shown = new Set(summary?.rows.map((row) => row.attemptId));
    const byId = new Map(attempts.filter((a) => shown.has(a.id)).map((a) => [a.id, a]));
    return { byId, totals: deliveryTotals([...byId.values()]) };
  }, [summary, attempts]);

  if (!session || !summary) {
    return <SessionGone />;
  }

  const sessionGuides = [
    ...new Map(
      session.questionIds.flatMap((questionId) => {
        const guide = questions.get(questionId)?.guide;
        return guide ? [[guide.slug, guide] as const] : [];
      }),
    ).values(),
  ];
  const known = new Set(summary.rows.filter((row) => questions.has(row.questionId)).map((row) => row.questionId));
  const total = summary.rows.length;
  const weakest = summary.weakestPart;
  const anyRated = Object.values(summary.partAverages).some((average) => average !== null);

  function retry() {
    if (!session || summary === null || summary.retryIds.length === 0) return;
    const newId = createSession(session.settings, summary.retryIds);
    void navigate({ to: '/practice/$sessionId', params: { sessionId: newId } });
  }

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-3">
        <Eyebrow>
          Session summary
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          <time dateTime={isoDateTime(session.createdAt)}>{formatDateTime(session.createdAt)}</time>
        </Eyebrow>
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
          {session.status === 'active' ? 'How it is going' : 'How it went'}
        </h1>
        {session.status === 'active' ? (
          <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-fg-muted">
            This session is still open.
            <LinkButton to="/practice/$sessionId" params={{ sessionId }} variant="secondary" size="sm">
              Continue it
            </LinkButton>
          </p>
        ) : null}
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatTile label="Overall score">
          {summary.overallScore === null ? (
            <span className="text-fg-muted">—</span>
          ) : (
            <>
              {summary.overallScore}
              <span className="text-base font-medium text-fg-muted">/100</span>
            </>
          )}
        </StatTile>
        <StatTile label="Answered">
          {summary.answered}
          <span className="text-base font-medium text-fg-muted"> of {total}</span>
        </StatTile>
        <StatTile label="Skipped">{summary.skipped}</StatTile>
        <StatTile label="Total time">{formatDuration(summary.totalDurationMs)}</StatTile>
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card
          as="section"
          aria-labelledby={`${id}-focus`}
          tone="accent"
          shadow={false}
          padding="lg"
          className="space-y-3"
        >
          <Eyebrow>Work on next</Eyebrow>
          {weakest ? (
            <>
              <h2 id={`${id}-focus`} className="text-xl font-semibold tracking-tight">
                Weakest part: {PART_INFO[weakest].label}
              </h2>
              <p className="text-sm text-fg-muted">
                Averaged {formatAverage(summary.partAverages[weakest]!)} out of 4 — {PART_INFO[weakest].question}
              </p>
              <p className="leading-relaxed">
                <span className="font-semibold">Tip: </span>
                {summary.tip}
              </p>
            </>
          ) : (
            <>
              <h2 id={`${id}-focus`} className="text-xl font-semibold tracking-tight">
                {anyRated ? 'No weak part this time' : 'Nothing rated yet'}
              </h2>
              <p className="leading-relaxed">
                {anyRated
                  ? 'Every part averaged a full 4. Try harder questions, or a shorter time limit.'
                  : 'Rate your answers on the four parts to see which one to work on.'}
              </p>
            </>
          )}
        </Card>

        <PartAverages
          headingId={`${id}-parts`}
          averages={summary.partAverages}
          notApplicable={summary.notApplicable}
          weakest={weakest}
        />
      </div>

      {delivery.totals.answers > 0 ? <DeliverySummary headingId={`${id}-delivery`} totals={delivery.totals} /> : null}

      <QuestionResults
        headingId={`${id}-questions`}
        rows={summary.rows}
        known={known}
        guideOf={sessionGuides.length > 1 ? (questionId) => questions.get(questionId)?.guide.title : undefined}
        deliveryOf={(attemptId) => {
          const attempt = delivery.byId.get(attemptId);
          const figures = attempt ? deliveryOf(attempt) : null;
          return figures ? deliveryLine(figures) : null;
        }}
      />

      <SectionCard
        title="Retry these"
        description={
          summary.retryIds.length > 0
            ? 'Your lowest-scoring answers (under 75) and any you skipped, as a new session with the same settings.'
            : summary.overallScore === null
              ? 'Nothing to suggest yet: rate your answers on every part that applies and the weak ones will show up here.'
              : 'Nothing to retry: every rated answer scored 75 or more, and none were skipped.'
        }
      >
        {summary.retryIds.length > 0 ? (
          <>
            <ul aria-label="Questions to retry" className="list-disc space-y-1.5 pl-5 text-sm marker:text-fg-muted">
              {summary.retryIds.map((questionId) => (
                <li key={questionId}>{questions.get(questionId)?.question.text ?? MISSING_QUESTION}</li>
              ))}
            </ul>
            <Button size="lg" onClick={retry} className="w-full sm:w-auto">
              {summary.retryIds.length === 1
                ? 'Retry this question'
                : `Retry these ${summary.retryIds.length} questions`}
              <Icon name="arrowRight" />
            </Button>
          </>
        ) : null}
      </SectionCard>

      <nav aria-label="Where next" className="flex flex-wrap gap-3 border-t border-border pt-6">
        {sessionGuides.map((guide) => (
          <LinkButton
            key={guide.slug}
            to="/guides/$slug"
            params={{ slug: guide.slug }}
            variant="secondary"
            className="max-w-full"
          >
            <Icon name="arrowLeft" />
            <span className="min-w-0 truncate">Back to {guide.title}</span>
          </LinkButton>
        ))}
        <LinkButton to="/" variant="secondary">
          Library
        </LinkButton>
        <LinkButton to="/practice/new" variant="ghost">
          New session
        </LinkButton>
      </nav>
    </div>
  );
}

function StatTile({ label, children }: { label: string; children: ReactNode }) {
  return <Stat size="lg" label={label} value={children} />;
}
