import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Icon } from '@/components/ui/Icon';
import { toneStyles } from '@/components/ui/tones';
import type { GuideSummary } from '@/content/types';
import { cn } from '@/lib/cn';
import { useDueInGuides } from '@/stores';

import { bannerLayout } from './ContinueBanner';

/** Starting a review session is the practice feature's job; the route passes it in. */
export interface DueReview {
  start: () => void | Promise<void>;
  starting: boolean;
  error: string | null;
}

/** On the library home when questions are due for review: how many, and one click to review them. */
export function DueBanner({ guides, review }: { guides: readonly GuideSummary[]; review: DueReview }) {
  const due = useDueInGuides(guides);
  const { start, starting, error } = review;
  if (due.length === 0) return null;

  return (
    <Card as="section" aria-labelledby="due-today" padding="xl" className={bannerLayout}>
      <div className="min-w-0 space-y-1">
        <h2 id="due-today" className="text-lg font-semibold tracking-tight tabular-nums">
          {due.length} due today
        </h2>
        <p className="text-sm text-fg-muted">
          {due.length === 1 ? 'A question you practised is' : 'Questions you practised are'} ready to review before you
          forget {due.length === 1 ? 'it' : 'them'}.
        </p>
        {error ? (
          <p role="alert" className={cn('text-sm font-medium', toneStyles.danger.text)}>
            {error}
          </p>
        ) : null}
      </div>
      <Button onClick={() => void start()} disabled={starting} className="self-start sm:self-auto">
        <Icon name="play" />
        {starting ? 'Starting…' : 'Review due'}
      </Button>
    </Card>
  );
}
