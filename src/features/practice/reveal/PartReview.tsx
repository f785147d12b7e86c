import { useId } from 'react';

import { ModelMarkdown } from '@/components/answer/ModelMarkdown';
import { Badge } from '@/components/ui/Badge';
import { cardStyles } from '@/components/ui/Card';
import type { AnswerSection } from '@/content/types';
import { NOT_APPLICABLE, type Ratings, type Rating, type RubricPart } from '@/domain/model';
import { LEVELS, PART_INFO } from '@/domain/rubric';
import { cn } from '@/lib/cn';

import { RatingGroup } from './RatingGroup';
import { WithinHeading } from './WithinHeading';

interface PartReviewProps {
  part: RubricPart;
  step: number;
  /** The model answer's sections of this part; empty when the guide has none. */
  sections: AnswerSection[];
  /** False when the guide has no model answer for the question at all. */
  hasModelAnswer: boolean;
  /** True when `sections` are the model answer's general text, shown here because it labels no part of this kind. */
  fromGeneral?: boolean;
  /** Snippets of the user's answer that look like this part; null when there is no answer to look at. */
  evidence: string[] | null;
  rating: Ratings[RubricPart];
  /** Omitted for a skipped question: there is nothing of the user's to rate. */
  onRate?: (rating: Rating) => void;
  /** Switches "doesn't apply" on (false) or off (true); omitted with `onRate`. */
  onApplies?: (applies: boolean) => void;
  /** False for the only part left that applies: one part at least must count. */
  canSwitchOff?: boolean;
  /** Why the part started as "doesn't apply" for this question, shown while it still is. */
  reason?: string;
}

