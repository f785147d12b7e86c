/**
 * Where drafts and settings live in localStorage. A module of its own so the
 * first page can read the stored theme (stores/theme.ts) before the store,
 * a lazy chunk, has loaded.
 */
export const PERSIST_KEY = 'rehearse:v1';
export const PERSIST_VERSION = 1;
