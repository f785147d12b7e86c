import type { ImportPlan, RecordCounts } from '@/domain/transfer';

const NAMES: Record<keyof RecordCounts, [string, string]> = {
  sessions: ['session', 'sessions'],
  attempts: ['attempt', 'attempts'],
  schedules: ['review schedule', 'review schedules'],
  plans: ['interview date', 'interview dates'],
  guides: ['guide of your own', 'guides of your own'],
  stories: ['story', 'stories'],
};

const KINDS = Object.keys(NAMES) as (keyof RecordCounts)[];

export const totalOf = (counts: RecordCounts) => KINDS.reduce((sum, kind) => sum + counts[kind], 0);

function joinAnd(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const countParts = (counts: RecordCounts) =>
  KINDS.filter((kind) => counts[kind] > 0).map((kind) => {
    const [one, many] = NAMES[kind];
    return `${counts[kind]} ${counts[kind] === 1 ? one : many}`;
  });

/** "3 sessions and 12 attempts"; empty when every count is zero. */
export function describeCounts(counts: RecordCounts): string {
  return joinAnd(countParts(counts));
}

/**
 * The import preview as one sentence: "Adds 3 sessions and 12 attempts,
 * updates 1 attempt; 40 unchanged." `recordings` is how many recordings (with
 * their audio) the import adds.
 */
export function describePlan(plan: ImportPlan, recordings = 0): string {
  const added = joinAnd([
    ...countParts(plan.add),
    ...(recordings > 0 ? [`${recordings} ${recordings === 1 ? 'recording' : 'recordings'}`] : []),
  ]);
  const updated = describeCounts(plan.update);
  const unchanged = totalOf(plan.unchanged);
  if (!added && !updated) {
    return unchanged === 0
      ? 'The file holds no sessions, attempts or schedules: there is nothing to import.'
      : `Nothing to add or update: all ${unchanged} ${unchanged === 1 ? 'record is' : 'records are'} already here.`;
  }
  const changes = [added ? `adds ${added}` : null, updated ? `updates ${updated}` : null].filter(Boolean).join(', ');
  const sentence = `${changes[0]!.toUpperCase()}${changes.slice(1)}`;
  return unchanged > 0 ? `${sentence}; ${unchanged} unchanged.` : `${sentence}.`;
}

/** A size as people read it: "820 KB", "12.3 MB", "1.2 GB" (1 KB = 1024 bytes, as browsers' storage settings count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 100 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
