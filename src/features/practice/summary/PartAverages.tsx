import { SectionCard } from '@/components/ui/Card';
import { RUBRIC_PARTS, type RubricPart } from '@/domain/model';
import { MAX_RATING, PART_INFO } from '@/domain/rubric';
import { cn } from '@/lib/cn';
import { formatAverage, plural } from '@/lib/format';

interface PartAveragesProps {
  headingId: string;
  averages: Record<RubricPart, number | null>;
  /** Per part, the answers that marked it "doesn't apply": left out of its average, never counted as 0. */
  notApplicable?: Record<RubricPart, number>;
  weakest: RubricPart | null;
}

/** One bar per part; the numbers are written out, so the bars are decoration for sighted readers. */
export function PartAverages({ headingId, averages, notApplicable, weakest }: PartAveragesProps) {
  const marked = RUBRIC_PARTS.flatMap((part) => {
    const count = notApplicable?.[part] ?? 0;
    return count > 0 ? [`${PART_INFO[part].label} in ${plural(count, 'answer')}`] : [];
  });
  return (
    <SectionCard
      title="By part"
      headingId={headingId}
      aside={<p className="text-sm text-fg-muted">Average rating, 0–{MAX_RATING}</p>}
    >
      <dl className="space-y-3">
        {RUBRIC_PARTS.map((part) => {
          const average = averages[part];
          const naCount = notApplicable?.[part] ?? 0;
          const isWeakest = part === weakest;
          return (
            <div
              key={part}
              className="grid grid-cols-[6.5rem_minmax(0,1fr)] items-center gap-3 sm:grid-cols-[8rem_minmax(0,1fr)]"
            >
              <dt className="text-sm font-medium">
                {PART_INFO[part].label}
                {isWeakest ? <span className="sr-only"> (weakest)</span> : null}
              </dt>
              <dd className="flex items-center gap-3">
                <span aria-hidden="true" className="h-2.5 flex-1 overflow-hidden rounded-full bg-surface-muted">
                  <span
                    className={cn('block h-full rounded-full', isWeakest ? 'bg-accent/55' : 'bg-accent')}
                    style={{ width: `${average === null ? 0 : (average / MAX_RATING) * 100}%` }}
                  />
                </span>
                <span className="min-w-[4.5rem] text-right text-sm tabular-nums">
                  {average === null ? (
                    naCount > 0 ? (
                      <span className="font-semibold text-fg-muted">n/a</span>
                    ) : (
                      <span className="text-fg-muted">Not rated</span>
                    )
                  ) : (
                    <>
                      <span className="font-semibold">{formatAverage(average)}</span>
                      <span className="text-fg-muted"> / {MAX_RATING}</span>
                    </>
                  )}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      {marked.length > 0 ? (
        <p className="text-sm text-fg-muted">
          Where you marked a part “doesn&apos;t apply” to a question (n/a), it is left out of that part’s average, not
          counted as 0: {marked.join(', ')}.
        </p>
      ) : null}
    </SectionCard>
  );
}
