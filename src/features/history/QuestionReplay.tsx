import { Link } from '@tanstack/react-router';
import { useId } from 'react';

import { TimeBadges } from '@/components/answer/TimeBadges';
import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import type { Guide, Question } from '@/content/types';
import type { Attempt } from '@/domain/model';
import { effectiveGrade, GRADE_LABELS, scoreOf } from '@/domain/rubric';

import { HintsShown, ModelAnswer, Note, PartRatings, StoryUsed, Ticks, YourAnswer } from './ReplayBlocks';

interface QuestionReplayProps {
  index: number;
  total: number;
  questionId: string;
  found: { question: Question; guide: Guide } | undefined;
  attempt: Attempt | undefined;
}

/** One question of a replayed session: its result, the answer and how it was rated, beside the model answer. */
export function QuestionReplay({ index, total, questionId, found, attempt }: QuestionReplayProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const question = found?.question;

  return (
    <Card as="article" aria-labelledby={titleId}>
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
          <ResultBadges attempt={attempt} />
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
                <StoryUsed storyId={attempt.storyId} />
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
    </Card>
  );
}

/** Not reached, skipped, or the score, grade and time of an answer, as items of the result list. */
function ResultBadges({ attempt }: { attempt: Attempt | undefined }) {
  if (!attempt || attempt.skipped) {
    return (
      <li>
        <Badge variant="outline">{attempt ? 'Skipped' : 'Not reached'}</Badge>
      </li>
    );
  }
  const score = scoreOf(attempt.ratings);
  const grade = effectiveGrade(attempt);
  return (
    <>
      <li>{score === null ? <Badge>Not fully rated</Badge> : <Badge variant="accent">Score {score}%</Badge>}</li>
      {grade ? (
        <li>
          <Badge variant="accent">
            Grade {GRADE_LABELS[grade].label}
            {attempt.gradeOverridden ? ' (your choice)' : ''}
          </Badge>
        </li>
      ) : null}
      <TimeBadges attempt={attempt} />
    </>
  );
}
