import { useMemo } from 'react';

import { Breadcrumb } from '@/components/ui/Breadcrumb';
import { LinkButton } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { TextLink } from '@/components/ui/TextLink';
import type { Guide, Question } from '@/content/types';
import { formatDuration } from '@/domain/measures';
import { formatDay } from '@/lib/format';
import { useSessionAttempts, usePracticeStore } from '@/stores';

import { formatTime, guideTitle } from './format';
import { QuestionReplay } from './QuestionReplay';
import { ReplayNotFound } from './ReplayNotFound';
import { buildRow } from './rows';
import { Stat } from './Stat';

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
  const when = `${formatDay(session.createdAt, { weekday: true })} at ${formatTime(session.createdAt)}`;

  return (
    <article aria-labelledby="replay-title" className="space-y-8">
      <header className="space-y-4">
        <Breadcrumb current={formatDay(session.createdAt, { weekday: true })}>
          <TextLink to="/history">History</TextLink>
        </Breadcrumb>
        <div className="space-y-1.5">
          <h1 id="replay-title" className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
            Session of {when}
          </h1>
          <p className="text-fg-muted">{row.guideSlugs.map(guideTitle).join(', ')}</p>
        </div>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat boxed label="Answered" value={`${row.answered} of ${row.total}`} />
          <Stat boxed label="Average score" value={row.averageScore === null ? '—' : `${row.averageScore}%`} />
          <Stat boxed label="Time answering" value={formatDuration(row.durationMs)} />
          <Stat
            boxed
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
