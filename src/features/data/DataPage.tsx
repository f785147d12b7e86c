import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { Button } from '@/components/ui/Button';
import { SectionCard as Card } from '@/components/ui/Card';
import { Notice } from '@/components/ui/Notice';
import { Stat } from '@/components/ui/Stat';
import { toneStyles } from '@/components/ui/tones';
import type { SearchEntry } from '@/content/types';
import { storiesMarkdown } from '@/domain/stories/markdown';
import { exportJson, exportMarkdown, type QuestionInfo } from '@/domain/transfer';
import { cn } from '@/lib/cn';
import { downloadText, jsonFileName, markdownFileName } from '@/lib/download';
import { formatCount, plural } from '@/lib/format';
import { selectRecordingUsage, usePracticeStore } from '@/stores';
import { durability, type DurabilityTracker, useDurability } from '@/stores/persistence/durability';

import { ClearData } from './ClearData';
import { ImportPanel } from './ImportPanel';
import { OfflineSection } from './OfflineSection';
import { RecordingsSection } from './RecordingsSection';
import { SetAsideRecords } from './SetAsideRecords';
import { formatBytes } from './summary';

export interface DataPageProps {
  /** The question bank's search index (text, guide, category), loaded only for the Markdown export. */
  loadQuestions: () => Promise<readonly SearchEntry[]>;
  /** For tests: the clock used in file names. */
  now?: () => Date;
  /** For tests: whether the browser agreed to keep the data. */
  durabilityTracker?: DurabilityTracker;
}

