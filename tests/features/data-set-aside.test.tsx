import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SetAsideEntry } from '@/domain/model';
import { DataPage } from '@/features/data/DataPage';
import { usePracticeStore } from '@/stores';

import { blobText, captureDownloads, makeSession, resetPracticeStore } from '../support';

const bad: SetAsideEntry[] = [
  {
    store: 'sessions',
    key: 'far-future',
    reason: 'a stored sessions record does not have the expected fields',
    value: { id: 'far-future', createdAt: 8_700_000_000_000_000 },
  },
  {
    store: 'attempts',
    key: 'a-9',
    reason: 'a stored attempts record is from a newer version (9 > 2)',
    value: { id: 'a-9' },
  },
];

let deleteSetAside: ReturnType<typeof vi.fn<() => Promise<void>>>;
const { createObjectURL, revokeObjectURL } = URL;

beforeEach(() => {
  resetPracticeStore();
  deleteSetAside = vi.fn(() => {
    usePracticeStore.setState({ setAside: 0, setAsideRecords: [] });
    return Promise.resolve();
  });
  const session = makeSession({ id: 'good' });
  usePracticeStore.setState({ sessions: { good: session }, setAside: 2, setAsideRecords: bad, deleteSetAside });
});

afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.restoreAllMocks();
});

function renderPage() {
  render(<DataPage loadQuestions={() => Promise.resolve([])} now={() => new Date(2025, 2, 7, 12)} />);
  return userEvent.setup();
}

describe('Your data: records that could not be read', () => {
  it('lists how many of which kind and why, next to the good records', () => {
    renderPage();
    const section = screen.getByRole('region', { name: 'Records that could not be read' });
    const list = within(section).getByRole('list', { name: 'Unreadable records' });
    expect(list).toHaveTextContent('1 session');
    expect(list).toHaveTextContent('"far-future": a stored sessions record does not have the expected fields');
    expect(list).toHaveTextContent('1 answer');
    expect(list).toHaveTextContent('newer version');
    expect(screen.getByText('Sessions').nextElementSibling).toHaveTextContent('1');
  });

  it('downloads the raw records as JSON', async () => {
    const files = captureDownloads();
    const user = renderPage();
    await user.click(screen.getByRole('button', { name: 'Download unreadable records' }));
    expect(files.map((f) => f.name)).toEqual(['rehearse-unreadable-2025-03-07.json']);
    expect(JSON.parse(await blobText(files[0]!.blob))).toEqual(bad);
  });

  it('asks before deleting, and deletes only when confirmed', async () => {
    const user = renderPage();
    await user.click(screen.getByRole('button', { name: 'Delete unreadable records' }));
    const confirm = screen.getByRole('group', { name: 'Confirm delete' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(deleteSetAside).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete unreadable records' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete them' }));
    expect(deleteSetAside).toHaveBeenCalledOnce();
    expect(await screen.findByText('Deleted all 2 records that could not be read.')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Unreadable records' })).toBeNull();
  });

  it('shows nothing when every record could be read', () => {
    usePracticeStore.setState({ setAside: 0, setAsideRecords: [] });
    renderPage();
    expect(screen.queryByRole('region', { name: 'Records that could not be read' })).toBeNull();
  });
});
