/**
 * The record writer's report of what IndexedDB has committed, which tab sync
 * (../sync.ts) passes on to other tabs. Guarantees:
 * - only changes that are on disk are reported (after their transaction
 *   committed, retries included), each once, in the order they settled;
 * - records read at start-up or merged in from another tab never pass through
 *   the writer, so they are never reported: nothing echoes back;
 * - a listener that throws cannot break saving.
 */
import type { Attempt, GuidePlan, PracticeSession, Recording, ReviewSchedule, Story, UserGuide } from '@/domain/model';

import type { RecordStore } from './failure';

export type CommittedChange =
  | { type: 'put'; store: 'sessions'; record: PracticeSession }
  | { type: 'put'; store: 'attempts'; record: Attempt }
  | { type: 'put'; store: 'schedules'; record: ReviewSchedule }
  | { type: 'put'; store: 'plans'; record: GuidePlan }
  | { type: 'put'; store: 'guides'; record: UserGuide }
  | { type: 'put'; store: 'stories'; record: Story }
  | { type: 'put'; store: 'recordings'; record: Recording }
  | { type: 'delete'; store: RecordStore; key: string }
  | { type: 'clear' };

export type ChangeListener = (change: CommittedChange) => void;

export interface ChangeFeed {
  emit: ChangeListener;
  subscribe: (listener: ChangeListener) => () => void;
}

export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  return {
    emit: (change) => {
      for (const listener of [...listeners]) {
        try {
          listener(change);
        } catch {
          // The change is saved either way; a listener's failure is its own.
        }
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

// Keyed by the store object, so a store's feed is reachable without widening its state or API.
const feeds = new WeakMap<object, ChangeFeed>();

export function attachChangeFeed(store: object, feed: ChangeFeed): void {
  feeds.set(store, feed);
}

export function changeFeedOf(store: object): ChangeFeed | undefined {
  return feeds.get(store);
}
