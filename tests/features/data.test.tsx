import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { ExportFile } from '@/domain/model';
import { parseExport } from '@/domain/transfer';
import { DataPage } from '@/features/data/DataPage';
import { usePracticeStore } from '@/stores';

import { blobText, installDialogPolyfill, makeAttempt, makeSession, resetPracticeStore } from '../support';

const fixtures = import.meta.glob<string>('../fixtures/imports/*', { query: '?raw', import: 'default', eager: true });
const fixture = (name: string) => fixtures[`../fixtures/imports/${name}`]!;

const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

let restoreDialog: () => void;
let importRecords: ReturnType<typeof vi.fn<(file: ExportFile) => Promise<{ added: number; updated: number }>>>;
let clearAll: ReturnType<typeof vi.fn<() => Promise<void>>>;

beforeEach(() => {
  restoreDialog = installDialogPolyfill();
  resetPracticeStore();
  importRecords = vi.fn((_file: ExportFile) => Promise.resolve({ added: 9, updated: 1 }));
  clearAll = vi.fn(() => Promise.resolve());
  const session = makeSession({ id: 'session-a', updatedAt: 0 });
  usePracticeStore.setState({
    sessions: { [session.id]: session },
    attempts: {
      'attempt-x': makeAttempt({ id: 'attempt-x', sessionId: 'session-a' }),
      'attempt-y': makeAttempt({ id: 'attempt-y', sessionId: 'session-a', skipped: true }),
    },
    schedules: {},
    plans: {},
    importRecords,
    clearAll,
  });
});

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  restoreDialog();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

function renderPage() {
  const loadQuestions = vi.fn(() => Promise.resolve([]));
  const user = userEvent.setup();
  render(<DataPage loadQuestions={loadQuestions} now={() => new Date(2025, 2, 7, 12)} />);
  return { user, loadQuestions };
}

