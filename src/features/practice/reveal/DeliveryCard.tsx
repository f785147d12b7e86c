/**
 * "Your delivery" beside the user's answer, for a recorded answer: each figure measured from the
 * recording and the transcript against a plain target (`deliveryAdvice`), the transcript with its
 * fillers, hedges and repeated words marked, and "How did it sound to you?", whose answer is kept for
 * self-calibration and answered at once with what the figures say. Coaching, never a score.
 *
 * Nothing for a typed answer. For a recorded one whose figures are not in yet (the analysis runs after
 * the recording is saved) it says it is measuring, and fills in when `setDelivery` lands.
 */
import { useEffect, useMemo, useState } from 'react';

import { Card } from '@/components/ui/Card';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { toneStyles } from '@/components/ui/tones';
import { deliveryAdvice, deliverySpans, type DeliveryFigures, type DeliverySelfRating } from '@/domain/delivery';
import type { Attempt } from '@/domain/model';
import { deliveryOf, formatAt, formatSeconds, selfRatingNote, selfRatingOf } from '@/domain/progress/delivery';
import { ensureMeasured } from '@/features/recording/save';
import { cn } from '@/lib/cn';
import { usePracticeStore } from '@/stores';

import { HighlightedTranscript } from './HighlightedTranscript';

const SELF_RATINGS: readonly { value: DeliverySelfRating; label: string }[] = [
  { value: 'rough', label: 'Rough' },
  { value: 'okay', label: 'Okay' },
  { value: 'smooth', label: 'Smooth' },
];

/** Pause positions listed before "and N more". */
const MAX_PAUSES_LISTED = 4;

export function DeliveryCard({ attempt, headingId }: { attempt: Attempt; headingId: string }) {
  const recordedAt = usePracticeStore((state) => state.recordings[attempt.id]?.createdAt ?? null);
  const delivery = deliveryOf(attempt);
  if (attempt.skipped || (!delivery && recordedAt === null)) return null;

  return (
    <Card as="section" aria-labelledby={headingId} padding="md" className="@container space-y-4">
      <div className="space-y-1">
        <h3 id={headingId} className="text-lg font-semibold tracking-tight">
          Your delivery
        </h3>
        <p className="text-sm text-fg-muted">
          Measured on this device from your recording. Targets to aim for, not a score.
        </p>
      </div>
      {delivery ? (
        <Measured attempt={attempt} delivery={delivery} headingId={headingId} />
      ) : (
        <Measuring attemptId={attempt.id} />
      )}
    </Card>
  );
}

function Measuring({ attemptId }: { attemptId: string }) {
  // Runs the analysis when the one started at submit is gone (a reload) or joins it while it runs.
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void ensureMeasured(attemptId).then((measured) => {
      if (live && !measured) setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [attemptId]);
  return (
    <p role="status" className="text-sm text-fg-muted">
      {failed
        ? 'Your delivery could not be measured from this recording. The recording and your answer are saved.'
        : 'Measuring your delivery…'}
    </p>
  );
}

function Measured({
  attempt,
  delivery,
  headingId,
}: {
  attempt: Attempt;
  delivery: DeliveryFigures;
  headingId: string;
}) {
  const setSelfRating = usePracticeStore((state) => state.setDeliverySelfRating);
  // Hedges and repeats only when there are some: a row saying "0" for each is noise on a short card.
  const advice = useMemo(
    () =>
      deliveryAdvice(delivery).filter(
        (item) =>
          (item.id !== 'hedges' || delivery.hedgeCount > 0) && (item.id !== 'repeats' || delivery.repeatCount > 0),
      ),
    [delivery],
  );
  const spans = useMemo(() => deliverySpans(attempt.answer), [attempt.answer]);
  const rating = selfRatingOf(attempt);

  return (
    <>
      <dl className="grid gap-2 @md:grid-cols-2">
        {advice.map((item) => (
          <div
            key={item.id}
            className={cn(
              'min-w-0 space-y-1 rounded-xl border bg-surface-muted/50 px-3 py-2.5',
              item.onTarget ? 'border-border' : 'border-warning-border',
            )}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <dt className="text-sm font-medium">{item.label}</dt>
              <dd className="text-base font-semibold tabular-nums">{item.value}</dd>
            </div>
            <dd className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
              <span className={cn('font-semibold', item.onTarget ? toneStyles.success.text : toneStyles.warning.text)}>
                {item.onTarget ? <span aria-hidden="true">✓ </span> : null}
                {item.onTarget ? 'On target' : 'Off target'}
              </span>
              <span className="text-fg-muted">Target: {item.target}</span>
            </dd>
            {item.id === 'pauses' && delivery.pauses.length > 0 ? (
              <dd className="text-xs text-fg-muted tabular-nums">{pausePlaces(delivery)}</dd>
            ) : null}
            <dd className="text-sm text-fg-muted">{item.message}</dd>
          </div>
        ))}
      </dl>

      <details open className="group rounded-xl border border-border">
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Your words, marked</summary>
        <HighlightedTranscript text={attempt.answer} spans={spans} className="border-t border-border px-3 py-3" />
      </details>

      <div className="space-y-2">
        <ChoiceGroup
          type="radio"
          legend="How did it sound to you?"
          options={SELF_RATINGS}
          // No choice yet is no radio checked.
          value={rating ?? ('' as DeliverySelfRating)}
          onChange={(value) => setSelfRating(attempt.id, value)}
        />
        <p role="status" id={`${headingId}-calibration`} className="text-sm">
          {rating ? selfRatingNote(rating, delivery) : null}
        </p>
      </div>
    </>
  );
}

/** "At 0:12 (3.1 s), 0:47 (2.4 s) and 2 more": where the long pauses were in the recording. */
function pausePlaces(delivery: DeliveryFigures) {
  const listed = delivery.pauses
    .slice(0, MAX_PAUSES_LISTED)
    .map((pause) => `${formatAt(pause.startMs)} (${formatSeconds(pause.endMs - pause.startMs)})`);
  const more = delivery.pauses.length - listed.length;
  return `At ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
