/**
 * FSRS on demand. The review scheduler (schedule-sync.ts over
 * `@/domain/scheduling`, with ts-fsrs and the grade rule) is a lazy chunk: the first page needs only the calendar side
 * (`@/domain/schedule-dates`: due counts), while reviews happen on a few
 * screens (rating in practice, deleting and restoring in History, importing
 * in Your data). The History and Your data loaders await `loadScheduler()`
 * before they render; the answering screen asks for it once it has painted
 * (the question should not wait for it, and a rating comes seconds later).
 *
 * Guarantee: a schedule change is never dropped. The store asks for the
 * scheduler synchronously (`run`); when it has not loaded yet, or earlier
 * changes are still waiting for it, the change is queued and applied, in
 * order, as soon as it arrives. A failed load is reported and retried with the
 * next change, the next `ready()` and the next `flush()`.
 */
import type * as ScheduleSync from './schedule-sync';
import type { PracticeState } from './types';

/** What the store does with FSRS (schedule-sync.ts, with `@/domain/scheduling`). */
export type Scheduler = Pick<typeof ScheduleSync, 'scheduleChange' | 'withoutReviews' | 'restoredSchedules'>;

/** Where the store gets its scheduler: the lazy chunk in the app, anything in tests. */
export interface SchedulerSource {
  /** The scheduler if it has already loaded. */
  loaded: () => Scheduler | undefined;
  /** Loads it (once; after a failure the next call tries again). */
  load: () => Promise<Scheduler>;
}

let fsrs: Scheduler | undefined;
let fsrsLoading: Promise<Scheduler> | undefined;

/** The app's scheduler: schedule-sync.ts as a lazy chunk, shared by every store. */
export const lazyScheduler: SchedulerSource = {
  loaded: () => fsrs,
  load: () =>
    fsrs
      ? Promise.resolve(fsrs)
      : (fsrsLoading ??= import('./schedule-sync').then(
          (module) => (fsrs = module),
          (error: unknown) => {
            fsrsLoading = undefined;
            throw error;
          },
        )),
};

/** A change that needs the scheduler: returns the state to merge (usually `schedules`). */
export type ScheduleOp = (scheduler: Scheduler, state: PracticeState) => Partial<PracticeState>;

export interface ScheduleQueue {
  /**
   * Applies `op` now when the scheduler is in and nothing is queued before it,
   * returning its changes for the caller to merge into its own `set` (one
   * update, as before the split); otherwise queues it and returns `{}`.
   */
  run: (op: ScheduleOp) => Partial<PracticeState>;
  /** Resolves once the scheduler has loaded and every queued change is applied; rejects if it cannot load. */
  ready: () => Promise<void>;
  /** Resolves once the queue is empty or its load has failed (for `flush`). */
  settled: () => Promise<void>;
  /** Forgets queued changes (everything they would touch was deleted). */
  drop: () => void;
}

export const SCHEDULER_FAILED_MESSAGE =
  "Rehearse couldn't load its review scheduler (are you offline?), so your latest ratings are saved but not yet in your review schedule. It will try again with your next rating or page.";

export function createScheduleQueue(options: {
  source: SchedulerSource;
  getState: () => PracticeState;
  setState: (changes: Partial<PracticeState>) => void;
  /** The load failed: tell the user (their ratings are kept, the schedule waits). */
  onFailure: (message: string) => void;
  onRecovered: () => void;
}): ScheduleQueue {
  const { source } = options;
  const queue: ScheduleOp[] = [];
  let draining: Promise<void> | undefined;

  const apply = (scheduler: Scheduler) => {
    while (queue.length > 0) {
      const op = queue.shift()!;
      try {
        options.setState(op(scheduler, options.getState()));
      } catch (error) {
        // A bug in one change must not hold back the others behind it.
        console.error('Rehearse: a review schedule change failed', error);
      }
    }
  };

  const drain = (): Promise<void> =>
    (draining ??= source
      .load()
      .then(
        (scheduler) => {
          apply(scheduler);
          options.onRecovered();
        },
        (error: unknown) => {
          options.onFailure(SCHEDULER_FAILED_MESSAGE);
          throw error;
        },
      )
      .finally(() => {
        draining = undefined;
      }));

  return {
    run: (op) => {
      const scheduler = queue.length === 0 ? source.loaded() : undefined;
      if (scheduler) return op(scheduler, options.getState());
      queue.push(op);
      void drain().catch(() => {});
      return {};
    },
    ready: () => (queue.length > 0 || !source.loaded() ? drain() : Promise.resolve()),
    settled: () => (queue.length > 0 ? drain().catch(() => {}) : Promise.resolve()),
    drop: () => {
      queue.length = 0;
    },
  };
}
