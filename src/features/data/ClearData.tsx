import { useState } from 'react';

import { Button } from '@/components/ui/Button';
import { SectionCard as Card } from '@/components/ui/Card';
import { Dialog } from '@/components/ui/Dialog';
import { Field, fieldControlClass } from '@/components/ui/Field';
import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';
import { usePracticeStore } from '@/stores';

const CONFIRM_WORD = 'delete';

interface ClearDataProps {
  counts: {
    sessions: number;
    answers: number;
    skipped: number;
    schedules: number;
    plans: number;
    guides: number;
    stories: number;
    recordings: number;
  };
  /** Downloads the JSON export (offered before deleting). */
  onExport: () => void;
}

/** "Clear all data": a dialog that offers an export, then asks for the word "delete" before anything goes. */
export function ClearData({ counts, onExport }: ClearDataProps) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
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
    plural(counts.guides, 'guide of your own', 'guides of your own'),
    plural(counts.stories, 'STAR story', 'STAR stories'),
    plural(counts.recordings, 'recording'),
    'interview dates and unfinished drafts',
  ].join(', ');

  return (
    <Card
      title="Clear all data"
      description="Delete every session, answer, review schedule, interview date, guide of your own, STAR story and recording from this browser. Your theme setting stays."
    >
      <Button variant="danger-outline" onClick={() => setOpen(true)}>
        Clear all data…
      </Button>
      <p role="status" className={cn('text-sm', message?.error ? toneStyles.danger.text : 'text-fg-muted')}>
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
            <Field
              label={
                <>
                  Step 2 — type <strong className="font-semibold">{CONFIRM_WORD}</strong> to confirm:
                </>
              }
              labelClassName="block text-sm"
            >
              {(control) => (
                <input
                  {...control}
                  value={typed}
                  onChange={(event) => setTyped(event.currentTarget.value)}
                  autoComplete="off"
                  autoCapitalize="off"
                  spellCheck={false}
                  className={fieldControlClass}
                />
              )}
            </Field>
            <div className="flex flex-wrap justify-end gap-3 pt-2">
              <Button variant="ghost" onClick={close} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" variant="danger" disabled={!confirmed || busy}>
                {busy ? 'Deleting…' : 'Delete everything'}
              </Button>
            </div>
          </form>
        </div>
      </Dialog>
    </Card>
  );
}