describe('Your data page', () => {
  it('says what is stored and that it stays in this browser', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Your data' })).toBeInTheDocument();
    expect(screen.getByText(/kept only in this browser/)).toBeInTheDocument();
    const stored = within(screen.getByRole('region', { name: 'What is stored' }));
    expect(stored.getByText('Sessions').nextElementSibling).toHaveTextContent('1');
    expect(stored.getByText('Answers').nextElementSibling).toHaveTextContent('1');
    expect(stored.getByText('plus 1 skipped question')).toBeInTheDocument();
  });

  it('refuses a file whose session date is a number but no date, naming the record and field', async () => {
    const { user } = renderPage();
    const data = JSON.parse(fixture('valid.json')) as { sessions: { createdAt: number }[] };
    data.sessions[0]!.createdAt = 8_700_000_000_000_000;
    await user.upload(screen.getByLabelText('Choose an export file'), jsonFile('far.json', JSON.stringify(data)));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("far.json can't be imported. Nothing was changed.");
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'sessions[0].createdAt: expected a date from 1970 to 2199 (milliseconds since 1970), got 8700000000000000',
    );
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(importRecords).not.toHaveBeenCalled();
  });

  it('lists the problems of an invalid file and changes nothing', async () => {
    const { user } = renderPage();
    const before = usePracticeStore.getState();
    await user.upload(
      screen.getByLabelText('Choose an export file'),
      jsonFile('bad.json', fixture('ratings-out-of-range.json')),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("bad.json can't be imported. Nothing was changed.");
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'attempts[1].ratings.context: expected 0–4 or "na" (doesn\'t apply), got -1',
      'attempts[3].ratings.outcome: expected 0–4 or "na" (doesn\'t apply), got 7',
    ]);
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(importRecords).not.toHaveBeenCalled();
    expect(clearAll).not.toHaveBeenCalled();
    const after = usePracticeStore.getState();
    expect(after.sessions).toBe(before.sessions);
    expect(after.attempts).toBe(before.attempts);
  });

  it.each([
    ['truncated.json', /cut off/],
    ['foreign.json', /This isn't a Rehearse export/],
    ['not-json.json', /isn't valid JSON/],
  ])('explains why %s cannot be imported', async (name, message) => {
    const { user } = renderPage();
    await user.upload(screen.getByLabelText('Choose an export file'), jsonFile(name, fixture(name)));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(importRecords).not.toHaveBeenCalled();
  });

  it('accepts a dropped file too', async () => {
    renderPage();
    const zone = screen.getByText(/or drop it here/).parentElement!;
    const file = jsonFile('foreign.json', fixture('foreign.json'));
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/This isn't a Rehearse export/);
  });

  it('refuses an interview guide (markdown) and says where guides are added', async () => {
    renderPage();
    const zone = screen.getByText(/or drop it here/).parentElement!;
    const guide = new File(['---\ntitle: Data Analyst\n---\n\n## Technical Questions\n'], 'Data Analyst.md', {
      type: 'text/markdown',
    });
    fireEvent.drop(zone, { dataTransfer: { files: [guide] } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data Analyst.md is an interview guide (markdown), not a Rehearse export');
    expect(alert).toHaveTextContent('Library → Add guides');
    expect(importRecords).not.toHaveBeenCalled();
  });

  it('refuses stories linked to questions that exist nowhere, naming the story and the link', async () => {
    const { user } = renderPage();
    const file = JSON.parse(fixture('valid.json')) as Record<string, unknown>;
    const story = {
      schemaVersion: 1,
      id: 'story-1',
      title: 'Won back a key account',
      situation: 'A partner was leaving.',
      task: '',
      action: 'Joint plan.',
      result: 'Renewed, +20%.',
      tags: ['partnerships'],
      numbers: '',
      questionIds: ['nowhere--no-such-question-1234567'],
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    };
    await user.upload(
      screen.getByLabelText('Choose an export file'),
      jsonFile('stories.json', JSON.stringify({ ...file, stories: [story] })),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'stories[0].questionIds[0]: the story "Won back a key account" is linked to question "nowhere--no-such-question-1234567", which is neither in the file\'s guides nor in your library',
    );
    expect(importRecords).not.toHaveBeenCalled();
  });

  it('previews a valid file and imports it only on confirm', async () => {
    const { user } = renderPage();
    await user.upload(screen.getByLabelText('Choose an export file'), jsonFile('export.json', fixture('valid.json')));

    // session-a is stored with an older updatedAt → updated; the rest is new.
    expect(
      await screen.findByText('Adds 1 session, 4 attempts, 1 review schedule and 1 interview date, updates 1 session.'),
    ).toBeInTheDocument();
    expect(importRecords).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(importRecords).toHaveBeenCalledTimes(1);
    const expected = parseExport(fixture('valid.json'));
    expect(expected.ok && importRecords.mock.calls[0]![0]).toEqual(expected.ok ? expected.file : null);
    expect(await screen.findByText('Import complete: 9 added, 1 updated.')).toBeInTheDocument();
  });

  it('imports nothing when the preview is cancelled', async () => {
    const { user } = renderPage();
    await user.upload(screen.getByLabelText('Choose an export file'), jsonFile('export.json', fixture('valid.json')));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(importRecords).not.toHaveBeenCalled();
  });

  it('shows the store’s refusal when the import fails', async () => {
    importRecords.mockRejectedValueOnce(new Error('1 record in this file is not valid, so nothing was imported.'));
    const { user } = renderPage();
    await user.upload(screen.getByLabelText('Choose an export file'), jsonFile('export.json', fixture('valid.json')));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('nothing was imported');
  });

  it('asks twice before clearing, and offers an export first', async () => {
    const { user } = renderPage();
    const createObjectURL = vi.fn(() => 'blob:export');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    await user.click(screen.getByRole('button', { name: 'Clear all data…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete all your data?' });
    expect(clearAll).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Export JSON first' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('rehearse-export-2025-03-07.json');

    const confirm = within(dialog).getByRole('button', { name: 'Delete everything' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/type delete to confirm/i), 'delet');
    expect(confirm).toBeDisabled();
    await user.click(confirm);
    expect(clearAll).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/type delete to confirm/i), 'e');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(clearAll).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('All practice data was deleted from this browser.')).toBeInTheDocument();
  });

  it('cancelling the clear dialog deletes nothing', async () => {
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Clear all data…' }));
    await user.type(screen.getByLabelText(/type delete to confirm/i), 'delete');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(clearAll).not.toHaveBeenCalled();
  });

  it('downloads the export as JSON and the answers as Markdown', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, loadQuestions } = renderPage();

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('rehearse-export-2025-03-07.json');
    const exported = parseExport(await blobText(blobs[0]!));
    expect(exported.ok && exported.file.attempts.map((a) => a.id).sort()).toEqual(['attempt-x', 'attempt-y']);

    await user.click(screen.getByRole('button', { name: 'Export answers as Markdown' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    expect(loadQuestions).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[1] as HTMLAnchorElement).download).toBe('rehearse-answers-2025-03-07.md');
    expect(await blobText(blobs[1]!)).toContain('# Your Rehearse answers');
    expect(screen.getByText('Saved rehearse-answers-2025-03-07.md.')).toBeInTheDocument();
  });
});