/** One STAR part: the model's version, what the user's answer seems to have, and the user's rating. */
export function PartReview({
  part,
  step,
  sections,
  hasModelAnswer,
  fromGeneral = false,
  evidence,
  rating,
  onRate,
  onApplies,
  canSwitchOff = true,
  reason,
}: PartReviewProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const rateLabelId = `${id}-rate`;
  const goodId = `${id}-good`;
  const lastId = `${id}-last`;
  const info = PART_INFO[part];
  const label = info.label.toLowerCase();
  const notApplicable = rating === NOT_APPLICABLE;
  const locked = !notApplicable && !canSwitchOff;

  return (
    <section
      aria-labelledby={headingId}
      className={cardStyles(
        { shadow: !notApplicable },
        cn('transition-colors motion-reduce:transition-none', notApplicable && 'border-dashed bg-surface-muted/40'),
      )}
    >
      <header className="flex items-start justify-between gap-3 border-b border-border px-4 py-3 sm:px-5">
        <div className="flex min-w-0 items-start gap-3">
          <span
            aria-hidden="true"
            className={cn(
              'mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold',
              notApplicable ? 'bg-surface-muted text-fg-muted' : 'bg-accent-soft text-accent',
            )}
          >
            {step}
          </span>
          <div className="min-w-0">
            <h3 id={headingId} className="text-lg leading-tight font-semibold tracking-tight">
              {info.label}
            </h3>
            <p className="mt-0.5 text-sm text-fg-muted">{info.question}</p>
          </div>
        </div>
        {onRate ? (
          notApplicable ? (
            <Badge variant="outline" className="mt-0.5">
              n/a<span className="hidden @md:inline"> · doesn&apos;t apply</span>
            </Badge>
          ) : rating === null ? (
            <Badge variant="outline" className="mt-0.5">
              Not rated
            </Badge>
          ) : (
            <Badge variant="accent" className="mt-0.5">
              {rating}/4<span className="hidden @md:inline"> · {LEVELS[rating].name}</span>
            </Badge>
          )
        ) : null}
      </header>

      <div className="space-y-5 px-4 py-4 sm:px-5">
        <div className="space-y-2">
          <p className="text-xs font-semibold tracking-wide text-fg-muted uppercase">Model answer</p>
          {sections.length > 0 && fromGeneral ? (
            <p className="text-sm text-fg-muted">
              The guide labels no {label} part; this is its explanation, to compare your {label} with.
            </p>
          ) : null}
          {sections.length > 0 ? (
            <div className="space-y-3">
              {sections.map((section, index) => (
                <div key={index} className="space-y-1">
                  {/* Each wrapper's title once, above the first of its parts: "Scenario 1 … / Scenario 2 …". */}
                  {section.within && section.within !== sections[index - 1]?.within ? (
                    <WithinHeading>{section.within}</WithinHeading>
                  ) : null}
                  {(sections.length > 1 || fromGeneral) && !['answer', label].includes(section.label.toLowerCase()) ? (
                    <p className="text-sm font-semibold">{section.label}</p>
                  ) : null}
                  <ModelMarkdown headingLevel={section.within ? 5 : 4}>{section.markdown}</ModelMarkdown>
                </div>
              ))}
            </div>
          ) : notApplicable ? (
            <p className="text-sm text-fg-muted">
              {hasModelAnswer ? `The model answer has no ${label} part.` : 'No model answer for this part.'}
            </p>
          ) : (
            <div className="space-y-2 rounded-xl border border-dashed border-border p-3">
              <Badge variant="outline">Generic STAR prompt</Badge>
              <p className="text-sm text-fg-muted">
                {hasModelAnswer
                  ? `This model answer has no ${label} part. What a good one covers:`
                  : `No model answer to compare with. What a good ${label} part covers:`}
              </p>
              <p className="leading-relaxed">{info.prompt}</p>
            </div>
          )}
        </div>

        {evidence && !notApplicable ? <Evidence label={info.label} evidence={evidence} /> : null}

        {onRate ? (
          <div className="space-y-3">
            <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
              <div className="min-w-0 flex-1 basis-56 space-y-1">
                <p id={rateLabelId} className={cn('text-sm font-semibold', notApplicable && 'text-fg-muted')}>
                  Rate your {label}
                </p>
                {notApplicable ? null : (
                  <p id={goodId} className="text-sm text-fg-muted">
                    <span className="font-medium text-fg">Good looks like:</span> {info.good}
                  </p>
                )}
              </div>
              {onApplies ? (
                <label
                  className={cn(
                    'inline-flex min-h-11 shrink-0 items-center gap-2.5 self-start rounded-lg border border-border bg-surface px-3 text-sm font-medium select-none has-checked:border-accent has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                    locked ? 'cursor-not-allowed text-fg-muted' : 'cursor-pointer',
                  )}
                >
                  <input
                    type="checkbox"
                    checked={notApplicable}
                    disabled={locked}
                    onChange={(event) => onApplies(!event.target.checked)}
                    aria-label={`${info.label} doesn't apply to this question`}
                    aria-describedby={locked ? lastId : undefined}
                    className="size-5 shrink-0 cursor-pointer scroll-mt-24 scroll-mb-28 accent-accent disabled:cursor-not-allowed"
                  />
                  Doesn&apos;t apply
                </label>
              ) : null}
            </div>
            {locked ? (
              <p id={lastId} className="text-sm text-fg-muted">
                The only part left that applies: at least one part must count.
              </p>
            ) : null}
            {notApplicable ? (
              <div className="space-y-1 rounded-xl border border-dashed border-border bg-surface px-3 py-2.5 text-sm">
                {reason ? <p className="font-medium">{reason}</p> : null}
                <p className="text-fg-muted">
                  Left out of the score and the grade. Untick “Doesn&apos;t apply” to rate it.
                </p>
              </div>
            ) : (
              <RatingGroup part={part} value={rating} onRate={onRate} labelledBy={rateLabelId} describedBy={goodId} />
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}

function Evidence({ label, evidence }: { label: string; evidence: string[] }) {
  return (
    <div className="space-y-1.5 rounded-xl bg-surface-muted px-3 py-2.5 text-sm">
      <p>
        <span className="font-semibold">Hint:</span>{' '}
        <span className="text-fg-muted">
          {evidence.length > 0
            ? 'this part looks present in your answer, judging by:'
            : 'not spotted in your answer. Check for yourself: the guess can miss things.'}
        </span>
      </p>
      {evidence.length > 0 ? (
        <ul aria-label={`Hint evidence for ${label}`} className="space-y-1">
          {evidence.map((snippet, index) => (
            <li key={index} className="border-l-2 border-accent/50 pl-2.5 break-words text-fg">
              “{snippet}”
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
