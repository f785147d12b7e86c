import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { ExportFile, Recording } from '@/domain/model';
import { parseExport } from '@/domain/transfer';
import { buildArchive } from '@/domain/transfer/archive';
import { VERSIONS } from '@/domain/versions';
import { readBytes } from '@/features/data/archive';
import { DataPage } from '@/features/data/DataPage';
import { type PracticeState, usePracticeStore } from '@/stores';

import { installDialogPolyfill, makeAttempt, makeSession, resetPracticeStore } from '../support';

const fixtures = import.meta.glob<string>('../fixtures/imports/*', { query: '?raw', import: 'default', eager: true });
const validJson = fixtures['../fixtures/imports/valid.json']!;

const MB = 1024 * 1024;
const march7 = new Date(2025, 2, 7, 12).getTime();
const march5 = new Date(2025, 2, 5, 9).getTime();

function aRecording(overrides: Partial<Recording> & Pick<Recording, 'attemptId' | 'sessionId'>): Recording {
  return {
    schemaVersion: VERSIONS.version,
    questionId: 'sample-engineer--q1',
    guideSlug: 'sample-engineer',
    mimeType: 'audio/webm;codecs=opus',
    bytes: MB,
    durationMs: 60_000,
    createdAt: march7,
    peaks: [0.1, 0.5, 0.2],
    ...overrides,
  } as Recording;
}

const audioOf: Record<string, Uint8Array> = {
  'attempt-x': new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1]),
  'attempt-y': new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 2]),
  'attempt-z': new Uint8Array([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]),
};

let restoreDialog: () => void;
let importRecords: ReturnType<
  typeof vi.fn<(file: ExportFile, audio?: ReadonlyMap<string, Blob>) => Promise<{ added: number; updated: number }>>
>;
let deleteRecordings: ReturnType<typeof vi.fn<PracticeState['deleteRecordings']>>;
let setRecordingSettings: ReturnType<typeof vi.fn<PracticeState['setRecordingSettings']>>;
let loadRecording: ReturnType<typeof vi.fn<PracticeState['loadRecording']>>;

beforeEach(() => {
  restoreDialog = installDialogPolyfill();
  resetPracticeStore();
  importRecords = vi.fn(() => Promise.resolve({ added: 3, updated: 0 }));
  deleteRecordings = vi.fn((scope) => Promise.resolve('all' in scope ? 3 : 2));
  setRecordingSettings = vi.fn();
  loadRecording = vi.fn((id: string) =>
    Promise.resolve(audioOf[id] ? new Blob([audioOf[id] as Uint8Array<ArrayBuffer>], { type: 'audio/webm' }) : null),
  );
  const a = makeSession({ id: 'session-a', createdAt: march7, updatedAt: march7 });
  const b = makeSession({ id: 'session-b', createdAt: march5, updatedAt: march5 });
  usePracticeStore.setState({
    sessions: { [a.id]: a, [b.id]: b },
    attempts: {
      'attempt-x': makeAttempt({ id: 'attempt-x', sessionId: 'session-a' }),
      'attempt-y': makeAttempt({ id: 'attempt-y', sessionId: 'session-a' }),
      'attempt-z': makeAttempt({ id: 'attempt-z', sessionId: 'session-b' }),
    },
    recordings: {
      'attempt-x': aRecording({ attemptId: 'attempt-x', sessionId: 'session-a', bytes: MB, durationMs: 60_000 }),
      'attempt-y': aRecording({ attemptId: 'attempt-y', sessionId: 'session-a', bytes: MB / 2, durationMs: 30_000 }),
      'attempt-z': aRecording({
        attemptId: 'attempt-z',
        sessionId: 'session-b',
        mimeType: 'audio/mp4',
        bytes: MB / 4,
        durationMs: 90_000,
        createdAt: march5,
      }),
    },
    importRecords,
    deleteRecordings,
    setRecordingSettings,
    loadRecording,
  });
});

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  restoreDialog();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.restoreAllMocks();
});

function renderPage() {
  const user = userEvent.setup();
  render(<DataPage loadQuestions={() => Promise.resolve([])} now={() => new Date(2025, 2, 7, 12)} />);
  return { user };
}

