import { lazy, Suspense, useCallback, useState } from 'react';

import type { Question } from '@/content/types';
import type { PracticeSession } from '@/domain/model';
import { draftKey, usePracticeStore } from '@/stores';

import { AnswerPanel } from './AnswerPanel';
import { AskingLine } from './AskingLine';

// The speech code is fetched only by interviewer sessions, when a question is about to be asked.
const InterviewerReading = lazy(() => import('./InterviewerReading'));

interface AnswerStageProps {
  session: PracticeSession;
  question: Question;
  /** The question's heading: the answer box, which has focus instead of it, is described by it. */
  questionHeadingId?: string;
  onSkipped?: () => void;
}

/**
 * Answering one question. In interviewer mode the question is read aloud first, and only then do
 * think time and the answer clock start; an answer already under way (a reload mid-answer) is not
 * asked again.
 */
export function AnswerStage({ session, question, questionHeadingId, onSkipped }: AnswerStageProps) {
  const input: string = session.settings.input;
  const [asked, setAsked] = useState(
    () =>
      input !== 'interviewer' ||
      (usePracticeStore.getState().drafts[draftKey(session.id, question.id)]?.startedAt ?? null) !== null,
  );
  // Why the question was not read aloud (no voices, speech blocked): said on the answering screen.
  const [readingError, setReadingError] = useState<string | null>(null);
  const onDone = useCallback((error: string | null) => {
    setReadingError(error);
    setAsked(true);
  }, []);

  if (!asked) {
    return (
      <Suspense fallback={<AskingLine />}>
        <InterviewerReading text={question.text} onDone={onDone} />
      </Suspense>
    );
  }
  return (
    <>
      {readingError ? (
        <p role="status" className="rounded-xl border border-border bg-surface-muted px-4 py-3 text-sm">
          {readingError}
        </p>
      ) : null}
      <AnswerPanel session={session} question={question} questionHeadingId={questionHeadingId} onSkipped={onSkipped} />
    </>
  );
}
