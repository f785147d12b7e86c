import { diffWords, type ChangeObject } from 'diff';
import { useId, useMemo, useState } from 'react';

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
  'rounded-sm bg-emerald-100 px-0.5 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-[3px] dark:bg-emerald-400/20 dark:text-emerald-50 dark:decoration-emerald-300';
const delClass =
  'rounded-sm bg-rose-100 px-0.5 text-rose-950 line-through decoration-rose-700 decoration-2 dark:bg-rose-400/20 dark:text-rose-50 dark:decoration-rose-300';

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
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-4 rounded-2xl border border-border bg-surface p-4 shadow-sm sm:p-5"
    >
      <div className="space-y-1">
        <h3 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
          Compare two attempts
        </h3>
        <p className="text-sm text-fg-muted">See what changed in your wording from one attempt to another.</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <AttemptSelect
          id={`${id}-from`}
          label="From"
          attempts={attempts}
          value={from.attempt.id}
          onChange={(value) => setChoice((c) => ({ ...c, from: value }))}
        />
        <AttemptSelect
          id={`${id}-to`}
          label="To"
          attempts={attempts}
          value={to.attempt.id}
          onChange={(value) => setChoice((c) => ({ ...c, to: value }))}
        />
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
    </section>
  );
}

function AttemptSelect({
  id,
  label,
  attempts,
  value,
  onChange,
}: {
  id: string;
  label: string;
  attempts: readonly ComparableAttempt[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="min-w-0 space-y-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="block min-h-11 w-full rounded-lg border border-border bg-surface px-3 text-sm text-fg shadow-sm"
      >
        {[...attempts].reverse().map((entry) => (
          <option key={entry.attempt.id} value={entry.attempt.id}>
            {optionLabel(entry)}
          </option>
        ))}
      </select>
    </div>
  );
}
