import { lazy, Suspense, useSyncExternalStore } from 'react';

import { usePracticeStore } from '@/stores';

import type { AudioPlayerProps } from './AudioPlayer';
import { pendingSave, subscribePending } from './pending';

// The player's code is fetched the first time a recording is on screen, never with a page's first load.
const AudioPlayer = lazy(() => import('./AudioPlayer'));

/**
 * The player for one attempt, or nothing when the attempt has no recording (typed answers, or audio
 * the user deleted). Cheap to place anywhere: it only reads the store and the in-page saves.
 */
export function RecordingSlot(props: AudioPlayerProps) {
  const { attemptId } = props;
  // `?.`: a state made before recordings existed (an older tab, a test fixture) has no map yet.
  const stored = usePracticeStore((s) => s.recordings?.[attemptId] !== undefined);
  const saving = useSyncExternalStore(subscribePending, () => pendingSave(attemptId) !== undefined);
  if (!stored && !saving) return null;
  return (
    <Suspense
      fallback={
        <p role="status" className="rounded-xl border border-border px-3 py-2.5 text-sm text-fg-muted">
          Loading the player…
        </p>
      }
    >
      <AudioPlayer key={attemptId} {...props} />
    </Suspense>
  );
}
