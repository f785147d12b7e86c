/**
 * Puts the chosen theme on <html>: `data-theme` for an explicit choice (the
 * CSS palettes key off it) and the `dark` class whenever the page is dark,
 * following the OS while the choice is 'system'.
 */
import type { Theme } from '@/domain/model';

import type { PracticeStore } from './store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  root.classList.toggle('dark', theme === 'dark' || (theme === 'system' && systemPrefersDark()));
}

/** Applies the store's theme now and whenever it, or the OS preference, changes. Returns an unsubscribe. */
export function syncTheme(store: PracticeStore, root: HTMLElement = document.documentElement): () => void {
  let current = store.getState().settings.theme;
  applyTheme(current, root);
  const unsubscribe = store.subscribe((state) => {
    if (state.settings.theme === current) return;
    current = state.settings.theme;
    applyTheme(current, root);
  });
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  const onChange = () => applyTheme(current, root);
  media?.addEventListener('change', onChange);
  return () => {
    unsubscribe();
    media?.removeEventListener('change', onChange);
  };
}
