import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import { Stat } from '@/components/ui/Stat';
import { TextLink } from '@/components/ui/TextLink';
import { formatDuration } from '@/domain/measures';
import { GRADE_LABELS } from '@/domain/rubric';
import type { SummaryRow } from '@/domain/summary';

interface QuestionResultsProps {
  headingId: string;
  rows: SummaryRow[];
  /** Questions still in the library link to their page; the rest are plain text. */
  known: ReadonlySet<string>;
  /** Guide title per question, shown only when the session drew on more than one guide. */
  guideOf?: (questionId: string) => string | undefined;
  /** A recorded answer's delivery in one line (pace, fillers, long pauses); null for the rest. */
  deliveryOf?: (attemptId: string) => string | null;
}

export function QuestionResults({ headingId, rows, known, guideOf, deliveryOf }: QuestionResultsProps) {
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-xl font-semibold tracking-tight">
        Questions
      </h2>
      <ol aria-labelledby={headingId} className="space-y-3">
        {rows.map((row, index) => {
          const guide = guideOf?.(row.questionId);
          const delivery = row.attemptId && !row.skipped ? (deliveryOf?.(row.attemptId) ?? null) : null;
          return (
            <Card
              as="li"
              key={row.questionId}
              padding="md"
              className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-6"
            >
              <div className="flex min-w-0 items-start gap-3">
                <span className="mt-0.5 shrink-0 rounded-md bg-accent-soft px-1.5 py-0.5 text-xs font-semibold text-accent tabular-nums">
                  Q{index + 1}
                </span>
                <div className="min-w-0 space-y-0.5">
                  <p className="leading-snug font-medium text-pretty">
                    {known.has(row.questionId) ? (
                      <TextLink tone="quiet" to="/questions/$id" params={{ id: row.questionId }} className="rounded-sm">
                        {row.text}
                      </TextLink>
                    ) : (
                      row.text
                    )}
                  </p>
                  {guide ? <p className="text-xs text-fg-muted">{guide}</p> : null}
                  {delivery ? (
                    <p className="text-xs text-fg-muted tabular-nums">
                      <span className="font-medium text-fg">Delivery:</span> {delivery}
                    </p>
                  ) : null}
                </div>
              </div>
              <dl className="grid grid-cols-3 gap-2 border-t border-border pt-3 text-sm sm:w-80 sm:border-t-0 sm:pt-0">
                <Stat size="sm" surface="none" label="Score" value={<ScoreValue row={row} />} />
                <Stat
                  size="sm"
                  surface="none"
                  label="Grade"
                  value={
                    row.grade ? (
                      <Badge variant="accent">{GRADE_LABELS[row.grade].label}</Badge>
                    ) : (
                      <span className="text-fg-muted">—</span>
                    )
                  }
                />
                <Stat
                  size="sm"
                  surface="none"
                  label="Time"
                  value={
                    row.durationMs === null ? (
                      <span className="text-fg-muted">—</span>
                    ) : (
                      <span className="flex flex-col">
                        <span className="font-medium tabular-nums">{formatDuration(row.durationMs)}</span>
                        {row.overtimeSec > 0 ? (
                          <span className="text-xs font-medium text-fg-muted tabular-nums">
                            {formatDuration(row.overtimeSec * 1000)} over
                          </span>
                        ) : null}
                      </span>
                    )
                  }
                />
              </dl>
            </Card>
          );
        })}
      </ol>
    </section>
  );
}

function ScoreValue({ row }: { row: SummaryRow }) {
  if (row.skipped) return <Badge variant="outline">Skipped</Badge>;
  if (row.attemptId === null) return <span className="text-fg-muted">Not reached</span>;
  if (row.score === null) return <span className="text-fg-muted">Not rated</span>;
  return (
    <span className="tabular-nums">
      <span className="text-base font-semibold">{row.score}</span>
      <span className="text-fg-muted">/100</span>
    </span>
  );
}
