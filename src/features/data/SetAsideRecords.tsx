import { useState } from 'react';

import { Button } from '@/components/ui/Button';
import { SectionCard as Card } from '@/components/ui/Card';
import { Notice } from '@/components/ui/Notice';
import type { SetAsideEntry } from '@/domain/model';
import { downloadText, unreadableFileName } from '@/lib/download';
import { plural } from '@/lib/format';
import { usePracticeStore } from '@/stores';

const KIND: Record<SetAsideEntry['store'], [string, string]> = {
  sessions: ['session', 'sessions'],
  attempts: ['answer', 'answers'],
  schedules: ['review schedule', 'review schedules'],
  plans: ['interview date', 'interview dates'],
  guides: ['guide of your own', 'guides of your own'],
  stories: ['story', 'stories'],
  recordings: ['recording', 'recordings'],
};

const count = (n: number, store: SetAsideEntry['store']) => plural(n, ...KIND[store]);

/**
 * Stored records this version could not read: how many, of which kind and
 * why, with a download of the raw records and a delete that asks first.
 * Nothing shows when there are none.
 */
export function SetAsideRecords({ now }: { now: () => Date }) {
  const records = usePracticeStore((s) => s.setAsideRecords);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (records.length === 0 && message === null) return null;

  const byStore = new Map<SetAsideEntry['store'], SetAsideEntry[]>();
  for (const record of records) byStore.set(record.store, [...(byStore.get(record.store) ?? []), record]);

  const download = () => {
    const name = unreadableFileName(now());
    downloadText(name, `${JSON.stringify(records, null, 2)}\n`, 'application/json');
    setMessage(`Saved ${name}.`);
  };
  const remove = async () => {
    const before = records.length;
    await usePracticeStore.getState().deleteSetAside();
    const left = usePracticeStore.getState().setAsideRecords.length;
    setConfirming(false);
    setMessage(
      left === 0
        ? `Deleted ${before === 1 ? 'the record' : `all ${before} records`} that could not be read.`
        : `${before - left} deleted; ${left} could not be deleted and ${left === 1 ? 'is' : 'are'} still kept.`,
    );
  };

  return (
    <Card
      title="Records that could not be read"
      description="This version of Rehearse could not read these saved records, so it left them out and kept them on this device, untouched. Export JSON includes them too."
    >
      {records.length > 0 ? (
        <>
          <ul aria-label="Unreadable records" className="space-y-2 text-sm">
            {[...byStore].map(([store, entries]) => (
              <li key={store}>
                <strong className="font-semibold">{count(entries.length, store)}</strong>
                <ul className="ml-4 list-disc text-fg-muted">
                  {entries.map((entry, i) => (
                    <li key={`${entry.key ?? ''}-${i}`}>
                      {entry.key === null ? 'A record without a key' : `"${entry.key}"`}: {entry.reason}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" onClick={download}>
              Download unreadable records
            </Button>
            {confirming ? null : (
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                Delete unreadable records
              </Button>
            )}
          </div>
          {confirming ? (
            <Notice tone="warning" role="group" aria-label="Confirm delete" className="space-y-3 text-sm">
              <p>
                Delete these {records.length === 1 ? 'record' : `${records.length} records`} from this browser for good?
                Nothing else is touched. Download them first if you may want them later.
              </p>
              <div className="flex flex-wrap gap-3">
                <Button onClick={() => void remove()}>Yes, delete them</Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
              </div>
            </Notice>
          ) : null}
        </>
      ) : null}
      <p role="status" className="text-sm text-fg-muted">
        {message}
      </p>
    </Card>
  );
}
