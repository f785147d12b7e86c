import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { SHORTCUTS } from '@/lib/shortcuts';
import { usePracticeStore } from '@/stores';

import { installDialogPolyfill, renderApp, resetPracticeStore } from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

async function renderHome() {
  const user = userEvent.setup();
  const router = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Interview guides' });
  return { user, router };
}

beforeEach(() => {
  resetPracticeStore();
});

describe('main navigation', () => {
  it('links to the library and to practice', async () => {
    await renderHome();
    const nav = screen.getByRole('navigation', { name: 'Main' });

    expect(within(nav).getByRole('link', { name: 'Library' })).toHaveAttribute('href', '/');
    expect(within(nav).getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Practise' })).toHaveAttribute('href', '/practice/new');
  });
});

describe('theme control', () => {
  it('shows the stored theme and stores a new choice', async () => {
    const { user } = await renderHome();
    const group = screen.getByRole('group', { name: 'Theme' });
    const radio = (name: string) => within(group).getByRole('radio', { name });

    expect(radio('System')).toBeChecked();
    await user.click(radio('Dark'));
    expect(usePracticeStore.getState().settings.theme).toBe('dark');
    expect(radio('Dark')).toBeChecked();
    expect(radio('System')).not.toBeChecked();
  });

  it('follows the store when the theme changes elsewhere', async () => {
    await renderHome();

    usePracticeStore.getState().setTheme('light');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked());
  });

  it('works from the keyboard, as one tab stop with arrow keys', async () => {
    const { user } = await renderHome();
    const system = screen.getByRole('radio', { name: 'System' });

    system.focus();
    await user.keyboard('{ArrowRight}');
    expect(usePracticeStore.getState().settings.theme).toBe('light');
    expect(screen.getByRole('radio', { name: 'Light' })).toHaveFocus();
  });
});

describe('keyboard shortcuts help', () => {
  let uninstall: () => void;
  beforeAll(() => {
    uninstall = installDialogPolyfill();
  });
  afterAll(() => uninstall());

  it('opens with "?", lists every shortcut, and closes with Escape', async () => {
    const { user } = await renderHome();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.keyboard('?');

    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const shortcut of SHORTCUTS) {
      const row = within(dialog).getByText(shortcut.description).parentElement!;
      expect(row.querySelectorAll('kbd')).toHaveLength(shortcut.keys.length);
      for (const key of shortcut.keys) expect(within(row).getByText(key).tagName).toBe('KBD');
    }
    expect(within(dialog).getByText('Ctrl/⌘')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from the header button, moves focus in, and gives it back on close', async () => {
    const { user } = await renderHome();
    const button = within(screen.getByRole('banner')).getByRole('button', { name: 'Keyboard shortcuts' });

    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    await user.keyboard('{Escape}');
    expect(button).toHaveFocus();
  });

  it('leaves "?" alone while the user is typing', async () => {
    const { user } = await renderHome();
    const search = screen.getByRole('combobox', { name: 'Search all questions' });

    await user.click(search);
    await user.keyboard('?');
    expect(search).toHaveValue('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not let "/" reach the search behind the open dialog', async () => {
    const { user } = await renderHome();
    await user.keyboard('?');
    await user.keyboard('/');

    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Search all questions' })).not.toHaveFocus();
  });
});
