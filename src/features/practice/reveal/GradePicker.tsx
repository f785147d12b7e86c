import { useId } from 'react';

import { Card } from '@/components/ui/Card';
import { GRADES, type Grade } from '@/domain/model';
import { GRADE_LABELS, GRADE_RULE } from '@/domain/rubric';
import { cn } from '@/lib/cn';

interface GradePickerProps {
  /** The grade that counts: derived, or the user's override. */
  grade: Grade | null;
  /** What the ratings give; null until every part that applies is rated. */
  suggested: Grade | null;
  overridden: boolean;
  /** 0–100 over the parts that apply. */
  score: number | null;
  /** How many parts apply (the rest are "doesn't apply"); 4 when omitted. */
  applicable?: number;
  /** The grade rule for that many parts (`gradeRuleFor`), exactly as `gradeFromRatings` applies it. */
  rule?: string;
  onChoose: (grade: Grade) => void;
  onReset: () => void;
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four'];

export function GradePicker({
  grade,
  suggested,
  overridden,
  score,
  applicable = 4,
  rule = GRADE_RULE,
  onChoose,
  onReset,
}: GradePickerProps) {
  const name = useId();
  const headingId = `${name}-heading`;
  const ruleId = `${name}-rule`;
  // A grade only means something once every part has been judged; before
  // that the control is shown (so the user knows it is coming) but inert.
  const ready = suggested !== null;

  return (
    <Card as="section" aria-labelledby={headingId} padding="md" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-lg font-semibold tracking-tight">
          Overall grade
        </h3>
        {score !== null ? (
          <p className="text-sm text-fg-muted">
            Score <span className="font-semibold text-fg tabular-nums">{score}</span>/100
            {applicable >= 4
              ? null
              : applicable === 1
                ? ' over the one part that applies'
                : ` over the ${COUNT_WORDS[applicable] ?? applicable} parts that apply`}
          </p>
        ) : null}
      </div>

      <div
        role="radiogroup"
        aria-labelledby={headingId}
        aria-describedby={ruleId}
        className="grid grid-cols-4 gap-1 rounded-xl border border-border bg-surface-muted p-1"
      >
        {GRADES.map((option) => (
          <label
            key={option}
            className={cn(
              'group relative flex min-h-12 flex-col items-center justify-center rounded-lg px-1 py-1.5 text-center text-sm font-semibold text-fg-muted transition select-none has-checked:bg-accent has-checked:text-accent-fg has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-focus motion-reduce:transition-none',
              ready ? 'cursor-pointer hover:text-fg' : 'cursor-not-allowed opacity-60',
            )}
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={grade === option}
              disabled={!ready}
              onChange={() => onChoose(option)}
              className="sr-only scroll-mt-24 scroll-mb-28"
            />
            <span>{GRADE_LABELS[option].label}</span>
            {option === suggested ? (
              <>
                {' '}
                <span className="text-[0.6875rem] font-medium text-accent group-has-checked:text-accent-fg">
                  suggested
                </span>
              </>
            ) : null}
          </label>
        ))}
      </div>

      <div className="space-y-2 text-sm">
        {grade ? (
          <p className="text-fg" aria-live="polite">
            <span className="font-semibold">{GRADE_LABELS[grade].label}:</span> {GRADE_LABELS[grade].description}
          </p>
        ) : (
          <p className="text-fg-muted">
            {applicable >= 4
              ? 'Rate all four parts to get a suggested grade.'
              : applicable === 1
                ? 'Rate the one part that applies to get a suggested grade.'
                : `Rate the ${COUNT_WORDS[applicable] ?? applicable} parts that apply to get a suggested grade.`}
          </p>
        )}
        {overridden && suggested && grade !== suggested ? (
          <p className="flex flex-wrap items-center gap-x-2 text-fg-muted">
            You changed it from {GRADE_LABELS[suggested].label}.
            <button
              type="button"
              onClick={onReset}
              className="inline-flex min-h-9 items-center rounded-md font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
            >
              Use {GRADE_LABELS[suggested].label}
            </button>
          </p>
        ) : null}
        <p id={ruleId} className="text-fg-muted">
          <span className="font-medium text-fg">How it is suggested:</span> {rule}
        </p>
      </div>
    </Card>
  );
}
