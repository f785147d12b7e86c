import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { applyTheme, syncTheme } from '@/stores';
import { PERSIST_KEY } from '@/stores/persistence/local';
import { readStoredTheme, showTheme, startTheme, useThemeChoice } from '@/stores/theme';

import { makeStore } from './helpers';

function stubSystemDark(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: dark,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  vi.stubGlobal('matchMedia', () => media);
  return {
    set(next: boolean) {
      media.matches = next;
      listeners.forEach((fn) => fn());
    },
    listeners,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.classList.remove('dark');
});

describe('theme on <html>', () => {
  const html = document.documentElement;

  it('marks explicit choices with data-theme and the dark class', () => {
    stubSystemDark(true);
    applyTheme('light');
    expect(html.dataset.theme).toBe('light');
    expect(html.classList.contains('dark')).toBe(false);
    applyTheme('dark');
    expect(html.dataset.theme).toBe('dark');
    expect(html.classList.contains('dark')).toBe(true);
    applyTheme('system');
    expect(html.hasAttribute('data-theme')).toBe(false);
    expect(html.classList.contains('dark')).toBe(true);
  });

  it('follows the store and, for system, the OS', () => {
    const os = stubSystemDark(false);
    const { store } = makeStore();
    const stop = syncTheme(store);
    expect(html.classList.contains('dark')).toBe(false);

    os.set(true);
    expect(html.classList.contains('dark')).toBe(true);

    store.getState().setTheme('light');
    expect(html.dataset.theme).toBe('light');
    expect(html.classList.contains('dark')).toBe(false);

    stop();
    expect(os.listeners.size).toBe(0);
    store.getState().setTheme('dark');
    expect(html.dataset.theme).toBe('light');
  });
});

/** localStorage as zustand `persist` leaves it: `{ state: { drafts, settings }, version }`. */
function storageWith(value: string | null): Pick<Storage, 'getItem'> {
  return { getItem: (key) => (key === PERSIST_KEY ? value : null) };
}
const saved = (theme: unknown, version = 1) =>
  JSON.stringify({ state: { drafts: {}, settings: { theme, lastSetup: null } }, version });

describe('the stored theme, before the store has loaded', () => {
  const html = document.documentElement;

  it('reads the saved choice', () => {
    expect(readStoredTheme(storageWith(saved('dark')))).toBe('dark');
    expect(readStoredTheme(storageWith(saved('light')))).toBe('light');
  });

  it("falls back to 'system' for nothing saved, corrupt JSON, another version, an unknown value or a throwing storage", () => {
    expect(readStoredTheme(storageWith(null))).toBe('system');
    expect(readStoredTheme(storageWith('{"state":'))).toBe('system');
    expect(readStoredTheme(storageWith(saved('dark', 2)))).toBe('system');
    expect(readStoredTheme(storageWith(saved('sepia')))).toBe('system');
    expect(readStoredTheme(storageWith('null'))).toBe('system');
    expect(
      readStoredTheme({
        getItem: () => {
          throw new Error('SecurityError');
        },
      }),
    ).toBe('system');
    expect(readStoredTheme(null)).toBe('system');
  });

  it('startTheme puts the saved choice on <html> and follows the OS while it is system', () => {
    const os = stubSystemDark(false);
    localStorage.setItem(PERSIST_KEY, saved('dark'));
    const stop = startTheme();
    expect(html.dataset.theme).toBe('dark');
    expect(html.classList.contains('dark')).toBe(true);

    localStorage.setItem(PERSIST_KEY, saved('system'));
    startTheme()();
    expect(html.hasAttribute('data-theme')).toBe(false);
    expect(html.classList.contains('dark')).toBe(false);
    os.set(true);
    // The first call's listener still follows the OS for the shown theme.
    expect(html.classList.contains('dark')).toBe(true);
    stop();
    localStorage.removeItem(PERSIST_KEY);
  });

  it('the control shows the saved choice at once, then a new one, then the store once it is connected', () => {
    stubSystemDark(false);
    localStorage.setItem(PERSIST_KEY, saved('light'));
    startTheme()();
    const { result } = renderHook(() => useThemeChoice());
    expect(result.current).toBe('light');

    act(() => showTheme('dark'));
    expect(result.current).toBe('dark');
    expect(html.dataset.theme).toBe('dark');

    const { store } = makeStore();
    let stop = () => {};
    act(() => {
      stop = syncTheme(store);
    });
    expect(result.current).toBe('system');
    act(() => store.getState().setTheme('light'));
    expect(result.current).toBe('light');
    stop();
    localStorage.removeItem(PERSIST_KEY);
  });
});
