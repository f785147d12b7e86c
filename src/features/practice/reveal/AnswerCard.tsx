import { Badge } from '@/components/ui/Badge';
import type { Attempt } from '@/domain/model';
import { formatDuration, wordCount } from '@/domain/measures';

const SOURCE_LABEL: Record<Attempt['source'], string | null> = {
  typed: null,
  dictated: 'Dictated',
  mixed: 'Typed and dictated',
};

/**
 * The user's own words, shown exactly as written: plain text in a
 * pre-wrapped paragraph, never markdown or HTML, so whatever they typed
 * (angle brackets included) reads back literally and cannot inject markup.
 */
export function AnswerCard({ attempt, headingId }: { attempt: Attempt; headingId: string }) {
  const words = wordCount(attempt.answer);
  const source = SOURCE_LABEL[attempt.source];

  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-border bg-surface p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold tracking-tight">
          Your answer
        </h3>
        {attempt.skipped ? <Badge variant="outline">Skipped</Badge> : null}
      </div>

      {attempt.skipped ? (
        <p className="mt-3 text-sm text-fg-muted">
          No answer was recorded, so there is nothing to rate. Skipped questions don’t count toward your progress.
        </p>
      ) : (
        <>
          <ul aria-label="About your answer" className="mt-2 flex flex-wrap gap-1.5">
            <li>
              <Badge>{words === 1 ? '1 word' : `${words} words`}</Badge>
            </li>
            <li>
              <Badge>Took {formatDuration(attempt.durationMs)}</Badge>
            </li>
            {attempt.overtimeSec > 0 ? (
              <li>
                <Badge variant="outline">{formatDuration(attempt.overtimeSec * 1000)} over time</Badge>
              </li>
            ) : null}
            {source ? (
              <li>
                <Badge>{source}</Badge>
              </li>
            ) : null}
          </ul>
          {attempt.answer.trim() ? (
            <p className="mt-4 text-base leading-relaxed break-words whitespace-pre-wrap text-fg">{attempt.answer}</p>
          ) : (
            <p className="mt-4 text-sm text-fg-muted">You submitted an empty answer.</p>
          )}
        </>
      )}
    </section>
  );
}
