import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import { wordCount } from '@/domain/measures';
import type { Attempt } from '@/domain/model';
import { plural } from '@/lib/format';

import { AnswerText } from './AnswerText';
import { TimeBadges } from './TimeBadges';

const SOURCE_LABEL: Record<Attempt['source'], string | null> = {
  typed: null,
  dictated: 'Dictated',
  mixed: 'Typed and dictated',
};

/** The user's answer as a card: its length, time and source, then the words themselves (`AnswerText`). */
export function AnswerCard({
  attempt,
  headingId,
  emptyNote,
}: {
  attempt: Attempt;
  headingId: string;
  /** Passed on to AnswerText (a recorded answer without a transcript). */
  emptyNote?: string;
}) {
  const words = wordCount(attempt.answer);
  const source = SOURCE_LABEL[attempt.source];

  return (
    <Card as="section" aria-labelledby={headingId} padding="md">
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
              <Badge>{plural(words, 'word')}</Badge>
            </li>
            <TimeBadges attempt={attempt} />
            {source ? (
              <li>
                <Badge>{source}</Badge>
              </li>
            ) : null}
          </ul>
          <AnswerText
            answer={attempt.answer}
            className="mt-4"
            textClassName="text-base text-fg"
            emptyNote={emptyNote}
          />
        </>
      )}
    </Card>
  );
}
