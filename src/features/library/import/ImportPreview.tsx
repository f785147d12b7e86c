import { Link } from '@tanstack/react-router';
import { useId } from 'react';

import { Badge } from '@/components/ui/Badge';
import { Notice } from '@/components/ui/Notice';
import { textLinkClass } from '@/components/ui/styles';
import type { SectionKind } from '@/content/types';
import type { GuideCounts, GuideDiff, ImportPlanEntry, ImportProblem } from '@/domain/guide-import';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';

const PART_NAMES: [SectionKind, string][] = [
  ['context', 'Context'],
  ['approach', 'Approach'],
  ['example', 'Example'],
  ['outcome', 'Outcome'],
  ['bestPractices', 'Best practices'],
  ['pitfalls', 'Pitfalls'],
];

const at = (problem: { line: number | null }) => (problem.line ? `Line ${problem.line}: ` : '');

function Counts({ counts }: { counts: GuideCounts }) {
  const parts = PART_NAMES.filter(([kind]) => counts.parts[kind] > 0).map(
    ([kind, name]) => `${name} ${counts.parts[kind]}`,
  );
  return (
    <dl className="grid gap-1 text-sm sm:grid-cols-[9rem_1fr]">
      <dt className="text-fg-muted">Questions</dt>
      <dd>
        {plural(counts.questions, 'question')}
        {counts.categories.length > 0 ? `: ${counts.categories.map((c) => `${c.name} ${c.count}`).join(', ')}` : null}
      </dd>
      <dt className="text-fg-muted">Model answer parts</dt>
      <dd>
        {parts.length > 0 ? parts.join(' · ') : 'none found'}
        {counts.withoutAnswer > 0 ? ` (${plural(counts.withoutAnswer, 'question')} without a model answer)` : null}
      </dd>
    </dl>
  );
}

function DiffSummary({ diff }: { diff: GuideDiff }) {
  const lists: [string, { id: string; text: string }[]][] = [
    ['New', diff.added],
    ['Changed answer', diff.changed.map((c) => c.after)],
    ['Removed (their history stays)', diff.removed],
  ];
  return (
    <div className="space-y-2 text-sm">
      <p>
        {[
          `${diff.added.length} new`,
          `${diff.changed.length} changed`,
          `${diff.removed.length} removed`,
          `${diff.unchanged.length} unchanged`,
        ].join(' · ')}
        . Questions whose wording is unchanged keep their answers and review schedule.
      </p>
      {lists.map(([title, questions]) =>
        questions.length > 0 ? (
          <details key={title} className="rounded-lg border border-border px-3 py-2">
            <summary className="cursor-pointer font-medium">
              {title} ({questions.length})
            </summary>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-fg-muted">
              {questions.map((q) => (
                <li key={q.id}>{q.text}</li>
              ))}
            </ul>
          </details>
        ) : null,
      )}
    </div>
  );
}

function Problems({ problems, label }: { problems: readonly ImportProblem[]; label: string }) {
  return (
    <ul aria-label={label} className="list-disc space-y-1 pl-5 text-sm">
      {problems.map((problem, i) => (
        <li key={i}>
          {at(problem)}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

interface EntryProps {
  entry: ImportPlanEntry;
  chosen: boolean;
  onChoose: (on: boolean) => void;
}

/** One file of the preview: what was found, or why it cannot be added. */
export function ImportEntry({ entry, chosen, onChoose }: EntryProps) {
  const id = useId();
  const warnings = entry.warnings.map((w) => ({ line: w.line, message: w.message }));
  if (entry.status === 'refused') {
    return (
      <li>
        <Notice tone="danger" role="group" announce={false} title={`${entry.file} can't be added`}>
          <Problems problems={entry.problems} label={`Problems in ${entry.file}`} />
        </Notice>
      </li>
    );
  }
  return (
    <li className={cn('space-y-3 rounded-xl border p-4', chosen ? 'border-accent' : 'border-border')}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex items-start gap-3">
          <input
            id={id}
            type="checkbox"
            className="mt-1 size-4 accent-accent"
            checked={chosen}
            aria-describedby={`${id}-file`}
            onChange={(event) => onChoose(event.target.checked)}
          />
          <div>
            <label htmlFor={id} className="block font-semibold">
              {entry.title}
            </label>
            <p id={`${id}-file`} className="text-sm text-fg-muted">
              {entry.file}
            </p>
          </div>
        </div>
        {entry.status === 'replace' ? (
          <Badge variant="accent">
            Replaces your{' '}
            <Link to="/guides/$slug" params={{ slug: entry.slug }} className={textLinkClass}>
              {entry.replaces.title}
            </Link>
          </Badge>
        ) : (
          <Badge variant="outline">New guide</Badge>
        )}
      </div>
      <Counts counts={entry.counts} />
      {entry.status === 'replace' ? <DiffSummary diff={entry.diff} /> : null}
      {warnings.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-warning-soft-fg">{plural(warnings.length, 'warning')}</summary>
          <Problems problems={warnings} label={`Warnings for ${entry.file}`} />
        </details>
      ) : null}
    </li>
  );
}
