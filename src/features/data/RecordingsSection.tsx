import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { Button } from '@/components/ui/Button';
import { SectionCard as Card } from '@/components/ui/Card';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { Dialog } from '@/components/ui/Dialog';
import { Stat } from '@/components/ui/Stat';
import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';
import { formatCount, formatDay, formatPracticeTime, plural } from '@/lib/format';
import { recordingSettings, selectRecordingUsage, useGuideSummaries, usePracticeStore } from '@/stores';

import { formatBytes } from './summary';

/** The choices of "Keep only the last N recordings"; a cap set elsewhere is added to them. */
const CAPS = [null, 20, 50, 100, 200] as const;
const capValue = (cap: number | null) => (cap === null ? 'off' : String(cap));

interface SessionRecordings {
  sessionId: string;
  /** When the session was started (or its first recording, when the session is gone). */
  at: number;
  guides: string;
  count: number;
  bytes: number;
}

type Pending = { kind: 'session'; session: SessionRecordings } | { kind: 'all' };

/**
 * Recordings on "Your data": the space they take, deleting them by session or
 * all at once (the attempts and transcripts stay), and the cap on how many
 * are kept. The audio lives in its own IndexedDB store; the counts here come
 * from the metadata in the store.
 */
export function RecordingsSection() {
  const usage = usePracticeStore(useShallow(selectRecordingUsage));
  const recordings = usePracticeStore((s) => s.recordings);
  const sessions = usePracticeStore((s) => s.sessions);
  const cap = usePracticeStore((s) => recordingSettings(s.settings).cap);
  const guideSummaries = useGuideSummaries();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);

  const bySession = useMemo(() => {
    const titles = new Map(guideSummaries.map((g) => [g.slug, g.title]));
    const groups = new Map<string, SessionRecordings & { slugs: Set<string> }>();
    for (const recording of Object.values(recordings)) {
      const group = groups.get(recording.sessionId) ?? {
        sessionId: recording.sessionId,
        at: sessions[recording.sessionId]?.createdAt ?? recording.createdAt,
        guides: '',
        count: 0,
        bytes: 0,
        slugs: new Set<string>(),
      };
      group.count++;
      group.bytes += recording.bytes;
      group.slugs.add(recording.guideSlug);
      groups.set(recording.sessionId, group);
    }
    return [...groups.values()]
      .map(({ slugs, ...group }) => ({
        ...group,
        guides: [...slugs].map((slug) => titles.get(slug) ?? slug).join(', '),
      }))
      .sort((a, b) => b.at - a.at);
  }, [recordings, sessions, guideSummaries]);

  const close = () => {
    if (!busy) setPending(null);
  };

  const remove = async () => {
    if (pending === null) return;
    setBusy(true);
    try {
      const scope = pending.kind === 'all' ? ({ all: true } as const) : { sessionId: pending.session.sessionId };
      const deleted = await usePracticeStore.getState().deleteRecordings(scope);
      const where = pending.kind === 'all' ? '' : ` from the session of ${formatDay(pending.session.at)}`;
      setMessage({
        text: `Deleted ${plural(deleted, 'recording')}${where}. The answers and their transcripts are still here.`,
      });
    } catch (error) {
      setMessage({
        text: `The recordings could not be deleted: ${error instanceof Error ? error.message : String(error)}. Nothing else was changed; try again.`,
        error: true,
      });
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  const capOptions = [...CAPS, ...(cap !== null && !(CAPS as readonly (number | null)[]).includes(cap) ? [cap] : [])]
    .sort((a, b) => (a ?? 0) - (b ?? 0))
    .map((value) => ({ value: capValue(value), label: value === null ? 'Off' : `Last ${value}` }));

  return (
    <Card
      title="Recordings"
      description="Your spoken answers, kept in this browser beside the attempts they belong to. Deleting a recording keeps its attempt and transcript: only the audio goes."
    >
      <dl className="grid grid-cols-3 gap-3">
        <Stat label="Recordings" value={formatCount(usage.count)} surface="muted" />
        <Stat label="Total length" value={formatPracticeTime(usage.durationMs)} surface="muted" />
        <Stat label="Space used" value={formatBytes(usage.bytes)} surface="muted" />
      </dl>

      {bySession.length > 0 ? (
        <table className="w-full text-sm">
          <caption className="sr-only">Recordings by session</caption>
          <thead className="text-left text-fg-muted">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Session
              </th>
              <th scope="col" className="py-1 font-medium">
                Guide
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Recordings
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Size
              </th>
              <th scope="col" className="py-1">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bySession.map((session) => (
              <tr key={session.sessionId} className="border-t border-border">
                <th scope="row" className="py-2 text-left font-normal">
                  {formatDay(session.at)}
                </th>
                <td className="py-2 [overflow-wrap:anywhere]">{session.guides}</td>
                <td className="py-2 text-right tabular-nums">{formatCount(session.count)}</td>
                <td className="py-2 text-right tabular-nums">{formatBytes(session.bytes)}</td>
                <td className="py-2 pl-3 text-right">
                  <Button
                    variant="danger-outline"
                    size="sm"
                    onClick={() => setPending({ kind: 'session', session })}
                    aria-label={`Delete the recordings of the session of ${formatDay(session.at)}`}
                  >
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-fg-muted">
          No recordings yet. Answer in a voice or interviewer session and your spoken answers are kept here.
        </p>
      )}

      {usage.count > 0 ? (
        <Button variant="danger-outline" onClick={() => setPending({ kind: 'all' })}>
          Delete all recordings…
        </Button>
      ) : null}
      <p role="status" className={cn('text-sm', message?.error ? toneStyles.danger.text : 'text-fg-muted')}>
        {message?.text}
      </p>

      <ChoiceGroup
        type="radio"
        layout="chips"
        legend="Keep only the last recordings"
        description="When a new recording is saved and there are more than this, the oldest recordings are deleted (their attempts and transcripts stay)."
        options={capOptions}
        value={capValue(cap)}
        onChange={(value) =>
          usePracticeStore.getState().setRecordingSettings({ cap: value === 'off' ? null : Number(value) })
        }
      />

      <Dialog
        open={pending !== null}
        onClose={close}
        title={pending?.kind === 'all' ? 'Delete all recordings?' : 'Delete the recordings of this session?'}
        description={
          pending === null
            ? undefined
            : `This deletes ${
                pending.kind === 'all'
                  ? `all ${plural(usage.count, 'recording')} (${formatBytes(usage.bytes)})`
                  : `${plural(pending.session.count, 'recording')} (${formatBytes(pending.session.bytes)}) of the session of ${formatDay(pending.session.at)}`
              }. The answers and their transcripts stay. It can't be undone.`
        }
      >
        <div className="flex flex-wrap justify-end gap-3 pt-2">
          <Button variant="ghost" onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button variant="danger" onClick={() => void remove()} disabled={busy}>
            {busy ? 'Deleting…' : 'Delete recordings'}
          </Button>
        </div>
      </Dialog>
    </Card>
  );
}
