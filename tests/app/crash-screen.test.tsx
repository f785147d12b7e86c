import 'fake-indexeddb/auto';

import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { CrashBoundary } from '@/app/CrashBoundary';
import { RouteError } from '@/app/RouteError';
import { createAppRouter } from '@/app/router';
import { parseExport } from '@/domain/transfer';
import { usePracticeStore } from '@/stores';
import { DB_NAME, openPracticeDb } from '@/stores/persistence/db';

import { blobText, captureDownloads, makeAttempt, makeSession, renderWithRouter, resetPracticeStore } from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

/** What the app wrote earlier, in the app's own database: the crash screen must find it without the store. */
async function seedDatabase() {
  const db = await openPracticeDb({ name: DB_NAME });
  await db.putSession(makeSession({ id: 'stored-session' }));
  await db.putAttempt(makeAttempt({ id: 'stored-attempt', sessionId: 'stored-session', answer: 'Saved on disk' }));
  db.close();
  const raw = await openDB(DB_NAME);
  await raw.put('attempts', { id: 'mangled', sessionId: 'stored-session', answer: 'Half-written' });
  raw.close();
  localStorage.setItem(
    'rehearse:v1',
    JSON.stringify({ state: { drafts: {}, settings: { theme: 'dark', lastSetup: null } }, version: 1 }),
  );
}

async function storedAttemptIds() {
  const dbs = await indexedDB.databases();
  if (!dbs.some((d) => d.name === DB_NAME)) return null;
  const db = await openDB(DB_NAME);
  try {
    return db.objectStoreNames.contains('attempts') ? ((await db.getAllKeys('attempts')) as string[]) : [];
  } finally {
    db.close();
  }
}

/** A component that fails while rendering, as a bug would. */
function Broken(): never {
  throw new Error('Cannot read properties of undefined (reading "ratings")');
}

const { createObjectURL, revokeObjectURL } = URL;
beforeEach(async () => {
  resetPracticeStore();
  usePracticeStore.setState({ schedules: {}, plans: {} });
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
  // React and the boundary log the caught error; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  localStorage.clear();
});

async function renderCrash(afterReset = vi.fn()) {
  const user = userEvent.setup();
  render(
    <CrashBoundary afterReset={afterReset}>
      <Broken />
    </CrashBoundary>,
  );
  // The screen is a lazy chunk (CrashBoundary.tsx).
  await screen.findByRole('heading', { level: 1, name: 'Rehearse stopped working' });
  return { user, afterReset };
}

