import { Link } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';

import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { textLinkClass } from '@/components/ui/styles';
import { formatDuration } from '@/domain/measures';
import type { Attempt } from '@/domain/model';
import { RecordingSlot } from '@/features/recording/lazy';
import { formatDateTime, isoDateTime, plural } from '@/lib/format';
import { useQuestionAttempts } from '@/stores';

import { AnswerDiff, type ComparableAttempt } from './AnswerDiff';
import { attemptScore } from './score';

/** The sparkline shows at most this many of the latest scores. */
const SPARK_POINTS = 20;
/** Attempts listed before "Show all". */
const SHOWN_FIRST = 6;

/** Every attempt at a question over time: scores, a trend line, and a word diff between any two answers. */
export function AttemptHistory({ questionId }: { questionId: string }) {
  // Oldest first, memoised by the store.
  const attempts = useQuestionAttempts(questionId);
  const numbered = useMemo(
    () =>
      attempts.map((attempt, index): ComparableAttempt => ({
        attempt,
        number: index + 1,
        score: attemptScore(attempt),
      })),
    [attempts],
  );
  const comparable = useMemo(
    () => numbered.filter(({ attempt }) => !attempt.skipped && attempt.answer.trim() !== ''),
    [numbered],
  );
  const scores = numbered.map((entry) => entry.score).filter((score) => score !== null);
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  // Newest first: the latest attempt is the one people look for.
  const newestFirst = [...numbered].reverse();
  const listed = showAll ? newestFirst : newestFirst.slice(0, SHOWN_FIRST);

  return (
    <section aria-labelledby="your-attempts" className="space-y-4">
      <h2 id="your-attempts" className="text-xl font-semibold tracking-tight">
        Your attempts
      </h2>
      {attempts.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border px-4 py-5 text-sm text-fg-muted">
          You have not practised this question yet. Your scores will appear here.
        </p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <p className="text-sm text-fg-muted">{summary(attempts.length, scores)}</p>
            <Sparkline scores={scores.slice(-SPARK_POINTS)} />
          </div>
          <ol
            id={listId}
            aria-label="Previous attempts"
            className="divide-y divide-border rounded-xl border border-border bg-surface"
          >
            {listed.map((entry) => (
              <AttemptRow key={entry.attempt.id} entry={entry} />
            ))}
          </ol>
          {numbered.length > SHOWN_FIRST ? (
            <Button
              variant="secondary"
              size="sm"
              aria-expanded={showAll}
              aria-controls={listId}
              onClick={() => setShowAll((shown) => !shown)}
            >
              {showAll ? 'Show fewer' : `Show all ${numbered.length} attempts`}
            </Button>
          ) : null}
          {comparable.length >= 2 ? (
            <AnswerDiff attempts={comparable} />
          ) : (
            <p className="text-sm text-fg-muted">Answer it once more to compare two of your attempts word by word.</p>
          )}
        </>
      )}
    </section>
  );
}

function AttemptRow({ entry: { attempt, number, score } }: { entry: ComparableAttempt }) {
  return (
    <li className="space-y-2 px-4 py-3">
      <div className="flex items-center justify-between gap-3">
        <div className="min-w-0 text-sm">
          <span className="block">
            <span className="font-medium">Attempt {number}</span>
            <span className="text-fg-muted"> · </span>
            <time dateTime={isoDateTime(attempt.submittedAt)}>{formatDateTime(attempt.submittedAt)}</time>
          </span>
          <span className="block text-xs text-fg-muted">
            {attempt.skipped ? null : <>Answered in {formatDuration(attempt.durationMs)} · </>}
            <Link
              to="/history/$sessionId"
              params={{ sessionId: attempt.sessionId }}
              className={textLinkClass}
              aria-label={`Session of attempt ${number}`}
            >
              Session
            </Link>
          </span>
        </div>
        <ScoreBadge attempt={attempt} score={score} />
      </div>
      {/* Each attempt plays on its own: an old and a new one can be heard one after the other. */}
      {attempt.skipped ? null : <RecordingSlot attemptId={attempt.id} label={`Play attempt ${number}`} />}
    </li>
  );
}

function ScoreBadge({ attempt, score }: { attempt: Attempt; score: number | null }) {
  if (attempt.skipped) return <Badge variant="outline">Skipped</Badge>;
  if (score === null) return <Badge variant="neutral">Not rated</Badge>;
  return <Badge variant="accent">Score {score}%</Badge>;
}

function summary(count: number, scores: number[]) {
  const parts = [plural(count, 'attempt')];
  if (scores.length > 0) parts.push(`last score ${scores[scores.length - 1]}%`, `best ${Math.max(...scores)}%`);
  return parts.join(' · ');
}

/** A tiny trend of scores, oldest to newest; the numbers themselves are its accessible name. */
function Sparkline({ scores }: { scores: number[] }) {
  if (scores.length < 2) return null;
  const width = 120;
  const height = 32;
  const pad = 3;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (scores.length - 1);
  const y = (score: number) => height - pad - (score / 100) * (height - 2 * pad);
  const points = scores.map((score, i) => `${x(i).toFixed(1)},${y(score).toFixed(1)}`).join(' ');
  const last = scores[scores.length - 1]!;
  return (
    <svg
      role="img"
      aria-label={`Score trend: ${scores.map((s) => `${s}%`).join(', ')}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="shrink-0 overflow-visible text-accent"
    >
      <line x1={pad} x2={width - pad} y1={y(50)} y2={y(50)} className="stroke-border" strokeDasharray="2 3" />
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <circle cx={x(scores.length - 1)} cy={y(last)} r="3" fill="currentColor" />
    </svg>
  );
}
