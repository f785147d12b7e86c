import { useId, useRef, useState, type DragEvent } from 'react';

import { Button } from '@/components/ui/Button';
import { SectionCard as Card } from '@/components/ui/Card';
import { Notice } from '@/components/ui/Notice';
import type { SearchEntry } from '@/content/types';
import type { ExportFile, Recording } from '@/domain/model';
import { MAX_EXPORT_CHARS, parseExport, planImport, type ImportPlan } from '@/domain/transfer';
import { cn } from '@/lib/cn';
import { formatDateTime, plural } from '@/lib/format';
import { usePracticeStore } from '@/stores';

import type { PairedAudio } from './archive';
import { describePlan, totalOf } from './summary';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'problems'; name: string; problems: string[] }
  | {
      kind: 'preview';
      name: string;
      file: ExportFile;
      plan: ImportPlan;
      /** The archive's audio by attempt id; absent for a .json import, which holds none. */
      audio?: ReadonlyMap<string, Blob>;
      /** Recordings of the file that are not stored here yet and come with their audio. */
      newRecordings: number;
      /** Recordings skipped (no audio, audio of no recording), in sentences. */
      notes: string[];
      importing: boolean;
    }
  | { kind: 'done'; added: number; updated: number }
  | { kind: 'failed'; message: string };

