import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

import { Badge } from '@/components/ui/Badge';
import { Button, LinkButton } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { formatDay } from '@/lib/format';
import type { UserGuide } from '@/stores';

import { deleteOwnGuide } from './actions';

/** Where a guide of one's own came from, for its page. */
export function originLine(record: UserGuide): string {
  if (record.origin === 'written') return 'Written in Rehearse';
  return record.fileName ? `Imported from ${record.fileName}` : 'Imported from pasted markdown';
}

/**
 * On a guide of one's own: that it is the user's, where it came from and when,
 * and what one can do with it (write a question into a written guide, delete it).
 */
export function OwnGuidePanel({ record }: { record: UserGuide }) {
  const [confirming, setConfirming] = useState(false);
  const navigate = useNavigate();
  const count = record.guide.questions.length;

  const remove = () => {
    setConfirming(false);
    deleteOwnGuide(record.slug);
    void navigate({ to: '/' });
  };

  return (
    <section
      aria-label="Your guide"
      className="flex flex-col gap-3 rounded-xl border border-border bg-surface-muted px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="min-w-0 space-y-1 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <Badge variant="accent">Yours</Badge>
          <span className="min-w-0 font-medium break-words">{originLine(record)}</span>
        </p>
        <p className="text-fg-muted">
          Added {formatDay(record.createdAt)}
          {record.updatedAt - record.createdAt > 60_000 ? ` · Updated ${formatDay(record.updatedAt)}` : null} · Kept on
          this device
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        {record.origin === 'written' ? (
          <LinkButton to="/write" search={{ guide: record.slug }} variant="secondary" size="sm">
            Write a question
          </LinkButton>
        ) : (
          <LinkButton to="/add-guides" search={{ replace: record.slug }} variant="secondary" size="sm">
            Replace with a newer version
          </LinkButton>
        )}
        <Button variant="danger-outline" size="sm" onClick={() => setConfirming(true)}>
          Delete guide
        </Button>
      </div>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Delete “${record.guide.title}”?`}
        description={`Its ${count === 1 ? 'question goes' : `${count} questions go`} from the library. Your answers to them stay in history.`}
      >
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <Button variant="danger" onClick={remove}>
            Delete guide
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
