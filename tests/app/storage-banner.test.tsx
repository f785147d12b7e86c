import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { StorageBanner } from '@/app/StorageBanner';
import { parseExport } from '@/domain/transfer';
import { usePracticeStore } from '@/stores';
import { createDurabilityTracker } from '@/stores/persistence/durability';

import {
  blobText,
  captureDownloads,
  makeAttempt,
  makeSession,
  renderApp,
  renderWithRouter,
  resetPracticeStore,
} from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

const QUOTA =
  "Your browser's storage for this site is full, so your latest practice wasn't saved. It is still here in this tab.";

const { createObjectURL, revokeObjectURL } = URL;
beforeEach(() => {
  resetPracticeStore();
  const session = makeSession({ id: 'session-a' });
  usePracticeStore.setState({
    sessions: { [session.id]: session },
    attempts: { 'attempt-x': makeAttempt({ id: 'attempt-x', sessionId: 'session-a', answer: 'Only in memory' }) },
    schedules: {},
    plans: {},
    storageError: null,
  });
});
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

const NOW = () => new Date(2025, 2, 7, 12);

/** The banner under a router (its hint links to /data), once the router has rendered it. */
async function renderBanner(props: ComponentProps<typeof StorageBanner> = {}) {
  const result = renderWithRouter(
    <>
      <StorageBanner {...props} />
      <p>page</p>
    </>,
  );
  await screen.findByText('page');
  return result;
}

describe('storage banner', () => {
  it('memory-only: says so, and "Export my data" downloads an export of what is in memory', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    usePracticeStore.setState({
      status: 'memory-only',
      storageError:
        "This browser isn't letting Rehearse store your practice (private browsing, or storage turned off). You can keep practising, but sessions will be gone when you close the tab.",
    });
    await renderBanner({ now: NOW });

    const banner = screen.getByRole('region', { name: "Rehearse can't save in this browser" });
    expect(within(banner).getByRole('alert')).toHaveTextContent(
      /private browsing.*stays in this tab until you close it/,
    );
    // Memory-only lasts until the tab closes: it cannot be dismissed, only folded.
    expect(within(banner).queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();

    await user.click(within(banner).getByRole('button', { name: 'Export my data' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('rehearse-export-2025-03-07.json');
    const parsed = parseExport(await blobText(files[0]!.blob));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.file.attempts.map((a) => a.answer)).toEqual(['Only in memory']);
    expect(within(banner).getByRole('status')).toHaveTextContent('Saved rehearse-export-2025-03-07.json.');

    const fold = within(banner).getByRole('button', { name: 'Hide details' });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await user.click(fold);
    expect(within(banner).queryByText(/private browsing/)).not.toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Show details' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(banner).getByRole('button', { name: 'Export my data' })).toBeVisible();
  });

  it('a failed save: shows the reason, keeps work going, and can be dismissed', async () => {
    const user = userEvent.setup();
    usePracticeStore.setState({ status: 'ready', storageError: QUOTA });
    await renderBanner({ now: NOW });

    const banner = screen.getByRole('region', { name: 'Your practice may not be saved' });
    expect(within(banner).getByRole('alert')).toHaveTextContent(QUOTA);
    expect(within(banner).getByRole('alert')).toHaveTextContent('nothing is lost while this tab stays open');
    expect(within(banner).getByRole('button', { name: 'Export my data' })).toBeVisible();

    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(usePracticeStore.getState().storageError).toBeNull();
    expect(screen.queryByRole('region', { name: /saved|save/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows nothing while storage works', async () => {
    usePracticeStore.setState({ status: 'ready', storageError: null });
    const { container } = await renderBanner();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(container.querySelector('section')).toBeNull();
  });

  it('is in the app shell, on every page', async () => {
    usePracticeStore.setState({ status: 'memory-only' });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Interview guides' });
    const banner = await screen.findByRole('region', { name: "Rehearse can't save in this browser" });
    // Between the header and the page, so it is read before the page's content.
    expect(screen.getByRole('banner').compareDocumentPosition(banner)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(banner.compareDocumentPosition(screen.getByRole('main'))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });
});

describe('durability hint', () => {
  afterEach(() => localStorage.clear());

  async function deniedTracker() {
    const tracker = createDurabilityTracker(() => ({
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(false),
    }));
    await tracker.request();
    return tracker;
  }

  it('after the browser declined to keep the data: one line linking to Your data, dismissed for good', async () => {
    const user = userEvent.setup();
    usePracticeStore.setState({ status: 'ready' });
    const tracker = await deniedTracker();
    const { unmount } = await renderBanner({ durabilityTracker: tracker });

    expect(screen.getByRole('status')).toHaveTextContent("This browser may clear your practice if you don't visit");
    expect(screen.getByRole('link', { name: 'Keep a copy' })).toHaveAttribute('href', '/data');
    await user.click(screen.getByRole('button', { name: 'Dismiss this hint' }));
    expect(screen.queryByRole('link', { name: 'Keep a copy' })).not.toBeInTheDocument();

    unmount();
    await renderBanner({ durabilityTracker: tracker });
    expect(screen.queryByRole('link', { name: 'Keep a copy' })).not.toBeInTheDocument();
  });

  it('stays out of the way while practising, and when the browser agreed or was never asked', async () => {
    usePracticeStore.setState({ status: 'ready' });
    const denied = await deniedTracker();
    const { unmount } = await renderBanner({ quiet: true, durabilityTracker: denied });
    expect(screen.queryByRole('link', { name: 'Keep a copy' })).not.toBeInTheDocument();
    unmount();

    const granted = createDurabilityTracker(() => ({
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(true),
    }));
    await granted.request();
    const second = await renderBanner({ durabilityTracker: granted });
    expect(screen.queryByRole('link', { name: 'Keep a copy' })).not.toBeInTheDocument();
    second.unmount();

    const notAsked = createDurabilityTracker(() => ({ persisted: () => Promise.resolve(false) }));
    await renderBanner({ durabilityTracker: notAsked });
    await waitFor(() => expect(notAsked.getState().durability).toBe('best-effort'));
    expect(screen.queryByRole('link', { name: 'Keep a copy' })).not.toBeInTheDocument();
  });
});