describe('crash screen', () => {
  it('replaces a tree that throws while rendering, and puts focus on its explanation', async () => {
    await renderCrash();
    const heading = screen.getByRole('heading', { level: 1, name: 'Rehearse stopped working' });
    // Focus moves in an effect, just after the (lazy) screen is on the page.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/What you saved in this browser is still there/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(screen.getByText(/reading "ratings"/)).toBeInTheDocument();
  });

  it('"Download my data" reads storage directly into a file that imports back, keeping bad records aside', async () => {
    // Something only the broken tab held (never saved): added when the store can still give it.
    usePracticeStore.setState({
      sessions: { 'tab-session': makeSession({ id: 'tab-session' }) },
      attempts: { 'tab-attempt': makeAttempt({ id: 'tab-attempt', sessionId: 'tab-session', answer: 'Unsaved' }) },
    });
    // After the store's own write of drafts and settings, as in the app.
    await seedDatabase();
    const files = captureDownloads();
    const { user } = await renderCrash();

    await user.click(screen.getByRole('button', { name: 'Download my data' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toMatch(/^rehearse-rescue-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await blobText(files[0]!.blob);
    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.file.attempts.map((a) => a.answer).sort()).toEqual(['Saved on disk', 'Unsaved']);
    expect(parsed.file.sessions.map((s) => s.id).sort()).toEqual(['stored-session', 'tab-session']);
    expect(parsed.file.settings.theme).toBe('dark');
    const json = JSON.parse(text) as { setAside: { record: { id: string; answer: string } }[] };
    expect(json.setAside.map((entry) => entry.record)).toEqual([
      { id: 'mangled', sessionId: 'stored-session', answer: 'Half-written' },
    ]);
    expect(await screen.findByText(/Saved rehearse-rescue-.*2 sessions and 2 answers\. 1 record/)).toBeVisible();
  });

  it('still downloads what is on disk when the store itself is broken', async () => {
    await seedDatabase();
    usePracticeStore.setState({
      exportSnapshot: () => {
        throw new TypeError('state.sessions is not iterable');
      },
    });
    const files = captureDownloads();
    const { user } = await renderCrash();
    await user.click(screen.getByRole('button', { name: 'Download my data' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const parsed = parseExport(await blobText(files[0]!.blob));
    expect(parsed.ok && parsed.file.attempts.map((a) => a.id)).toEqual(['stored-attempt']);
  });

  it('"Reset the app" asks first, then deletes the database and the local keys', async () => {
    await seedDatabase();
    localStorage.setItem('rehearse:v1:backup', '{}');
    const { user, afterReset } = await renderCrash();

    await user.click(screen.getByRole('button', { name: 'Reset the app…' }));
    const confirm = screen.getByRole('group', { name: 'Delete all practice on this device?' });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent(/deletes every session, answer.*can't be undone/);
    expect(confirm).toHaveTextContent(/Download your data first/);
    expect(within(confirm).getByRole('button', { name: 'Download my data first' })).toBeVisible();
    // Nothing is gone yet.
    expect(await storedAttemptIds()).toEqual(['mangled', 'stored-attempt']);
    expect(afterReset).not.toHaveBeenCalled();

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /Delete all practice/ })).not.toBeInTheDocument();
    expect(await storedAttemptIds()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Reset the app…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything and start over' }));
    await waitFor(() => expect(afterReset).toHaveBeenCalledTimes(1));
    expect(await storedAttemptIds()).toBeNull();
    expect(localStorage.getItem('rehearse:v1')).toBeNull();
    expect(localStorage.getItem('rehearse:v1:backup')).toBeNull();
  });
});

describe('in the app', () => {
  it("a failure in the shell, outside every route, reaches the crash screen (not the router's bare fallback)", async () => {
    const user = userEvent.setup();
    const proto = HTMLDialogElement.prototype;
    const showModal = Object.getOwnPropertyDescriptor(proto, 'showModal');
    // The header's shortcuts dialog opens with showModal(); here the browser refuses.
    proto.showModal = () => {
      throw new DOMException('The element is not in a Document.', 'InvalidStateError');
    };
    try {
      const router = createAppRouter({ history: createMemoryHistory({ initialEntries: ['/'] }) });
      render(
        <CrashBoundary afterReset={vi.fn()}>
          <RouterProvider router={router} />
        </CrashBoundary>,
      );
      await screen.findByRole('heading', { level: 1, name: 'Interview guides' });
      await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Rehearse stopped working' })).toBeVisible();
      expect(await screen.findByRole('button', { name: 'Download my data' })).toBeVisible();
    } finally {
      if (showModal) Object.defineProperty(proto, 'showModal', showModal);
      else delete (proto as Partial<HTMLDialogElement>).showModal;
    }
  });
});

describe('route error screen', () => {
  it('offers the same way out for a bug, but not for a chunk that failed to load', async () => {
    const reset = vi.fn();
    const { unmount } = renderWithRouter(<RouteError error={new Error('x is undefined')} reset={reset} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Download my data' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reset the app…' })).toBeVisible();
    unmount();

    renderWithRouter(
      <RouteError
        error={new TypeError('Failed to fetch dynamically imported module: /assets/data-x.js')}
        reset={reset}
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not load' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Download my data' })).not.toBeInTheDocument();
  });

  it('says a page is not available offline when the browser is offline and its part never arrived', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderWithRouter(
      <RouteError
        error={new TypeError('Failed to fetch dynamically imported module: /assets/guides/guide-x.js')}
        reset={vi.fn()}
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available offline' })).toBeVisible();
    expect(screen.getByText(/not saved on this device yet/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Browse all guides' })).toBeVisible();
  });
});
