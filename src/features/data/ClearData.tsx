import { useId, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { tones } from '@/components/ui/tones';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';
import { usePracticeStore } from '@/stores';

import { Card } from './Card';

const CONFIRM_WORD = 'delete';

// Destructive buttons: the Button primitive has no danger variant, and cn() does not merge conflicting colours.
const dangerBase =
  'inline-flex min-h-11 shrink-0 items-center justify-center gap-2 rounded-lg px-4 text-sm font-semibold whitespace-nowrap transition select-none disabled:pointer-events-none disabled:opacity-50 motion-reduce:transition-none';
const dangerSolid =
  'bg-[color:light-dark(#b91c1c,#f87171)] text-[color:light-dark(#ffffff,#16171d)] shadow-sm hover:bg-[color:light-dark(#991b1b,#fca5a5)]';

interface ClearDataProps {
  counts: { sessions: number; answers: number; skipped: number; schedules: number; plans: number };
  /** Downloads the JSON export (offered before deleting). */
  onExport: () => void;
}

/** "Clear all data": a dialog that offers an export, then asks for the word "delete" before anything goes. */
export function ClearData({ counts, onExport }: ClearDataProps) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const inputId = useId();
  const confirmed = typed.trim().toLowerCase() === CONFIRM_WORD;

  const close = () => {
    if (busy) return;
    setOpen(false);
    setTyped('');
  };

  const clear = async () => {
    if (!confirmed) return;
    setBusy(true);
    try {
      await usePracticeStore.getState().clearAll();
      setMessage({ text: 'All practice data was deleted from this browser.' });
    } catch (error) {
      setMessage({
        text: `Deleting failed: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    } finally {
      setBusy(false);
      setOpen(false);
      setTyped('');
    }
  };

  const what = [
    plural(counts.sessions, 'session'),
    plural(counts.answers + counts.skipped, 'attempt'),
    plural(counts.schedules, 'review schedule'),
    'interview dates and unfinished drafts',
  ].join(', ');

  return (
    <Card
      title="Clear all data"
      description="Delete every session, answer, review schedule and interview date from this browser. Your theme setting stays."
    >
      <button
        type="button"
        className={cn(
          dangerBase,
          'border bg-surface shadow-sm hover:bg-surface-muted',
          tones.dangerText,
          tones.dangerBorder,
        )}
        onClick={() => setOpen(true)}
      >
        Clear all data…
      </button>
      <p role="status" className={cn('text-sm', message?.error ? tones.dangerText : 'text-fg-muted')}>
        {message?.text}
      </p>

      <Dialog
        open={open}
        onClose={close}
        title="Delete all your data?"
        description={`This deletes ${what}. It can't be undone.`}
      >
        <div className="space-y-5">
          <div className="space-y-2">
            <p className="text-sm">Step 1 — keep a copy (recommended):</p>
            <Button variant="secondary" onClick={onExport}>
              Export JSON first
            </Button>
          </div>
          <form
            className="space-y-2"
            onSubmit={(event) => {
              event.preventDefault();
              void clear();
            }}
          >
            <label htmlFor={inputId} className="block text-sm">
              Step 2 — type <strong className="font-semibold">{CONFIRM_WORD}</strong> to confirm:
            </label>
            <input
              id={inputId}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              className="block min-h-11 w-full rounded-lg border border-border bg-surface px-3 text-base"
            />
            <div className="flex flex-wrap justify-end gap-3 pt-2">
              <Button variant="ghost" onClick={close} disabled={busy}>
                Cancel
              </Button>
              <button type="submit" disabled={!confirmed || busy} className={cn(dangerBase, dangerSolid)}>
                {busy ? 'Deleting…' : 'Delete everything'}
              </button>
            </div>
          </form>
        </div>
      </Dialog>
    </Card>
  );
}
