import { Navigate, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef } from 'react';

import { Badge } from '@/components/ui/Badge';
import { Button, LinkButton } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { StatusMessage } from '@/components/ui/StatusMessage';
import type { Guide, Question } from '@/content/types';
import { whenEngaged, whenIdle } from '@/lib/idle';
import { selectAttemptFor, usePracticeStore } from '@/stores';

import { Reveal } from '../reveal/lazy';
import { AnswerStage } from './AnswerStage';
import { NoSession, SessionGone } from './SessionNotFound';

/** How long the scheduler's download waits for the user to start, at most (lib/idle.ts, whenEngaged). */
const SCHEDULER_DELAY_MS = 4000;

function findQuestion(guides: readonly Guide[], questionId: string): { question: Question; guide: Guide } | null {
  for (const guide of guides) {
    const question = guide.questions.find((q) => q.id === questionId);
    if (question) return { question, guide };
  }
  return null;
}

/**
 * One practice session: the current question, answered and then reviewed in
 * place. Where the user is lives in the store (currentIndex, the attempt for
 * this question), so a reload lands on the same screen.
 */
export function PracticeScreen({ sessionId, guides }: { sessionId: string; guides: Guide[] }) {
  const session = usePracticeStore((s) => s.sessions[sessionId]);
  const index = session?.currentIndex ?? 0;
  const questionId = session?.questionIds[index];
  const attempt = usePracticeStore((s) => (questionId ? selectAttemptFor(s, sessionId, questionId) : undefined));
  const goTo = usePracticeStore((s) => s.goTo);
  const completeSession = usePracticeStore((s) => s.completeSession);
  const navigate = useNavigate();
  const loadScheduler = usePracticeStore((s) => s.loadScheduler);

  // The review scheduler (FSRS) is needed from the first rating on, seconds after the user starts: fetched
  // in idle time once they do (or after a while), so it is not one more download the question's first paint
  // shares the network with. A rating before it arrives waits in the store's queue; a failed load is
  // reported by the store and retried with the next rating.
  useEffect(
    () => whenEngaged(() => whenIdle(() => void loadScheduler().catch(() => {})), SCHEDULER_DELAY_MS),
    [loadScheduler],
  );

  // A new question replaces the whole screen. The answer box takes focus as it opens (AnswerPanel: its effect
  // runs first); where nothing did (interviewer mode, whose text box is hidden; a question no longer in the
  // library), focus goes to the question so keyboard and screen-reader users start at the top. A reload onto
  // a review leaves focus alone.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const shownQuestion = useRef<string | undefined | null>(null);
  const reviewing = attempt !== undefined;
  useEffect(() => {
    if (shownQuestion.current === questionId) return;
    const opening = shownQuestion.current === null;
    shownQuestion.current = questionId;
    if (opening && reviewing) return;
    const focused = document.activeElement;
    if (focused && focused !== document.body) return;
    headingRef.current?.focus();
  }, [questionId, reviewing]);

  if (!session) return <SessionGone />;
  if (session.status === 'completed') {
    return <Navigate to="/practice/$sessionId/summary" params={{ sessionId }} replace />;
  }
  if (session.status === 'abandoned') {
    return (
      <NoSession title="This session was ended" backLabel="Back to the library">
        Ended sessions cannot be continued, but their answers are kept in your history.
      </NoSession>
    );
  }

  const total = session.questionIds.length;
  const located = questionId ? findQuestion(guides, questionId) : null;

  function next() {
    if (index + 1 < total) {
      goTo(sessionId, index + 1);
      return;
    }
    completeSession(sessionId);
    void navigate({ to: '/practice/$sessionId/summary', params: { sessionId } });
  }

  return (
    // The review puts your answer beside the model answer: it gets the wider column.
    <div className={`mx-auto space-y-6 ${attempt ? 'max-w-5xl' : 'max-w-3xl'}`}>
      <div className="space-y-3">
        <div className="flex items-center justify-between gap-4">
          <LinkButton to="/" variant="ghost" size="sm" className="-ml-3" title="Your answer and time are kept">
            <Icon name="arrowLeft" />
            Leave
          </LinkButton>
          <p className="text-sm font-medium text-fg-muted tabular-nums">
            Question <span className="font-semibold text-fg">{index + 1}</span> of {total}
          </p>
        </div>
        <div aria-hidden="true" className="flex h-1.5 gap-1">
          {total <= 20 ? (
            session.questionIds.map((id, i) => (
              <span
                key={id}
                className={`h-full flex-1 rounded-full ${i < index ? 'bg-accent' : i === index ? 'bg-accent/50' : 'bg-fg/10'}`}
              />
            ))
          ) : (
            <span className="h-full flex-1 overflow-hidden rounded-full bg-fg/10">
              <span className="block h-full rounded-full bg-accent" style={{ width: `${(index / total) * 100}%` }} />
            </span>
          )}
        </div>
      </div>

      {located ? (
        <>
          <header className="space-y-3">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm">
              <Badge variant="accent">{located.question.category}</Badge>
              <span className="text-fg-muted">{located.guide.title}</span>
            </div>
            <h1
              ref={headingRef}
              id={headingId}
              tabIndex={-1}
              className="text-2xl leading-tight font-semibold tracking-tight text-pretty outline-none sm:text-3xl"
            >
              {located.question.text}
            </h1>
          </header>

          {attempt ? (
            <Reveal
              sessionId={sessionId}
              attemptId={attempt.id}
              question={located.question}
              guideTitle={located.guide.title}
              position={{ index, total }}
              onNext={next}
            />
          ) : (
            <AnswerStage
              key={located.question.id}
              session={session}
              question={located.question}
              questionHeadingId={headingId}
              onSkipped={next}
            />
          )}
        </>
      ) : (
        <StatusMessage
          title="This question is no longer in the library"
          headingLevel={1}
          actions={<Button onClick={next}>{index + 1 < total ? 'Next question' : 'Finish'}</Button>}
        >
          <p>Its guide was changed or removed since the session started. You can go on without it.</p>
        </StatusMessage>
      )}
    </div>
  );
}
