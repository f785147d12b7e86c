import { diffWords, type ChangeObject } from 'diff';
import { useId, useMemo, useState } from 'react';

import { SectionCard } from '@/components/ui/Card';
import { Field, fieldControlClass } from '@/components/ui/Field';
import type { Attempt } from '@/domain/model';
import { formatDateTime, plural } from '@/lib/format';

export interface ComparableAttempt {
  attempt: Attempt;
  /** 1-based, counting every attempt at the question (as the attempt list numbers them). */
  number: number;
  score: number | null;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const countWords = (text: string) => text.match(WORD)?.length ?? 0;

export function diffSummary(changes: readonly ChangeObject<string>[]) {
  let added = 0;
  let removed = 0;
  let unchanged = 0;
  for (const change of changes) {
    const words = countWords(change.value);
    if (change.added) added += words;
    else if (change.removed) removed += words;
    else unchanged += words;
  }
  return { added, removed, unchanged };
}

const optionLabel = ({ attempt, number, score }: ComparableAttempt) =>
  `Attempt ${number} · ${formatDateTime(attempt.submittedAt)}${score === null ? '' : ` · ${score}%`}`;

const insClass =
  'rounded-sm bg-success-soft px-0.5 text-success-soft-fg underline decoration-success decoration-2 underline-offset-[3px]';
const delClass = 'rounded-sm bg-danger-soft px-0.5 text-danger-soft-fg line-through decoration-danger decoration-2';

/**
 * Two of the user's answers to the same question, word by word: what the
 * later one added and dropped. Changes are <ins>/<del> (underlined and
 * struck through, not only coloured), each announced with its kind, and a
 * sentence sums them up.
 */
export function AnswerDiff({ attempts }: { attempts: readonly ComparableAttempt[] }) {
  const id = useId();
  // Default: the previous answer against the latest one.
  const [choice, setChoice] = useState<{ from?: string; to?: string }>({});
  const byId = new Map(attempts.map((entry) => [entry.attempt.id, entry]));
  const from = byId.get(choice.from ?? '') ?? attempts[attempts.length - 2];
  const to = byId.get(choice.to ?? '') ?? attempts[attempts.length - 1];

  const fromText = from?.attempt.answer ?? '';
  const toText = to?.attempt.answer ?? '';
  const changes = useMemo(() => diffWords(fromText, toText), [fromText, toText]);

  if (!from || !to) return null;
  const summary = diffSummary(changes);
  const same = from.attempt.id === to.attempt.id;

  return (
    <SectionCard
      title="Compare two attempts"
      headingLevel={3}
      padding="md"
      description="See what changed in your wording from one attempt to another."
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {(['from', 'to'] as const).map((end) => (
          <AttemptSelect
            key={end}
            label={end === 'from' ? 'From' : 'To'}
            attempts={attempts}
            value={(end === 'from' ? from : to).attempt.id}
            onChange={(value) => setChoice((c) => ({ ...c, [end]: value }))}
          />
        ))}
      </div>

      <p id={`${id}-summary`} className="text-sm font-medium" aria-live="polite">
        {same
          ? 'The same attempt is chosen twice: pick another to compare.'
          : `${plural(summary.added, 'word')} added, ${plural(summary.removed, 'word')} removed, ${summary.unchanged} unchanged.`}
      </p>

      {same ? null : (
        <>
          <p aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
            <span>
              <ins className={insClass}>Added</ins> in attempt {to.number}
            </span>
            <span>
              <del className={delClass}>Removed</del> from attempt {from.number}
            </span>
          </p>
          <div
            role="group"
            aria-label={`Changes from attempt ${from.number} to attempt ${to.number}`}
            aria-describedby={`${id}-summary`}
            className="rounded-xl bg-surface-muted px-4 py-3 leading-relaxed break-words whitespace-pre-wrap"
          >
            {changes.map((change, index) =>
              change.added ? (
                <ins key={index} className={insClass}>
                  <span className="sr-only">[added: </span>
                  {change.value}
                  <span className="sr-only">]</span>
                </ins>
              ) : change.removed ? (
                <del key={index} className={delClass}>
                  <span className="sr-only">[removed: </span>
                  {change.value}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <span key={index}>{change.value}</span>
              ),
            )}
          </div>
        </>
      )}
    </SectionCard>
  );
}

function AttemptSelect({
  label,
  attempts,
  value,
  onChange,
}: {
  label: string;
  attempts: readonly ComparableAttempt[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={fieldControlClass}
        >
          {[...attempts].reverse().map((entry) => (
            <option key={entry.attempt.id} value={entry.attempt.id}>
              {optionLabel(entry)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
