import { useEffect, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';
import {
  makeGuideOffline,
  OfflineError,
  offlineStatus,
  offlineSupported,
  removeOffline,
  subscribeOffline,
} from '@/lib/offline';

type State = 'unknown' | 'missing' | 'saving' | 'cached' | 'none';

/**
 * On a bundled guide's page: whether the guide is on this device for offline use, and a button to make it so
 * (or to remove it). A guide the user opened is cached as it loads, so this mostly confirms it. Shows nothing
 * where there is no service worker (`vite dev`, a browser without the Cache API) or for a guide of the user's
 * own (in IndexedDB, always offline).
 */
export function OfflineButton({ guideSlug }: { guideSlug: string }) {
  const supported = offlineSupported();
  const [state, setState] = useState<State>(supported ? 'unknown' : 'none');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    if (!supported) return;
    let timer: number | undefined;
    let live = true;
    const refresh = () =>
      offlineStatus().then(
        (status) => {
          const cached = status.guides[guideSlug];
          if (live) {
            setState((previous) =>
              previous === 'saving' ? previous : cached === undefined ? 'none' : cached ? 'cached' : 'missing',
            );
          }
          return cached;
        },
        () => {
          if (live) setState('none');
          return undefined;
        },
      );
    void refresh().then((cached) => {
      // The worker stores the guide just opened a moment after the page got it: look again once.
      if (cached === false && live) timer = window.setTimeout(() => void refresh(), 1500);
    });
    const unsubscribe = subscribeOffline(() => void refresh());
    return () => {
      live = false;
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [supported, guideSlug]);

  if (state === 'none') return null;
  if (state === 'unknown') {
    // The button's room, kept while the cache is read: the page (often prerendered with the button, see
    // scripts/prerender.ts) must not shift when it appears.
    return (
      <div className="invisible" aria-hidden="true">
        <Button variant="secondary" tabIndex={-1}>
          Make available offline
        </Button>
      </div>
    );
  }

  const save = async () => {
    setState('saving');
    setMessage(null);
    try {
      await makeGuideOffline(guideSlug);
      setState('cached');
    } catch (error) {
      setState('missing');
      setMessage({ text: error instanceof OfflineError ? error.message : String(error), error: true });
    }
  };

  const remove = async () => {
    setMessage(null);
    try {
      await removeOffline(guideSlug);
      setState('missing');
      setMessage({ text: 'Removed from this device. It downloads again when you open it online.', error: false });
    } catch (error) {
      setMessage({ text: `The offline copy could not be removed: ${String(error)}`, error: true });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {state === 'cached' ? (
        // As tall as the button it replaces, so the page below does not move.
        <div className="flex min-h-11 flex-wrap items-center gap-x-3 gap-y-1">
          <p className={cn('text-sm font-medium', toneStyles.success.text)}>
            Available offline <span aria-hidden="true">✓</span>
          </p>
          <Button variant="ghost" size="sm" onClick={() => void remove()}>
            Remove offline copy
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => void save()} disabled={state === 'saving'}>
          {state === 'saving' ? 'Saving for offline…' : 'Make available offline'}
        </Button>
      )}
      <p
        role="status"
        className={cn('w-full text-sm empty:hidden', message?.error ? toneStyles.danger.text : 'text-fg-muted')}
      >
        {message?.text}
      </p>
    </div>
  );
}
