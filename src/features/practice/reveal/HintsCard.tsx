import { Badge } from '@/components/ui/Badge';
import type { DetectedParts } from '@/domain/hints';
import { RUBRIC_PARTS, type RubricPart } from '@/domain/model';
import { PART_INFO } from '@/domain/rubric';
import { cn } from '@/lib/cn';

interface HintsCardProps {
  headingId: string;
  parts: DetectedParts;
  terms: { used: string[]; missed: string[] };
  /** Parts marked "doesn't apply": no guess is shown for them. */
  notApplicable?: readonly RubricPart[];
}

/**
 * Machine guesses, kept visibly apart from the user's own ratings: they are
 * there to prompt a second look, and nothing here writes a score.
 */
export function HintsCard({ headingId, parts, terms, notApplicable = [] }: HintsCardProps) {
  const hasTerms = terms.used.length + terms.missed.length > 0;

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 rounded-2xl border border-dashed border-border bg-surface-muted/50 p-4 sm:p-5"
    >
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="text-lg font-semibold tracking-tight">
            Hints
          </h3>
          <Badge variant="outline">Suggestions only</Badge>
        </div>
        <p className="text-sm text-fg-muted">Spotted automatically to help you rate. They never set a score.</p>
      </div>

      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Parts your answer seems to contain</h4>
        <ul className="grid grid-cols-2 gap-1.5">
          {RUBRIC_PARTS.map((part) => {
            const skipped = notApplicable.includes(part);
            const present = !skipped && parts[part].present;
            return (
              <li
                key={part}
                className={cn(
                  'flex min-h-9 items-center gap-2 rounded-lg border px-2.5 text-sm',
                  present ? 'border-accent/40 bg-accent-soft text-fg' : 'border-border text-fg-muted',
                  skipped && 'border-dashed',
                )}
              >
                <span aria-hidden="true" className={cn('font-bold', present ? 'text-accent' : '')}>
                  {skipped ? '' : present ? '✓' : '–'}
                </span>
                <span>
                  {PART_INFO[part].label}
                  {skipped ? <span className="text-xs"> · n/a</span> : null}
                  <span className="sr-only">
                    {skipped ? ": doesn't apply" : present ? ': seems present' : ': not spotted'}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
        <p className="text-xs text-fg-muted">The phrases behind each guess are shown with that part.</p>
      </div>

      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Key terms from the model answer</h4>
        {hasTerms ? (
          <>
            <TermList label="Used" terms={terms.used} used />
            <TermList label="Not used" terms={terms.missed} used={false} />
          </>
        ) : (
          <p className="text-sm text-fg-muted">This question has no key terms to compare.</p>
        )}
      </div>
    </section>
  );
}

function TermList({ label, terms, used }: { label: string; terms: string[]; used: boolean }) {
  return (
    <div className="space-y-1.5">
      <p className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
        {label} <span className="tabular-nums">({terms.length})</span>
      </p>
      {terms.length > 0 ? (
        <ul aria-label={`Key terms ${label.toLowerCase()}`} className="flex flex-wrap gap-1.5">
          {terms.map((term) => (
            <li
              key={term}
              className={cn(
                'rounded-full px-2.5 py-0.5 text-sm',
                used ? 'bg-accent-soft font-medium text-accent' : 'border border-dashed border-border text-fg-muted',
              )}
            >
              {term}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-fg-muted">{used ? 'None yet.' : 'None — you used them all.'}</p>
      )}
    </div>
  );
}
