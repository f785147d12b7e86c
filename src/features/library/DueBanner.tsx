import { useMemo } from 'react';

import type { GuideSummary } from '@/content/types';
import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { useStartDueReview } from '@/features/practice/setup/start';
import { cn } from '@/lib/cn';
import { useDueQuestionIds, usePracticeStore } from '@/stores';

import { tones } from '../practice/session/tones';

/** Questions due for review today whose guide is still in the library. */
export function useDueInLibrary(guides: readonly GuideSummary[]): string[] {
  const due = useDueQuestionIds();
  const schedules = usePracticeStore((s) => s.schedules);
  return useMemo(() => {
    const known = new Set(guides.map((g) => g.slug));
    return due.filter((id) => known.has(schedules[id]?.guideSlug ?? ''));
  }, [due, schedules, guides]);
}

/** On the library home when questions are due for review: how many, and one click to review them. */
export function DueBanner({ guides }: { guides: readonly GuideSummary[] }) {
  const due = useDueInLibrary(guides);
  const { start, starting, error } = useStartDueReview();
  if (due.length === 0) return null;

  return (
    <section
      aria-labelledby="due-today"
      className="flex flex-col gap-4 rounded-2xl border border-border bg-surface p-5 shadow-sm sm:flex-row sm:items-center sm:justify-between sm:p-6"
    >
      <div className="min-w-0 space-y-1">
        <h2 id="due-today" className="text-lg font-semibold tracking-tight tabular-nums">
          {due.length} due today
        </h2>
        <p className="text-sm text-fg-muted">
          {due.length === 1 ? 'A question you practised is' : 'Questions you practised are'} ready to review before you
          forget {due.length === 1 ? 'it' : 'them'}.
        </p>
        {error ? (
          <p role="alert" className={cn('text-sm font-medium', tones.dangerText)}>
            {error}
          </p>
        ) : null}
      </div>
      <Button onClick={start} disabled={starting} className="self-start sm:self-auto">
        <Icon name="play" />
        {starting ? 'Starting…' : 'Review due'}
      </Button>
    </section>
  );
}
