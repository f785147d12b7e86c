/**
 * A new version of the attempts record (the store replaces the object on
 * every change) remembers which attempts it added or replaced, and the
 * version it was made from. Code that keeps something per version (the
 * selectors' index, the first-answer check) can then follow one step by
 * looking at those attempts only, instead of scanning a long history on
 * every submit and rating. Versions made any other way (loading, import,
 * delete, tab sync) have no step: those readers fall back to a full scan.
 */
import type { Attempt } from '@/domain/model';

type AttemptsRecord = Readonly<Record<string, Attempt>>;

export interface AttemptsStep {
  from: AttemptsRecord;
  /** Added or replaced; never removed. */
  changed: readonly Attempt[];
}

const steps = new WeakMap<AttemptsRecord, AttemptsStep>();

/** `record` with `attempt` added or put in place of the one with its id; the step is remembered. */
export function putAttempt(record: AttemptsRecord, attempt: Attempt): Record<string, Attempt> {
  // Copied key by key: with a long history (10,000 attempts) this is on Submit's path, and in V8 the loop
  // takes about half the time of `{ ...record }` (2.1 vs 3.7 ms here, ×4 on a slow phone).
  const next: Record<string, Attempt> = {};
  for (const id in record) next[id] = record[id]!;
  next[attempt.id] = attempt;
  steps.set(next, { from: record, changed: [attempt] });
  return next;
}

/** How `next` was made from `from`, when it was one `putAttempt` step from it. */
export function stepBetween(from: AttemptsRecord, next: AttemptsRecord): AttemptsStep | undefined {
  const step = steps.get(next);
  return step && step.from === from ? step : undefined;
}
