import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { StorageNotices } from '@/app/StorageNotices';
import { usePracticeStore } from '@/stores';
import { createDurabilityTracker } from '@/stores/persistence/durability';

import { renderWithRouter, resetPracticeStore } from '../support';

// Counts how often the banner's chunk is loaded.
const banner = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@/app/StorageBanner', async (importOriginal) => {
  banner.loads++;
  return importOriginal();
});

function tracker(persist: boolean) {
  return createDurabilityTracker(() => ({
    persisted: () => Promise.resolve(false),
    persist: () => Promise.resolve(persist),
  }));
}

async function renderNotices(props: Parameters<typeof StorageNotices>[0]) {
  renderWithRouter(
    <>
      <StorageNotices {...props} />
      <p>page</p>
    </>,
  );
  await screen.findByText('page');
}

beforeEach(() => resetPracticeStore());

describe('storage notices', () => {
  it('loads nothing more when there is nothing to say (storage fine, the browser not asked or it agreed)', async () => {
    usePracticeStore.setState({ status: 'ready', storageError: null });
    const agreed = tracker(true);
    await agreed.request();
    await renderNotices({ quiet: false, durabilityTracker: agreed });
    await renderNotices({ quiet: false, durabilityTracker: tracker(false) });
    // Any lazy import started by now has loaded.
    await vi.dynamicImportSettled();
    expect(banner.loads).toBe(0);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the hint once the browser declined to keep the data, but not while practising', async () => {
    usePracticeStore.setState({ status: 'ready', storageError: null });
    const declined = tracker(false);
    await declined.request();
    await renderNotices({ quiet: true, durabilityTracker: declined });
    await vi.dynamicImportSettled();
    expect(screen.queryByRole('link', { name: 'Keep a copy' })).not.toBeInTheDocument();

    await renderNotices({ quiet: false, durabilityTracker: declined });
    expect(await screen.findByRole('link', { name: 'Keep a copy' })).toHaveAttribute('href', '/data');
    expect(banner.loads).toBe(1);
  });

  it('shows a storage problem on every screen, practice included', async () => {
    usePracticeStore.setState({ status: 'memory-only' });
    await renderNotices({ quiet: true, durabilityTracker: tracker(false) });
    expect(await screen.findByRole('region', { name: "Rehearse can't save in this browser" })).toBeVisible();
  });
});