/** The "Your data" page: what is stored and where, export, import and clear. */
export function DataPage({ loadQuestions, now = () => new Date(), durabilityTracker = durability }: DataPageProps) {
  const counts = usePracticeStore(
    useShallow((s) => {
      const attempts = Object.values(s.attempts);
      return {
        sessions: Object.keys(s.sessions).length,
        answers: attempts.filter((a) => !a.skipped).length,
        skipped: attempts.filter((a) => a.skipped).length,
        schedules: Object.keys(s.schedules).length,
        plans: Object.values(s.plans).filter((p) => p.interviewDate !== null).length,
        guides: Object.keys(s.guides).length,
        stories: Object.keys(s.stories).length,
        recordings: Object.keys(s.recordings).length,
      };
    }),
  );
  const recordingUsage = usePracticeStore(useShallow(selectRecordingUsage));
  const status = usePracticeStore((s) => s.status);
  const storageError = usePracticeStore((s) => s.storageError);
  const [exportMessage, setExportMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [markdownBusy, setMarkdownBusy] = useState(false);
  const [archiveProgress, setArchiveProgress] = useState<string | null>(null);

  const downloadJson = () => {
    const file = usePracticeStore.getState().exportSnapshot();
    const name = jsonFileName(now());
    downloadText(name, exportJson(file), 'application/json');
    setExportMessage({ text: `Saved ${name}.` });
  };

  const downloadMarkdown = async () => {
    setMarkdownBusy(true);
    try {
      const file = usePracticeStore.getState().exportSnapshot();
      const questions = await loadQuestions();
      const byId = new Map<string, QuestionInfo>(
        questions.map((q) => [q.id, { text: q.text, guideTitle: q.guideTitle, category: q.category }]),
      );
      const name = markdownFileName(now());
      downloadText(
        name,
        // The answers, then the story bank ("My stories") when there is one.
        [exportMarkdown(file, (id) => byId.get(id)), storiesMarkdown(file.stories)].filter(Boolean).join('\n'),
        'text/markdown',
      );
      setExportMessage({ text: `Saved ${name}.` });
    } catch (error) {
      setExportMessage({
        text: `The answers could not be exported: ${error instanceof Error ? error.message : String(error)}. Check your connection and try again.`,
        error: true,
      });
    } finally {
      setMarkdownBusy(false);
    }
  };

  const downloadArchive = async () => {
    setArchiveProgress('Preparing…');
    try {
      const store = usePracticeStore.getState();
      const file = store.exportSnapshot();
      // fflate and the archive code load only now: most visits to this page never need them.
      const { archiveFileName, downloadBlob, exportArchive } = await import('./archive');
      const result = await exportArchive(file, store.loadRecording, (done, total) =>
        setArchiveProgress(`Preparing… ${done} of ${total} recordings`),
      );
      if (result.included === 0 && result.unreadable.length > 0) {
        setExportMessage({
          text: `No recording could be read, so nothing was saved: ${result.unreadable.join('; ')}. Export JSON still saves your answers and transcripts.`,
          error: true,
        });
        return;
      }
      const name = archiveFileName(now());
      downloadBlob(name, result.archive);
      setExportMessage(
        result.unreadable.length === 0
          ? { text: `Saved ${name} with ${plural(result.included, 'recording')}.` }
          : {
              text: `Saved ${name} with ${plural(result.included, 'recording')}. ${plural(result.unreadable.length, 'recording')} could not be read and ${result.unreadable.length === 1 ? 'is' : 'are'} not in it: ${result.unreadable.join('; ')}. Their answers and transcripts are.`,
              error: true,
            },
      );
    } catch (error) {
      setExportMessage({
        text: `The export with recordings could not be made: ${error instanceof Error ? error.message : String(error)}. Export JSON still saves everything but the audio.`,
        error: true,
      });
    } finally {
      setArchiveProgress(null);
    }
  };

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight text-balance">Your data</h1>
        <p className="text-fg-muted">
          Everything you practise is kept only in this browser, on this device. Nothing is sent to a server, so nobody
          else can see it — and nobody can recover it for you. Export a copy to keep it safe or move it to another
          browser.
        </p>
      </header>

      <Card title="What is stored">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <Count label="Sessions" value={counts.sessions} />
          <Count
            label="Answers"
            value={counts.answers}
            detail={counts.skipped > 0 ? `plus ${plural(counts.skipped, 'skipped question')}` : undefined}
          />
          <Count label="Review schedules" value={counts.schedules} />
          <Count label="Interview dates" value={counts.plans} />
          <Count label="Your guides" value={counts.guides} />
          <Count label="STAR stories" value={counts.stories} />
        </dl>
        {status === 'memory-only' ? (
          <Notice tone="warning" as="p" title="This browser isn't letting Rehearse save." className="text-sm">
            {storageError ?? 'Storage is unavailable (private browsing can do this).'} What you do now lasts only until
            this tab closes — export it to keep it.
          </Notice>
        ) : (
          <p className="text-sm text-fg-muted">
            Where: this browser's storage for this site (IndexedDB for sessions, answers, schedules and recordings;
            local storage for settings and unfinished drafts). Clearing the browser's site data deletes it.
          </p>
        )}
        {status === 'memory-only' ? null : <Durability tracker={durabilityTracker} onExport={downloadJson} />}
      </Card>

      <Card
        title="Export"
        description="Download a copy. The JSON file can be imported here or in another browser (without the audio of your recordings); the export with recordings is one .zip file holding the same JSON and the audio; the Markdown file is your answers as a document to read or print."
      >
        <div className="flex flex-wrap gap-3">
          <Button onClick={downloadJson}>Export JSON</Button>
          {recordingUsage.count > 0 ? (
            <Button variant="secondary" onClick={() => void downloadArchive()} disabled={archiveProgress !== null}>
              {archiveProgress ??
                `Export with recordings (${formatCount(recordingUsage.count)}, ${formatBytes(recordingUsage.bytes)})`}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => void downloadMarkdown()} disabled={markdownBusy}>
            {markdownBusy ? 'Preparing…' : 'Export answers as Markdown'}
          </Button>
        </div>
        <p role="status" className={cn('text-sm', exportMessage?.error ? toneStyles.danger.text : 'text-fg-muted')}>
          {exportMessage?.text}
        </p>
      </Card>

      <SetAsideRecords now={now} />

      <RecordingsSection />

      <OfflineSection />

      <ImportPanel loadQuestions={loadQuestions} />

      <ClearData counts={counts} onExport={downloadJson} />
    </div>
  );
}

/** Whether the browser has promised to keep the data (navigator.storage.persist()), and what to do if not. */
function Durability({ tracker, onExport }: { tracker: DurabilityTracker; onExport: () => void }) {
  const { durability: state } = useDurability(tracker);
  if (state === 'unknown') return null;
  if (state === 'persisted') {
    return (
      <p className="text-sm">
        <strong className="font-semibold">Protected from automatic clean-up.</strong> This browser has agreed not to
        delete your practice to free up space; only clearing its site data removes it.
      </p>
    );
  }
  return (
    <Notice
      tone="warning"
      announce={false}
      className="flex flex-col gap-3 text-sm sm:flex-row sm:items-center sm:justify-between"
    >
      <p>
        <strong className="font-semibold">
          This browser may delete your practice after a while without use — export regularly.
        </strong>{' '}
        It hasn't agreed to keep this site's storage, so low disk space or weeks without a visit can clear it.
      </p>
      <Button variant="secondary" size="sm" onClick={onExport} className="self-start sm:self-auto">
        Export a copy now
      </Button>
    </Notice>
  );
}

function Count({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return <Stat label={label} value={formatCount(value)} detail={detail} surface="muted" />;
}
