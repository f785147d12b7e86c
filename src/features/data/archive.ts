/**
 * The export with recordings and the archive import's audio, on the page's
 * side of the pure format (domain/transfer/archive.ts): reading recordings
 * out of storage into bytes, and bytes back into Blobs for the store.
 *
 * Loaded with `import()` when the user asks for an archive, so fflate stays
 * out of the data page's first chunk. A recording that cannot be read does
 * not stop the export: the archive is saved without it and the page names
 * it; its attempt and transcript are still in the JSON.
 */
import type { ExportFile, Recording } from '@/domain/model';
import { exportJson } from '@/domain/transfer';
import { buildArchive, describeAudioMatch, matchAudio } from '@/domain/transfer/archive';
import { formatDateTime, localDayKey } from '@/lib/format';

/** The export with recordings: one archive, named like the JSON export. */
export const archiveFileName = (date: Date) => `rehearse-export-${localDayKey(date)}.zip`;

export interface ArchiveExport {
  archive: Blob;
  /** How many recordings are in it. */
  included: number;
  /** The recordings that could not be read, described for the user ("the recording of 7 Mar 2025, 12:00"). */
  unreadable: string[];
}

/** "the recording of 7 Mar 2025, 12:00": how a recording is named in messages. */
export const recordingLabel = (recording: Pick<Recording, 'createdAt'>) =>
  `the recording of ${formatDateTime(recording.createdAt)}`;

/**
 * The archive of `file` (its JSON exactly as the plain export writes it)
 * with each recording's audio read by `loadRecording`. `onProgress` is
 * called after each recording (done, total) so the page can say how far it is.
 */
export async function exportArchive(
  file: ExportFile,
  loadRecording: (attemptId: string) => Promise<Blob | null>,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ArchiveExport> {
  const recordings = file.recordings;
  const audio: { recording: Recording; data: Uint8Array }[] = [];
  const unreadable: string[] = [];
  for (const [index, recording] of recordings.entries()) {
    try {
      const blob = await loadRecording(recording.attemptId);
      if (blob === null) throw new Error("its audio is missing from this browser's storage");
      audio.push({ recording, data: await readBytes(blob) });
    } catch (error) {
      unreadable.push(`${recordingLabel(recording)} (${error instanceof Error ? error.message : String(error)})`);
    }
    onProgress(index + 1, recordings.length);
  }
  const bytes = buildArchive(exportJson(file), audio);
  return {
    archive: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    included: audio.length,
    unreadable,
  };
}

export { MAX_ARCHIVE_BYTES, readArchive, tooLargeMessage } from '@/domain/transfer/archive';

export interface PairedAudio {
  /** A Blob per recording with audio, by attempt id: what `importRecords` takes. */
  blobs: Map<string, Blob>;
  /** The recordings of the file that have their audio. */
  matched: Recording[];
  /** What is skipped, in sentences for the preview. */
  notes: string[];
}

/** The archive's audio as the store takes it: a Blob per recording listed in the file, typed by its metadata. */
export function audioBlobs(recordings: readonly Recording[], audio: ReadonlyMap<string, Uint8Array>): PairedAudio {
  const match = matchAudio(recordings, audio);
  const blobs = new Map<string, Blob>();
  for (const recording of match.matched) {
    const data = audio.get(recording.attemptId)!;
    blobs.set(recording.attemptId, new Blob([data as Uint8Array<ArrayBuffer>], { type: recording.mimeType }));
  }
  return { blobs, matched: recordings.filter((r) => blobs.has(r.attemptId)), notes: describeAudioMatch(match) };
}

/** FileReader rather than Blob.arrayBuffer(): the same everywhere, jsdom included. */
export function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // Not `instanceof ArrayBuffer`: the result may come from another realm (a test's DOM, a worker).
    reader.onload = () =>
      reader.result !== null && typeof reader.result !== 'string'
        ? resolve(new Uint8Array(reader.result))
        : reject(new Error('The file could not be read.'));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(blob);
  });
}

export { downloadBlob } from '@/lib/download';
