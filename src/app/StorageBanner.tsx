import { Link } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { noticeTone } from '@/components/ui/Notice';
import type { ExportFile } from '@/domain/model';
import { cn } from '@/lib/cn';
import { downloadText, jsonFileName } from '@/lib/download';
import { usePracticeStore } from '@/stores';
import { durability, type DurabilityTracker, useDurability } from '@/stores/persistence/durability';

// A full-width band in the warning tone, like the practice clock's and Your data's warnings.
const amberBand = noticeTone('warning');

/**
 * The export writer lives with the export schema (zod), which the first page
 * does not load. The banner starts loading it as soon as it shows, so the
 * click is instant; if it cannot load (offline, or the app was updated
 * meanwhile), plain JSON of the same object is still a valid export.
 */
let writer: Promise<(file: ExportFile) => string> | undefined;
function loadWriter() {
  writer ??= import('@/domain/transfer').then(
    (module) => module.exportJson,
    (error: unknown) => {
      writer = undefined;
      throw error;
    },
  );
  return writer;
}

async function exportText(file: ExportFile): Promise<string> {
  try {
    return (await loadWriter())(file);
  } catch {
    return `${JSON.stringify(file, null, 2)}\n`;
  }
}

const NUDGE_DISMISSED_KEY = 'rehearse:durability-nudge-dismissed';

function readDismissed(): boolean {
  try {
    return globalThis.localStorage?.getItem(NUDGE_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberDismissed() {
  try {
    globalThis.localStorage?.setItem(NUDGE_DISMISSED_KEY, '1');
  } catch {
    // Storage is failing: the nudge then comes back next visit, which is honest.
  }
}

export interface StorageBannerProps {
  /** Screens where the durability nudge would interrupt (practising) or repeat what the page says (Your data). */
  quiet?: boolean;
  /** For tests: the clock used in the file name. */
  now?: () => Date;
  /** For tests: whether the browser agreed to keep the data. */
  durabilityTracker?: DurabilityTracker;
}

/**
 * Under the header on every screen: when this browser is not saving (memory
 * only) or a save failed, says so plainly and offers the export at once. A
 * failed save can be dismissed; memory-only can only be folded to one line,
 * since it stays true until the tab closes. When neither applies and the
 * browser declined to protect the data from clean-up, a one-line hint points
 * to Your data, until dismissed for good.
 */
export function StorageBanner({
  quiet = false,
  now = () => new Date(),
  durabilityTracker = durability,
}: StorageBannerProps) {
  const status = usePracticeStore((s) => s.status);
  const storageError = usePracticeStore((s) => s.storageError);
  const memoryOnly = status === 'memory-only';
  const problem = memoryOnly || storageError !== null;

  if (problem) return <StorageProblem memoryOnly={memoryOnly} message={storageError} now={now} />;
  if (status === 'ready' && !quiet) return <DurabilityNudge tracker={durabilityTracker} />;
  return null;
}

function StorageProblem({
  memoryOnly,
  message,
  now,
}: {
  memoryOnly: boolean;
  message: string | null;
  now: () => Date;
}) {
  const titleId = useId();
  const detailsId = useId();
  const [collapsed, setCollapsed] = useState(false);
  const [result, setResult] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    void loadWriter().catch(() => {});
  }, []);

  const download = async () => {
    try {
      const file = usePracticeStore.getState().exportSnapshot();
      const name = jsonFileName(now());
      downloadText(name, await exportText(file), 'application/json');
      setResult({ text: `Saved ${name}. Import it on Your data once this browser can save again.` });
    } catch (error) {
      setResult({
        text: `The export failed (${error instanceof Error ? error.message : String(error)}). Copy anything important out of the page before closing it.`,
        error: true,
      });
    }
  };

  const title = memoryOnly ? "Rehearse can't save in this browser" : 'Your practice may not be saved';
  const showDetails = !(memoryOnly && collapsed);

  return (
    <section aria-labelledby={titleId} className={cn('border-b', amberBand)}>
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 sm:px-6 md:flex-row md:items-start md:justify-between md:gap-6">
        {/* Only the words are live: a screen reader announces them when the banner appears, not the buttons. */}
        <div role="alert" className="min-w-0 space-y-1 text-sm">
          {/* Not a heading: it comes before the page's own h1. */}
          <p id={titleId} className="font-semibold">
            {title}
          </p>
          {showDetails ? (
            <div id={detailsId} className="space-y-1">
              <p>
                {message ??
                  'This browser is keeping your practice in memory only (private browsing or blocked storage can do this).'}
              </p>
              <p>
                {memoryOnly
                  ? 'What you do stays in this tab until you close it: export it before you go.'
                  : 'Keep going: nothing is lost while this tab stays open. Export a copy to be safe.'}
              </p>
            </div>
          ) : null}
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <Button size="sm" onClick={() => void download()}>
            Export my data
          </Button>
          {memoryOnly ? (
            <Button
              size="sm"
              variant="ghost"
              aria-expanded={!collapsed}
              aria-controls={showDetails ? detailsId : undefined}
              onClick={() => setCollapsed((c) => !c)}
            >
              {collapsed ? 'Show details' : 'Hide details'}
            </Button>
          ) : (
            <Button size="sm" variant="ghost" onClick={() => usePracticeStore.getState().clearStorageError()}>
              Dismiss
            </Button>
          )}
        </div>
      </div>
      {/* Present from the start, so the first message is announced too. */}
      <p
        role="status"
        className={cn(
          'mx-auto max-w-5xl px-4 text-sm sm:px-6',
          result ? 'pb-3' : 'sr-only',
          result?.error && 'font-semibold',
        )}
      >
        {result?.text}
      </p>
    </section>
  );
}

function DurabilityNudge({ tracker }: { tracker: DurabilityTracker }) {
  const { durability: state, denied } = useDurability(tracker);
  const [dismissed, setDismissed] = useState(readDismissed);
  if (!denied || state === 'persisted' || dismissed) return null;

  return (
    <div role="status" className="border-b border-border bg-surface-muted">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-1.5 text-sm text-fg-muted sm:px-6">
        <p className="min-w-0 flex-1">
          This browser may clear your practice if you don't visit for a while.{' '}
          <Link to="/data" className="font-medium text-accent underline underline-offset-2">
            Keep a copy
          </Link>
        </p>
        <button
          type="button"
          onClick={() => {
            rememberDismissed();
            setDismissed(true);
          }}
          className="inline-flex size-9 shrink-0 items-center justify-center rounded-lg transition hover:bg-surface hover:text-fg"
        >
          <Icon name="close" className="size-4" />
          <span className="sr-only">Dismiss this hint</span>
        </button>
      </div>
    </div>
  );
}
