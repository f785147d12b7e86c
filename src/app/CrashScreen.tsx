import { useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Notice } from '@/components/ui/Notice';
import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';
import { downloadText, jsonFileName } from '@/lib/download';
import { plural } from '@/lib/format';
import { usePracticeStore } from '@/stores';
import type * as Rescue from '@/stores/persistence/rescue';

/**
 * The rescue code (reading storage without the store, resetting) is a lazy
 * chunk: these screens are rare, and the first page should not carry it.
 * They start loading it as soon as they show, so a click finds it ready. If
 * it cannot load (offline, or a new version was deployed and the old chunk is
 * gone), "Download my data" still saves what this tab holds in memory.
 */
let rescueModule: Promise<typeof Rescue> | undefined;
function loadRescue() {
  rescueModule ??= import('@/stores/persistence/rescue').catch((error: unknown) => {
    rescueModule = undefined;
    throw error;
  });
  return rescueModule;
}

const dangerText = toneStyles.danger.text;

/** After a reset the app starts over from the home page (the current address may name a deleted session). */
const startOver = () => window.location.assign('/');

export interface RescueActionsProps {
  /** Offer a full page reload (the crash screen); a route's error screen has its own "Try again". */
  showReload?: boolean;
  /** What happens once everything is deleted; starts the app over from "/" by default. */
  afterReset?: () => void;
  /** Centre the buttons and messages (inside a centred message). */
  centered?: boolean;
}

/**
 * The ways out of a broken screen that do not depend on the app working:
 * "Download my data" reads storage directly (stores/persistence/rescue.ts),
 * adding what this tab holds in memory when the store can still give it;
 * "Reset the app" asks first, then deletes everything and starts over.
 */
export function RescueActions({ showReload = false, afterReset = startOver, centered = false }: RescueActionsProps) {
  const [downloading, setDownloading] = useState(false);
  const [downloaded, setDownloaded] = useState<{ text: string; error?: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [resetMessage, setResetMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const confirmTitleId = useId();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  useEffect(() => {
    void loadRescue().catch(() => {});
  }, []);

  const download = async () => {
    setDownloading(true);
    const memory = () => usePracticeStore.getState().exportSnapshot();
    try {
      let buildRescueFile;
      try {
        ({ buildRescueFile } = await loadRescue());
      } catch {
        // Without the rescue code, what this tab holds is still worth saving.
        const name = jsonFileName(new Date());
        downloadText(name, `${JSON.stringify(memory(), null, 2)}\n`, 'application/json');
        setDownloaded({
          text: `Saved ${name} with what this tab holds. Reload to save everything stored in this browser.`,
        });
        return;
      }
      const rescue = await buildRescueFile({ memory });
      downloadText(rescue.fileName, rescue.text, 'application/json');
      const { counts } = rescue;
      const parts = [
        `Saved ${rescue.fileName} with ${plural(counts.sessions, 'session')} and ${plural(counts.attempts, 'answer')}.`,
        counts.setAside > 0
          ? `${plural(counts.setAside, 'record')} that could not be checked ${counts.setAside === 1 ? 'is' : 'are'} in it too, kept apart.`
          : '',
        rescue.problems.length > 0 ? `Not everything could be read: ${rescue.problems.join(' ')}` : '',
      ];
      setDownloaded({ text: parts.filter(Boolean).join(' ') });
    } catch (error) {
      setDownloaded({
        text: `The download failed (${error instanceof Error ? error.message : String(error)}).`,
        error: true,
      });
    } finally {
      setDownloading(false);
    }
  };

  const reset = async () => {
    setResetting(true);
    setResetMessage(null);
    try {
      const { resetAppData } = await loadRescue();
      await resetAppData({
        onBlocked: () =>
          setResetMessage({ text: 'Waiting for Rehearse to close in your other tabs. Close them to finish.' }),
      });
      setResetMessage({ text: 'Everything was deleted. Starting over…' });
      afterReset();
    } catch (error) {
      setResetMessage({ text: error instanceof Error ? error.message : String(error), error: true });
      setResetting(false);
    }
  };

  return (
    <div className={cn('space-y-4', centered && 'text-center')}>
      <div className={cn('flex flex-wrap gap-3', centered && 'justify-center')}>
        {showReload ? <Button onClick={() => window.location.reload()}>Reload</Button> : null}
        <Button variant="secondary" onClick={() => void download()} disabled={downloading}>
          {downloading ? 'Preparing…' : 'Download my data'}
        </Button>
        {confirming ? null : (
          <Button variant="danger-outline" onClick={() => setConfirming(true)}>
            Reset the app…
          </Button>
        )}
      </div>
      <p role="status" className={cn('text-sm', downloaded?.error ? dangerText : 'text-fg-muted')}>
        {downloaded?.text}
      </p>

      {confirming ? (
        <Notice
          ref={confirmRef}
          tabIndex={-1}
          tone="danger"
          role="group"
          aria-labelledby={confirmTitleId}
          className="space-y-3 text-left outline-none"
        >
          <h2 id={confirmTitleId} className="font-semibold">
            Delete all practice on this device?
          </h2>
          <p className="text-sm">
            Resetting deletes every session, answer, review schedule, interview date and unfinished draft that Rehearse
            has saved in this browser, and your settings. It can't be undone.
          </p>
          <p className="text-sm">Download your data first if you might want it back: you can import the file later.</p>
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" onClick={() => void download()} disabled={downloading || resetting}>
              Download my data first
            </Button>
            <Button variant="danger" onClick={() => void reset()} disabled={resetting}>
              {resetting ? 'Deleting…' : 'Delete everything and start over'}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)} disabled={resetting}>
              Cancel
            </Button>
          </div>
          <p role="status" className={cn('text-sm', resetMessage?.error && cn('font-semibold', dangerText))}>
            {resetMessage?.text}
          </p>
        </Notice>
      ) : null}
    </div>
  );
}

export interface CrashScreenProps {
  error: unknown;
  afterReset?: () => void;
}

/** What shows when the app itself (outside any page's own error screen) fails to render. */
export function CrashScreen({ error, afterReset }: CrashScreenProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The page under the user's focus is gone; put them where the explanation starts.
    headingRef.current?.focus();
  }, []);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);

  return (
    // data-no-snapshot: the next load must not open on this screen (src/lib/page-snapshot.ts).
    <main
      data-no-snapshot
      className="mx-auto flex min-h-dvh w-full max-w-2xl flex-col justify-center px-4 py-10 sm:px-6"
    >
      <Card className="space-y-5 p-6 sm:p-8">
        <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold tracking-tight text-balance outline-none">
          Rehearse stopped working
        </h1>
        <div className="space-y-2 text-fg-muted">
          <p>
            Something in the app went wrong, so it can't show this screen. What you saved in this browser is still
            there.
          </p>
          <p>
            Reloading usually fixes it. If it keeps happening, download your data, then reset the app and import the
            file on the Your data page.
          </p>
        </div>
        <RescueActions showReload afterReset={afterReset} />
        <details className="text-sm text-fg-muted">
          <summary className="cursor-pointer">What went wrong</summary>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-surface-muted p-3 text-xs whitespace-pre-wrap">
            {detail}
          </pre>
        </details>
      </Card>
    </main>
  );
}
