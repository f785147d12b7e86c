import { useState } from 'react';

import { LinkButton } from '@/components/ui/Button';
import { SectionCard } from '@/components/ui/Card';
import { Stat } from '@/components/ui/Stat';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { Eyebrow, TextLink } from '@/components/ui/TextLink';
import type { SearchEntry } from '@/content/types';
import { UNKNOWN_CATEGORY } from '@/domain/progress';
import { MAX_RATING, PART_INFO } from '@/domain/rubric';
import { formatCount, formatPercent, formatPracticeTime, plural } from '@/lib/format';
import { usePracticeStore } from '@/stores';

import { BarChart } from './BarChart';
import { CalendarHeatmap } from './CalendarHeatmap';
import { CalibrationSection } from './CalibrationSection';
import { DeliverySection } from './DeliverySection';
import { progressData } from './progress-data';
import { ScoreChart } from './ScoreChart';

interface ProgressPageProps {
  /** Every question in the library (the search index): text, category and guide. */
  questions: readonly SearchEntry[];
  /** For tests; the page otherwise reads the clock once when it mounts. */
  now?: number;
}

/** Everything the user has practised, in charts with tables behind them, and what to work on next. */
export function ProgressPage({ questions, now: fixedNow }: ProgressPageProps) {
  const sessions = usePracticeStore((state) => state.sessions);
  const attempts = usePracticeStore((state) => state.attempts);
  const [mountedAt] = useState(() => Date.now());
  const now = fixedNow ?? mountedAt;

  // Computed once per change of the records (the store replaces them on every write), shared with the loader.
  const { progress, delivery, guideTitles } = progressData({ sessions, attempts, questions, now });

  if (!progress.hasData) {
    return (
      <StatusMessage
        title="Practise a few questions to see your progress"
        actions={<LinkButton to="/practice/new">Start practising</LinkButton>}
      >
        <p>Your scores, streak and the parts of your answers to work on will show up here.</p>
      </StatusMessage>
    );
  }

  const { totals, streak, weakestPart } = progress;
  const guideLabel = (slug: string) => guideTitles.get(slug) ?? 'A guide no longer in the library';

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-2">
        <Eyebrow>Progress</Eyebrow>
        <h1 className="text-3xl font-semibold tracking-tight text-balance">Your progress</h1>
        <p className="text-fg-muted">
          {plural(totals.answers, 'answer')} to {plural(totals.questions, 'question')}
          {totals.scored ? `, ${totals.scored} of them fully rated` : ''}.
        </p>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat
          valueFirst
          label="Current streak"
          value={plural(streak.current, 'day')}
          detail={
            streak.practisedToday
              ? 'Practised today'
              : streak.current > 0
                ? 'Practise today to keep it'
                : `Longest: ${plural(streak.longest, 'day')}`
          }
        />
        <Stat
          valueFirst
          label="Answers"
          value={formatCount(totals.answers)}
          detail={`${plural(totals.activeDays, 'day')} of practice`}
        />
        <Stat
          valueFirst
          label="Time practised"
          value={formatPracticeTime(totals.practiceMs)}
          detail={`${plural(totals.completedSessions, 'session')} completed`}
        />
        <Stat
          valueFirst
          label="Average score"
          value={formatPercent(totals.averageScore)}
          detail={plural(totals.scored, 'rated answer')}
        />
      </dl>

      <SectionCard
        title="Practice calendar"
        description={
          streak.current > 0
            ? `${plural(streak.current, 'day')} in a row${streak.practisedToday ? ', including today' : ' — practise today to keep the streak'}. Longest run: ${plural(streak.longest, 'day')}.`
            : `No streak right now. Longest run: ${plural(streak.longest, 'day')}.`
        }
      >
        <CalendarHeatmap calendar={progress.calendar} streak={streak} today={progress.today} />
      </SectionCard>

      <SectionCard
        title="Score over time"
        description="Daily average of your fully rated answers; parts are their average rating as a percentage."
      >
        {progress.scoreOverTime.length ? (
          <ScoreChart days={progress.scoreOverTime} />
        ) : (
          <p className="text-fg-muted">Rate your answers after you submit them to see your score here.</p>
        )}
      </SectionCard>

      {delivery.measured > 0 ? <DeliverySection delivery={delivery} /> : null}

      {progress.byCategory.length ? (
        <div className="grid gap-8 md:grid-cols-2 [&>*]:min-w-0">
          <SectionCard
            title="By category"
            description="Average score of rated answers; number of answers after the dot."
          >
            <BarChart
              name="average score by category"
              groupLabel="Category"
              bars={progress.byCategory.map((g) => ({
                key: g.key,
                label: g.key === UNKNOWN_CATEGORY ? 'Questions no longer in the library' : g.key,
                value: g.average,
                count: g.count,
              }))}
            />
          </SectionCard>
          <SectionCard title="By guide" description="Average score of rated answers; number of answers after the dot.">
            <BarChart
              name="average score by guide"
              groupLabel="Guide"
              bars={progress.byGuide.map((g) => ({
                key: g.key,
                label: guideLabel(g.key),
                value: g.average,
                count: g.count,
              }))}
            />
          </SectionCard>
        </div>
      ) : null}

      {weakestPart || progress.weakestQuestions.length ? (
        <SectionCard title="What to work on">
          {weakestPart ? (
            <div className="space-y-2 rounded-xl bg-accent-soft p-4">
              <h3 className="font-semibold">
                Weakest part: {PART_INFO[weakestPart.part].label}{' '}
                <span className="font-normal text-fg-muted">
                  (average {weakestPart.average.toFixed(1)} of {MAX_RATING})
                </span>
              </h3>
              <p>{weakestPart.tip}</p>
            </div>
          ) : null}
          {progress.weakestQuestions.length ? (
            <div className="space-y-2">
              <h3 className="font-semibold">Lowest-scoring questions</h3>
              <p className="text-sm text-fg-muted">By the score of your latest rated answer.</p>
              <ol className="divide-y divide-border">
                {progress.weakestQuestions.map((q) => (
                  <li key={q.questionId} className="flex items-start justify-between gap-4 py-3">
                    <div className="min-w-0 space-y-0.5">
                      <TextLink tone="quiet" to="/questions/$id" params={{ id: q.questionId }}>
                        {q.text}
                      </TextLink>
                      <p className="text-sm text-fg-muted">
                        {q.category} · {guideLabel(q.guideSlug)} · {plural(q.attempts, 'rated answer')}
                      </p>
                    </div>
                    <span className="shrink-0 rounded-full bg-surface-muted px-2.5 py-0.5 text-sm font-semibold tabular-nums">
                      {q.score}%
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </SectionCard>
      ) : null}

      <CalibrationSection findings={progress.calibration} attempts={attempts} />
    </div>
  );
}
