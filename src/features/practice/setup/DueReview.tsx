import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { toneStyles } from '@/components/ui/tones';
import type { GuideSummary } from '@/content/types';
import { cn } from '@/lib/cn';
import { useDueInGuides } from '@/stores';

import { useStartDueReview } from './start';

/** One click to review everything due today, skipping the form. */
export function DueReview({ guides }: { guides: readonly GuideSummary[] }) {
  const due = useDueInGuides(guides);
  const { start, starting, error } = useStartDueReview();
  if (due.length === 0) return null;
  return (
    <section
      aria-label="Due for review"
      className="flex flex-col gap-3 rounded-xl border border-accent/40 bg-accent-soft px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="space-y-1 text-sm">
        <p>
          <span className="font-semibold tabular-nums">
            {due.length} question{due.length === 1 ? ' is' : 's are'} due for review
          </span>{' '}
          <span className="text-fg-muted">with your usual pacing.</span>
        </p>
        {error ? (
          <p role="alert" className={cn('font-medium', toneStyles.danger.text)}>
            {error}
          </p>
        ) : null}
      </div>
      <Button variant="secondary" onClick={start} disabled={starting} className="self-start sm:self-auto">
        <Icon name="play" />
        {starting ? 'Starting…' : `Review due (${due.length})`}
      </Button>
    </section>
  );
}
