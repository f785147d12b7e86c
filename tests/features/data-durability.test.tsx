import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { DataPage } from '@/features/data/DataPage';
import { usePracticeStore } from '@/stores';
import { createDurabilityTracker, type StorageManagerLike } from '@/stores/persistence/durability';

import { resetPracticeStore } from '../support';

const { createObjectURL, revokeObjectURL } = URL;
beforeEach(() => {
  resetPracticeStore();
  usePracticeStore.setState({ status: 'ready', schedules: {}, plans: {} });
});
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

function renderPage(storage: StorageManagerLike | undefined) {
  const tracker = createDurabilityTracker(() => storage);
  render(
    <DataPage
      loadQuestions={() => Promise.resolve([])}
      now={() => new Date(2025, 2, 7, 12)}
      durabilityTracker={tracker}
    />,
  );
  return within(screen.getByRole('region', { name: 'What is stored' }));
}

describe('Your data: protection from clean-up', () => {
  it('granted: says the data is protected', async () => {
    const stored = renderPage({ persisted: () => Promise.resolve(true), persist: () => Promise.resolve(true) });
    expect(await stored.findByText('Protected from automatic clean-up.')).toBeVisible();
    expect(stored.queryByText(/may delete your practice/)).not.toBeInTheDocument();
  });

  it('not granted: says the browser may delete it, with an export right there', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const persist = vi.fn(() => Promise.resolve(false));
    const stored = renderPage({ persisted: () => Promise.resolve(false), persist });

    expect(
      await stored.findByText('This browser may delete your practice after a while without use — export regularly.'),
    ).toBeVisible();
    // Only reading the state: the page never asks on its own.
    expect(persist).not.toHaveBeenCalled();
    await userEvent.setup().click(stored.getByRole('button', { name: 'Export a copy now' }));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('rehearse-export-2025-03-07.json');
  });

  it('unsupported: the same honest warning', async () => {
    const stored = renderPage(undefined);
    expect(await stored.findByText(/may delete your practice after a while without use/)).toBeVisible();
  });

  it('memory-only: the page says nothing is being saved instead', async () => {
    usePracticeStore.setState({ status: 'memory-only' });
    const stored = renderPage({ persisted: () => Promise.resolve(true) });
    expect(stored.getByText(/isn't letting Rehearse save/)).toBeVisible();
    await waitFor(() => expect(stored.queryByText(/Protected from automatic clean-up/)).not.toBeInTheDocument());
  });
});
