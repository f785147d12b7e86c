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

/** "3 sessions and 12 attempts"; empty when every count is zero. */
export function describeCounts(counts: RecordCounts): string {
  return joinAnd(
    KINDS.filter((kind) => counts[kind] > 0).map((kind) => {
      const [one, many] = NAMES[kind];
      return `${counts[kind]} ${counts[kind] === 1 ? one : many}`;
    }),
  );
}

/** The import preview as one sentence: "Adds 3 sessions and 12 attempts, updates 1 attempt; 40 unchanged." */
export function describePlan(plan: ImportPlan): string {
  const added = describeCounts(plan.add);
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
