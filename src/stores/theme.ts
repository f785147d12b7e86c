/**
 * The page's theme. Puts the chosen theme on <html>: `data-theme` for an
 * explicit choice (the CSS palettes key off it) and the `dark` class whenever
 * the page is dark, following the OS while the choice is 'system'.
 *
 * The store (a lazy chunk) owns and persists the choice; this module is small
 * and ships with the first page so the theme is right before the first paint
 * and the header's control can show it before the store has loaded:
 * `startTheme()` reads the stored choice from localStorage and applies it,
 * `syncTheme(store)` hands control to the store once it is there, and
 * `useThemeChoice()` is what the control shows.
 */
import { useSyncExternalStore } from 'react';

import type { Theme } from '@/domain/model';

import { PERSIST_KEY, PERSIST_VERSION } from './persistence/keys';
import type { PracticeStore } from './store';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  root.classList.toggle('dark', theme === 'dark' || (theme === 'system' && systemPrefersDark()));
}

/**
 * The theme saved with the settings (zustand `persist`'s value in localStorage),
 * or 'system' when there is none or it cannot be read. Never throws; the store
 * does the full validation of that value when it loads.
 */
export function readStoredTheme(storage?: Pick<Storage, 'getItem'> | null): Theme {
  try {
    const raw = (storage === undefined ? globalThis.localStorage : storage)?.getItem(PERSIST_KEY) ?? null;
    if (raw === null) return 'system';
    const value = JSON.parse(raw) as { version?: unknown; state?: { settings?: { theme?: unknown } } } | null;
    const theme = value?.version === PERSIST_VERSION ? value.state?.settings?.theme : undefined;
    return THEMES.includes(theme as Theme) ? (theme as Theme) : 'system';
  } catch {
    return 'system';
  }
}

// What the page shows now: the stored choice at start, then whatever the store says.
let shown: Theme = 'system';
const listeners = new Set<() => void>();

function show(theme: Theme, root: HTMLElement): void {
  applyTheme(theme, root);
  if (theme === shown) return;
  shown = theme;
  for (const listener of [...listeners]) listener();
}

/** The theme on the page, for the header's control; follows the store once it has loaded. */
export function useThemeChoice(): Theme {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => shown,
  );
}

/**
 * Shows a new choice at once, before the store (which persists it) may have
 * loaded. The store's `setTheme` must follow; `chooseTheme` in app-store.ts does both.
 */
export function showTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  show(theme, root);
}

/** Before the first render: the stored theme on <html>, and the OS preference followed. Returns a stop. */
export function startTheme(root: HTMLElement = document.documentElement): () => void {
  show(readStoredTheme(), root);
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  const onChange = () => applyTheme(shown, root);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** Applies the store's theme now and whenever it, or the OS preference, changes. Returns an unsubscribe. */
export function syncTheme(store: PracticeStore, root: HTMLElement = document.documentElement): () => void {
  show(store.getState().settings.theme, root);
  const unsubscribe = store.subscribe((state) => {
    if (state.settings.theme !== shown) show(state.settings.theme, root);
  });
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  const onChange = () => applyTheme(shown, root);
  media?.addEventListener('change', onChange);
  return () => {
    unsubscribe();
    media?.removeEventListener('change', onChange);
  };
}
