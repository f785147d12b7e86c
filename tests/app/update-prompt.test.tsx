/**
 * The update prompt driven by a fake service-worker source (the events
 * workbox-window sends): it appears when a version waits, reloads only after
 * "Reload" in this tab, and never when another tab's update takes control.
 * tests/e2e/offline.spec.ts checks the same with a real service worker.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { UpdatePrompt } from '@/app/UpdatePrompt';
import { offerUpdate } from '@/lib/app-update';
import { connectUpdates, type UpdateSource } from '@/lib/service-worker';

type Listener = (event: { isUpdate?: boolean }) => void;

function fakeSource() {
  const listeners = new Map<string, Listener[]>();
  const source = {
    addEventListener(type: string, listener: Listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    messageSkipWaiting: vi.fn(),
    emit(type: 'waiting' | 'controlling', event: { isUpdate?: boolean } = {}) {
      act(() => {
        for (const listener of listeners.get(type) ?? []) listener(event);
      });
    },
  } satisfies UpdateSource & Record<string, unknown>;
  return source;
}

function setup({ fallbackMs = 60_000 } = {}) {
  const source = fakeSource();
  const reload = vi.fn();
  connectUpdates(source, { reload, fallbackMs });
  render(
    <>
      <textarea aria-label="Your answer" />
      <UpdatePrompt />
    </>,
  );
  return { source, reload, user: userEvent.setup() };
}

const prompt = () => screen.queryByText('Update available.');
/** The banner's code is a lazy chunk: the first appearance is async. */
const shown = () => screen.findByText('Update available.');

afterEach(() => {
  act(() => offerUpdate(null));
  vi.useRealTimers();
});

describe('UpdatePrompt', () => {
  it('shows nothing until a new version waits', async () => {
    const { source, reload } = setup();
    // The first install taking control of the page is not an update.
    source.emit('controlling', { isUpdate: false });
    // The lazy banner would have loaded and shown by now, had it been asked to.
    await act(() => vi.dynamicImportSettled());
    expect(prompt()).not.toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();

    source.emit('waiting');
    expect(await shown()).toBeVisible();
  });

  it('offers the update politely, without moving focus or reloading by itself', async () => {
    const { source, reload, user } = setup();
    const answer = screen.getByRole('textbox', { name: 'Your answer' });
    await user.type(answer, 'Halfway through');

    source.emit('waiting');

    expect(await shown()).toBeVisible();
    expect(prompt()!.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(answer).toHaveFocus();
    await user.type(answer, ' and on');
    expect(answer).toHaveValue('Halfway through and on');
    expect(source.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('on "Reload", asks the waiting worker to take over and reloads once it controls the page', async () => {
    const { source, reload, user } = setup();
    source.emit('waiting');

    await user.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(source.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeDisabled();

    source.emit('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads after a while if the new worker never takes control, since the user asked', async () => {
    const { source, reload } = setup({ fallbackMs: 4000 });
    source.emit('waiting');
    const button = await screen.findByRole('button', { name: 'Reload' });
    vi.useFakeTimers();
    act(() => button.click());
    vi.advanceTimersByTime(3999);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("keeps this tab's page when another tab's click activates the update, and still offers the reload", async () => {
    const { source, reload, user } = setup();
    source.emit('waiting');
    source.emit('controlling', { isUpdate: true });

    expect(reload).not.toHaveBeenCalled();
    expect(await shown()).toBeVisible();

    // The new version already controls this tab: reloading is all that is left.
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(source.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('"Not now" hides the prompt until the next version', async () => {
    const { source, reload, user } = setup();
    source.emit('waiting');
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(prompt()).not.toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();

    source.emit('waiting');
    expect(await shown()).toBeVisible();
  });
});
