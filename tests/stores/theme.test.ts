import { afterEach, describe, expect, it, vi } from 'vitest';

import { applyTheme, syncTheme } from '@/stores';

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
