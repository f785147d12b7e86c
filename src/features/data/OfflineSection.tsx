import { useEffect, useRef, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { SectionCard as Card } from '@/components/ui/Card';
import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';
import { formatCount, plural } from '@/lib/format';
import {
  cacheUsage,
  type CacheUsage,
  makeAllOffline,
  OfflineError,
  type OfflineProgress,
  offlineStatus,
  type OfflineStatus,
  offlineSupported,
  removeOffline,
  subscribeOffline,
} from '@/lib/offline';

import { formatBytes } from './summary';

interface Snapshot {
  usage: CacheUsage;
  status: OfflineStatus;
}

/**
 * "Offline copy" on the data page: how much the app keeps for offline use (the app itself, the guides), a
 * button to download every guide (with progress and Cancel), and one to remove the guides' copies. Shows
 * nothing without a service worker (`vite dev`, a browser without the Cache API).
 */
export function OfflineSection() {
  const supported = offlineSupported();
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [progress, setProgress] = useState<OfflineProgress | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!supported) return;
    let live = true;
    const refresh = () =>
      Promise.all([cacheUsage(), offlineStatus()]).then(
        ([usage, status]) => live && setSnapshot({ usage, status }),
        () => live && setSnapshot(null),
      );
    void refresh();
    const unsubscribe = subscribeOffline(() => void refresh());
    return () => {
      live = false;
      unsubscribe();
      abort.current?.abort();
    };
  }, [supported]);

  if (!supported || !snapshot) return null;
  const { usage, status } = snapshot;
  const total = Object.keys(status.guides).length;
  const cachedCount = Object.values(status.guides).filter(Boolean).length;
  const complete = cachedCount === total && status.search;

  const saveAll = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setMessage(null);
    setProgress({ doneFiles: 0, totalFiles: 0, doneBytes: 0, totalBytes: 0 });
    try {
      await makeAllOffline(setProgress, controller.signal);
      setMessage({ text: `All ${plural(total, 'guide')} are available offline.`, error: false });
    } catch (error) {
      const cancelled = error instanceof OfflineError && error.kind === 'cancelled';
      setMessage({ text: error instanceof Error ? error.message : String(error), error: !cancelled });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const removeAll = async () => {
    setMessage(null);
    try {
      await removeOffline('all');
      setMessage({
        text: 'Removed the offline copies of the guides. A guide downloads again when you open it online.',
        error: false,
      });
    } catch (error) {
      setMessage({ text: `The offline copies could not be removed: ${String(error)}`, error: true });
    }
  };

  const percent =
    progress && progress.totalBytes > 0 ? Math.round((progress.doneBytes / progress.totalBytes) * 100) : 0;

  return (
    <Card
      title="Offline copy"
      description="The app itself is kept on this device after your first visit. A guide is kept once you open it, or when you make it available offline; the others download when you open them."
    >
      <p className="text-sm">
        <strong className="font-semibold">Offline copy: {formatBytes(usage.app + usage.guides)}</strong>
        <span className="text-fg-muted">
          {' '}
          — app {formatBytes(usage.app)}, {plural(usage.guideCount, 'guide')} {formatBytes(usage.guides)}
        </span>
      </p>
      {usage.estimate ? (
        <p className="text-sm text-fg-muted">
          This site uses {formatBytes(usage.estimate.usage)} of the {formatBytes(usage.estimate.quota)} this browser
          allows it (practice, recordings and the offline copy).
        </p>
      ) : null}
      {progress ? (
        <div className="space-y-2">
          <progress
            className="h-2 w-full accent-accent"
            max={100}
            value={percent}
            aria-label="Downloading the guides"
          />
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-fg-muted tabular-nums">
              Downloading… {formatCount(progress.doneFiles)} of {formatCount(progress.totalFiles)} files (
              {formatBytes(progress.doneBytes)} of {formatBytes(progress.totalBytes)})
            </p>
            <Button variant="secondary" size="sm" onClick={() => abort.current?.abort()}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-start gap-3">
          {complete ? (
            <p className={cn('text-sm font-medium', toneStyles.success.text)}>
              All {plural(total, 'guide')} are available offline <span aria-hidden="true">✓</span>
            </p>
          ) : (
            <div className="space-y-1">
              <Button variant="secondary" onClick={() => void saveAll()}>
                {total === 1
                  ? 'Make the guide available offline'
                  : `Make all ${formatCount(total)} guides available offline`}
                {/* On a phone the size would push the button past the screen's edge: it goes below instead. */}
                <span className="hidden sm:inline">(about {formatBytes(status.missingBytes)})</span>
              </Button>
              <p className="text-sm text-fg-muted sm:hidden">About {formatBytes(status.missingBytes)} to download.</p>
            </div>
          )}
          {usage.guides > 0 ? (
            <Button variant="danger-outline" onClick={() => void removeAll()}>
              Remove offline copies of guides
            </Button>
          ) : null}
        </div>
      )}
      <p
        role="status"
        className={cn('text-sm empty:hidden', message?.error ? toneStyles.danger.text : 'text-fg-muted')}
      >
        {message?.text}
      </p>
    </Card>
  );
}
