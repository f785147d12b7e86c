import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { KeyCombo } from '@/components/ui/Kbd';
import type { Attempt } from '@/domain/model';
import { applicableParts, GRADE_LABELS, isFullyRated, isRating } from '@/domain/rubric';
import { usePracticeStore } from '@/stores';

import { describeChange } from './changes';

interface ReviewFooterProps {
  attempt: Attempt;
  isLast: boolean;
  onNext: () => void;
}

/** The bar that stays at the bottom of the review: how far rating has got, Undo, and Next (Alt+N). */
export function ReviewFooter({ attempt, isLast, onNext }: ReviewFooterProps) {
  const undo = usePracticeStore((state) => state.undo);
  const undoRating = usePracticeStore((state) => state.undoRating);
  const undoLabel = undo?.attemptId === attempt.id ? describeChange(undo.before, attempt) : null;
  const applicable = applicableParts(attempt.ratings);
  const ratedCount = applicable.filter((part) => isRating(attempt.ratings[part])).length;

  return (
    <div className="sticky bottom-2 z-10 flex items-center gap-3 rounded-2xl border border-border bg-surface/95 py-2 pr-2 pl-4 shadow-lg backdrop-blur supports-[backdrop-filter]:bg-surface/85 sm:bottom-3 sm:gap-4 sm:py-3 sm:pr-3 sm:pl-5">
      <p role="status" className="min-w-0 flex-1 text-sm leading-snug font-medium">
        {attempt.skipped ? (
          'Skipped'
        ) : isFullyRated(attempt.ratings) ? (
          <>
            Rated
            {attempt.grade ? <span className="text-fg-muted"> · {GRADE_LABELS[attempt.grade].label}</span> : null}
          </>
        ) : (
          <>
            {ratedCount}
            <span className="sr-only sm:not-sr-only"> of {applicable.length} parts</span>
            <span className="sm:hidden" aria-hidden="true">
              /{applicable.length}
            </span>{' '}
            rated
          </>
        )}
      </p>
      {undoLabel ? (
        <Button variant="secondary" onClick={undoRating}>
          <span>
            Undo <span className="sr-only sm:not-sr-only">{undoLabel}</span>
          </span>
        </Button>
      ) : null}
      <span aria-hidden="true" className="hidden md:inline-flex">
        <KeyCombo keys={['Alt', 'N']} />
      </span>
      <Button onClick={onNext} aria-keyshortcuts="Alt+N">
        {isLast ? (
          'Finish'
        ) : (
          <span>
            Next <span className="sr-only sm:not-sr-only">question</span>
          </span>
        )}
        <Icon name="arrowRight" />
      </Button>
    </div>
  );
}