/** A file that is an interview guide rather than an export: markdown by name, or by its first line. */
const looksLikeGuide = (name: string, text: string) =>
  /\.(md|markdown)$/i.test(name) || /^\uFEFF?(---\s*$|#\s)/m.test(text.slice(0, 200).split('\n')[0] ?? '');

/** An export with recordings: by name, or by the type the browser gives it. */
const looksLikeArchive = (file: File) => /\.zip$/i.test(file.name) || /zip/i.test(file.type);

/** Choose or drop an export → its problems (nothing changes) or a preview to confirm → the merge. */
export function ImportPanel({ loadQuestions }: { loadQuestions: () => Promise<readonly SearchEntry[]> }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  // Remounting the input clears it, so choosing the same file again still fires change.
  const [inputKey, setInputKey] = useState(0);
  const inputId = useId();
  const hintId = useId();
  const resultRef = useRef<HTMLDivElement>(null);

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  const showProblems = (name: string, problems: string[]) => {
    setState({ kind: 'problems', name, problems });
    focusResult();
  };

  const readFile = async (file: File) => {
    setState({ kind: 'reading', name: file.name });
    if (looksLikeArchive(file)) {
      // fflate loads only for an archive.
      const archive = await import('./archive').catch(() => null);
      if (archive === null) {
        showProblems(file.name, ['The archive reader could not be loaded. Check your connection and try again.']);
        return;
      }
      if (file.size > archive.MAX_ARCHIVE_BYTES) {
        showProblems(file.name, [archive.tooLargeMessage(file.name, file.size)]);
        return;
      }
      const bytes = await archive.readBytes(file).catch(() => null);
      if (bytes === null) {
        showProblems(file.name, ['The file could not be read.']);
        return;
      }
      const opened = archive.readArchive(bytes, file.name);
      if (!opened.ok) showProblems(file.name, opened.problems);
      else await check(file.name, opened.json, (recordings) => archive.audioBlobs(recordings, opened.audio));
      return;
    }

    let text: string;
    try {
      // A file this big is not an export; reading it would only freeze the tab.
      if (file.size > MAX_EXPORT_CHARS * 4) throw new Error('too large');
      text = await readText(file);
    } catch {
      setState({
        kind: 'problems',
        name: file.name,
        problems: [
          file.size > MAX_EXPORT_CHARS
            ? 'The file is too large to be a Rehearse export.'
            : 'The file could not be read.',
        ],
      });
      focusResult();
      return;
    }
    if (looksLikeGuide(file.name, text)) {
      setState({
        kind: 'problems',
        name: file.name,
        problems: [
          `${file.name} is an interview guide (markdown), not a Rehearse export. Add it to your library instead: Library → Add guides.`,
        ],
      });
      focusResult();
      return;
    }
    await check(file.name, text, null);
  };

  /**
   * The JSON (of a .json file or inside an archive) → its problems, or the
   * preview. `pairAudio` pairs an archive's audio with the file's recordings;
   * null for a .json file, whose recordings come without audio and are skipped.
   */
  const check = async (
    name: string,
    text: string,
    pairAudio: ((recordings: readonly Recording[]) => PairedAudio) | null,
  ) => {
    // Stories may be linked to questions of the library: those must exist here (or in the file's guides).
    const known = new Set((await loadQuestions().catch(() => [])).map((q) => q.id));
    const store = usePracticeStore.getState();
    const result = parseExport(text, {
      hasSession: (id) => Object.hasOwn(store.sessions, id),
      hasQuestion: (id) => known.has(id),
    });
    if (!result.ok) {
      showProblems(name, result.problems);
      return;
    }
    const recordings = result.file.recordings;
    const paired = pairAudio?.(recordings);
    const notes = paired
      ? paired.notes
      : recordings.length > 0
        ? [
            `${plural(recordings.length, 'recording')} ${recordings.length === 1 ? 'is' : 'are'} listed, but a JSON export holds no audio, so ${recordings.length === 1 ? 'it is' : 'they are'} skipped. To bring the audio, import the export with recordings (.zip).`,
          ]
        : [];
    setState({
      kind: 'preview',
      name,
      file: result.file,
      plan: planImport(store, result.file),
      audio: paired?.blobs,
      newRecordings: paired ? paired.matched.filter((r) => !Object.hasOwn(store.recordings, r.attemptId)).length : 0,
      notes,
      importing: false,
    });
    focusResult();
  };

  const choose = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void readFile(file);
    setInputKey((k) => k + 1);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files);
  };

  const confirm = async () => {
    if (state.kind !== 'preview') return;
    setState({ ...state, importing: true });
    try {
      const { added, updated } = await usePracticeStore.getState().importRecords(state.file, state.audio);
      setState({ kind: 'done', added, updated });
    } catch (error) {
      setState({
        kind: 'failed',
        message: error instanceof Error ? error.message : 'The import failed; nothing was changed.',
      });
    }
    focusResult();
  };

  return (
    <Card
      title="Import"
      description="Bring in an export (.json, or .zip with recordings) from this or another browser. Records are merged: new ones are added, and one you already have is replaced only by a newer version. You'll see what changes before anything does."
    >
      {/* The drop target is a convenience; the file input inside it is the accessible control. */}
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          'rounded-xl border-2 border-dashed px-4 py-6 text-center transition-colors',
          dragging ? 'border-accent bg-accent-soft' : 'border-border bg-surface-muted/50',
        )}
      >
        <label htmlFor={inputId} className="block font-medium">
          Choose an export file
        </label>
        <p id={hintId} className="mt-1 text-sm text-fg-muted">
          or drop it here (rehearse-export-….json or .zip)
        </p>
        <input
          key={inputKey}
          id={inputId}
          type="file"
          accept=".json,.zip,application/json,application/zip"
          aria-describedby={hintId}
          onChange={(event) => choose(event.currentTarget.files)}
          className="mx-auto mt-3 block w-full max-w-xs text-sm text-fg-muted file:mr-3 file:min-h-9 file:cursor-pointer file:rounded-lg file:border file:border-border file:bg-surface file:px-3 file:text-sm file:font-semibold file:text-fg hover:file:bg-surface-muted"
        />
      </div>

      <div ref={resultRef} tabIndex={-1} className="outline-none" aria-live="polite">
        {state.kind === 'reading' ? <p className="text-sm text-fg-muted">Reading {state.name}…</p> : null}

        {state.kind === 'problems' ? (
          <Notice tone="danger" title={`${state.name} can't be imported. Nothing was changed.`} className="space-y-2">
            <ul className="list-disc space-y-1 pl-5 text-sm [overflow-wrap:anywhere]">
              {state.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </Notice>
        ) : null}

        {state.kind === 'preview' ? (
          <div className="space-y-3 rounded-xl border border-border bg-surface-muted px-4 py-3">
            <p className="text-sm [overflow-wrap:anywhere] text-fg-muted">
              {state.name} · exported {formatDateTime(state.file.exportedAt)}
            </p>
            <p className="font-semibold">{describePlan(state.plan, state.newRecordings)}</p>
            {state.notes.length > 0 ? (
              <ul className="list-disc space-y-1 pl-5 text-sm text-fg-muted">
                {state.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ) : null}
            <div className="flex flex-wrap gap-3">
              {totalOf(state.plan.add) + totalOf(state.plan.update) + state.newRecordings > 0 ? (
                <Button onClick={() => void confirm()} disabled={state.importing}>
                  {state.importing ? 'Importing…' : 'Import'}
                </Button>
              ) : null}
              <Button variant="secondary" onClick={() => setState({ kind: 'idle' })} disabled={state.importing}>
                Cancel
              </Button>
            </div>
          </div>
        ) : null}

        {state.kind === 'done' ? (
          <Notice tone="success" as="p" className="font-medium">
            Import complete: {state.added} added, {state.updated} updated.
          </Notice>
        ) : null}

        {state.kind === 'failed' ? (
          <Notice tone="danger" as="p">
            {state.message}
          </Notice>
        ) : null}
      </div>
    </Card>
  );
}

/** FileReader rather than Blob.text(): the same everywhere, jsdom included. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}