/** Captures downloads: the Blobs handed to object URLs and the file names clicked. */
function captureDownloads() {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:x';
  });
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const names = () => click.mock.contexts.map((link) => (link as HTMLAnchorElement).download);
  return { blobs, names };
}

const recordingsRegion = () => within(screen.getByRole('region', { name: 'Recordings' }));

describe('the recordings on Your data', () => {
  it('shows how many recordings there are, how long and how much space, and lists them by session', () => {
    renderPage();
    const region = recordingsRegion();
    expect(region.getByText('Recordings', { selector: 'dt' }).nextElementSibling).toHaveTextContent('3');
    expect(region.getByText('Total length').nextElementSibling).toHaveTextContent('3 min');
    expect(region.getByText('Space used').nextElementSibling).toHaveTextContent('1.8 MB');

    // Newest first: date, guide (its slug when the guide is not in the library), count, size, Delete.
    const rows = region.getAllByRole('row').slice(1);
    const cells = rows.map((row) => [...row.children].map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['Mar 7, 2025', 'sample-engineer', '2', '1.5 MB', 'Delete'],
      ['Mar 5, 2025', 'sample-engineer', '1', '256 KB', 'Delete'],
    ]);
  });

  it('deletes one session’s recordings after confirming, and says the answers stay', async () => {
    const { user } = renderPage();
    await user.click(
      recordingsRegion().getByRole('button', { name: /Delete the recordings of the session of Mar 7, 2025/ }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Delete the recordings of this session?' });
    expect(dialog).toHaveTextContent('2 recordings (1.5 MB) of the session of Mar 7, 2025');
    expect(dialog).toHaveTextContent('The answers and their transcripts stay.');
    expect(deleteRecordings).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Delete recordings' }));
    expect(deleteRecordings).toHaveBeenCalledExactlyOnceWith({ sessionId: 'session-a' });
    expect(
      await screen.findByText(
        'Deleted 2 recordings from the session of Mar 7, 2025. The answers and their transcripts are still here.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('deletes all recordings after confirming; cancelling deletes nothing', async () => {
    const { user } = renderPage();
    await user.click(recordingsRegion().getByRole('button', { name: 'Delete all recordings…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(deleteRecordings).not.toHaveBeenCalled();

    await user.click(recordingsRegion().getByRole('button', { name: 'Delete all recordings…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete all recordings?' });
    expect(dialog).toHaveTextContent('all 3 recordings (1.8 MB)');
    await user.click(within(dialog).getByRole('button', { name: 'Delete recordings' }));
    expect(deleteRecordings).toHaveBeenCalledExactlyOnceWith({ all: true });
    expect(await screen.findByText(/^Deleted 3 recordings\. The answers/)).toBeInTheDocument();
  });

  it('names the failure when deleting fails', async () => {
    deleteRecordings.mockRejectedValueOnce(new Error('The storage is locked'));
    const { user } = renderPage();
    await user.click(recordingsRegion().getByRole('button', { name: 'Delete all recordings…' }));
    await user.click(screen.getByRole('button', { name: 'Delete recordings' }));
    expect(
      await screen.findByText(/The recordings could not be deleted: The storage is locked\. Nothing else was changed/),
    ).toBeInTheDocument();
  });

  it('saves the cap on how many recordings are kept', async () => {
    const { user } = renderPage();
    const cap = within(recordingsRegion().getByRole('group', { name: 'Keep only the last recordings' }));
    expect(cap.getByRole('radio', { name: 'Off' })).toBeChecked();
    expect(recordingsRegion().getByText(/the oldest recordings are deleted/)).toBeInTheDocument();

    await user.click(cap.getByRole('radio', { name: 'Last 50' }));
    expect(setRecordingSettings).toHaveBeenLastCalledWith({ cap: 50 });

    usePracticeStore.setState((s) => ({ settings: { ...s.settings, recording: { ...recordingDefaults, cap: 50 } } }));
    await waitFor(() => expect(cap.getByRole('radio', { name: 'Last 50' })).toBeChecked());
    await user.click(cap.getByRole('radio', { name: 'Off' }));
    expect(setRecordingSettings).toHaveBeenLastCalledWith({ cap: null });
  });

  it('counts recordings in what Clear all data deletes', async () => {
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Clear all data…' }));
    expect(screen.getByRole('dialog', { name: 'Delete all your data?' })).toHaveTextContent('3 recordings');
  });

  it('says there are none, and offers no archive export, when nothing was recorded', () => {
    usePracticeStore.setState({ recordings: {} });
    renderPage();
    expect(recordingsRegion().getByText(/No recordings yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Export with recordings/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete all recordings…' })).not.toBeInTheDocument();
  });
});

const recordingDefaults = { cap: null, voice: null, rate: 1, cue: false };

describe('the export with recordings', () => {
  it('downloads one .zip holding the same JSON as Export JSON and each recording’s audio', async () => {
    const { blobs, names } = captureDownloads();
    const { user } = renderPage();

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await user.click(screen.getByRole('button', { name: 'Export with recordings (3, 1.8 MB)' }));
    expect(await screen.findByText('Saved rehearse-export-2025-03-07.zip with 3 recordings.')).toBeInTheDocument();
    expect(names()).toEqual(['rehearse-export-2025-03-07.json', 'rehearse-export-2025-03-07.zip']);
    expect(blobs[1]!.type).toBe('application/zip');

    const files = unzipSync(await readBytes(blobs[1]!));
    expect(Object.keys(files).sort()).toEqual([
      'audio/attempt-x.webm',
      'audio/attempt-y.webm',
      'audio/attempt-z.m4a',
      'rehearse-export.json',
    ]);
    expect(files['audio/attempt-x.webm']).toEqual(audioOf['attempt-x']);
    expect(files['audio/attempt-z.m4a']).toEqual(audioOf['attempt-z']);
    const json = strFromU8(files['rehearse-export.json']!);
    // The same JSON as Export JSON, but for the moment it was made.
    const undated = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');
    expect(undated(json)).toBe(undated(strFromU8(await readBytes(blobs[0]!))));
    const parsed = parseExport(json);
    expect(parsed.ok && parsed.file.recordings.map((r) => r.attemptId).sort()).toEqual([
      'attempt-x',
      'attempt-y',
      'attempt-z',
    ]);
  });

  it('names a recording that could not be read and saves the rest', async () => {
    loadRecording.mockImplementation((id) =>
      id === 'attempt-y'
        ? Promise.reject(new Error('the audio store is unreadable'))
        : Promise.resolve(new Blob([audioOf[id] as Uint8Array<ArrayBuffer>])),
    );
    const { blobs, names } = captureDownloads();
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: /Export with recordings/ }));
    expect(
      await screen.findByText(
        /^Saved rehearse-export-2025-03-07\.zip with 2 recordings\. 1 recording could not be read and is not in it: the recording of Mar 7, 2025.* \(the audio store is unreadable\)\. Their answers and transcripts are\.$/,
      ),
    ).toBeInTheDocument();
    expect(names()).toEqual(['rehearse-export-2025-03-07.zip']);
    expect(Object.keys(unzipSync(await readBytes(blobs[0]!))).sort()).toEqual([
      'audio/attempt-x.webm',
      'audio/attempt-z.m4a',
      'rehearse-export.json',
    ]);
  });
  it('saves nothing and says why when no recording can be read', async () => {
    loadRecording.mockResolvedValue(null);
    const { names } = captureDownloads();
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: /Export with recordings/ }));
    expect(
      await screen.findByText(
        /^No recording could be read, so nothing was saved: the recording of .*\(its audio is missing from this browser's storage\)/,
      ),
    ).toBeInTheDocument();
    expect(names()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Export with recordings (3, 1.8 MB)' })).toBeEnabled();
  });
});

/** valid.json with recordings of attempt-1 (audio in the archive) and attempt-2 (no audio), plus a stray audio file. */
function archiveFixture() {
  const data = JSON.parse(validJson) as Record<string, unknown>;
  data.recordings = [
    aRecording({ attemptId: 'attempt-1', sessionId: 'session-a' }),
    aRecording({ attemptId: 'attempt-2', sessionId: 'session-a', mimeType: 'audio/mp4' }),
  ];
  const json = JSON.stringify(data, null, 2);
  const archive = zipSync({
    'rehearse-export.json': strToU8(json),
    'audio/attempt-1.webm': audioOf['attempt-x']!,
    'audio/stray.webm': audioOf['attempt-y']!,
  });
  return { json, archive };
}

const zipFile = (name: string, bytes: Uint8Array) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' });

describe('importing an archive', () => {
  it('previews the archive like a JSON export, reports skipped audio, and imports the audio as Blobs', async () => {
    usePracticeStore.setState({ recordings: {} });
    const { json, archive } = archiveFixture();
    const { user } = renderPage();
    await user.upload(
      screen.getByLabelText('Choose an export file'),
      zipFile('rehearse-export-2025-03-05.zip', archive),
    );

    expect(await screen.findByText(/^Adds .* and 1 recording/)).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 recording has no audio in the archive and is skipped (the attempts and their transcripts still import).',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('1 audio file belongs to no recording listed in rehearse-export.json and is skipped.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Import complete: 3 added, 0 updated.')).toBeInTheDocument();
    expect(importRecords).toHaveBeenCalledTimes(1);
    const [file, audio] = importRecords.mock.calls[0]!;
    const expected = parseExport(json, { hasSession: () => false });
    expect(expected.ok && file).toEqual(expected.ok && expected.file);
    expect([...audio!.keys()]).toEqual(['attempt-1']);
    expect(audio!.get('attempt-1')!.type).toBe('audio/webm;codecs=opus');
    expect(await readBytes(audio!.get('attempt-1')!)).toEqual(audioOf['attempt-x']);
  });

  it('round-trips the page’s own export', async () => {
    const { blobs } = captureDownloads();
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: /Export with recordings/ }));
    await screen.findByText(/^Saved rehearse-export-2025-03-07\.zip/);
    const exported = await readBytes(blobs[0]!);

    usePracticeStore.setState({ sessions: {}, attempts: {}, recordings: {} });
    await user.upload(
      screen.getByLabelText('Choose an export file'),
      zipFile('rehearse-export-2025-03-07.zip', exported),
    );
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText(/^Import complete/);
    const [file, audio] = importRecords.mock.calls[0]!;
    expect(file.attempts.map((a) => a.id).sort()).toEqual(['attempt-x', 'attempt-y', 'attempt-z']);
    expect([...audio!.keys()].sort()).toEqual(['attempt-x', 'attempt-y', 'attempt-z']);
    expect(audio!.get('attempt-z')!.type).toBe('audio/mp4');
    expect(await readBytes(audio!.get('attempt-y')!)).toEqual(audioOf['attempt-y']);
  });

  it('refuses an archive without rehearse-export.json, and one whose JSON is bad, changing nothing', async () => {
    const { user } = renderPage();
    await user.upload(
      screen.getByLabelText('Choose an export file'),
      zipFile('photos.zip', zipSync({ 'photo.jpg': new Uint8Array([0xff, 0xd8]) })),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("photos.zip can't be imported. Nothing was changed.");
    expect(alert).toHaveTextContent("This archive has no rehearse-export.json; it was not made by Rehearse's export.");

    await user.upload(
      screen.getByLabelText('Choose an export file'),
      zipFile('bad.zip', buildArchive('{"format": "rehearse-export", "version": 1', [])),
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("bad.zip can't be imported."));
    expect(screen.getByRole('alert')).toHaveTextContent(/The file is cut off/);
    expect(importRecords).not.toHaveBeenCalled();
  });

  it('says a JSON export’s recordings come without audio and are skipped', async () => {
    const { json } = archiveFixture();
    const { user } = renderPage();
    await user.upload(
      screen.getByLabelText('Choose an export file'),
      new File([json], 'rehearse-export-2025-03-05.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        '2 recordings are listed, but a JSON export holds no audio, so they are skipped. To bring the audio, import the export with recordings (.zip).',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Import complete/);
    expect(importRecords.mock.calls[0]![1]).toBeUndefined();
  });
});
