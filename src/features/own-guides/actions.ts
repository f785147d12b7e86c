/**
 * The store's side of the user's own guides: save a written guide, delete and
 * restore one (for Undo), and the one guide deleted last, kept here so the
 * library can offer Undo after the guide's page has gone.
 */
import { useSyncExternalStore } from 'react';

import type { Guide } from '@/content/types';
import { STORIES_GUIDE_SLUG } from '@/domain/stories/practice';
import { usePracticeStore, type UserGuide } from '@/stores';

import { MY_QUESTIONS_SLUG } from './written';

/** Saves a guide written in Rehearse; the reason it was refused, or null once saved. */
export function saveWrittenGuide(guide: Guide): string | null {
  try {
    usePracticeStore.getState().saveUserGuides([{ guide, origin: 'written', fileName: null, source: null }]);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'The guide could not be saved.';
  }
}

/** Whether a new guide may not take `slug`: a guide has it (bundled or the user's), or it is reserved. */
export function slugTaken(slug: string, bundledOrOwn: readonly { slug: string }[]): boolean {
  return (
    slug === MY_QUESTIONS_SLUG ||
    slug === STORIES_GUIDE_SLUG ||
    Object.hasOwn(usePracticeStore.getState().guides, slug) ||
    bundledOrOwn.some((guide) => guide.slug === slug)
  );
}

let lastDeleted: UserGuide | null = null;
const listeners = new Set<() => void>();
const setLastDeleted = (guide: UserGuide | null) => {
  lastDeleted = guide;
  for (const listener of listeners) listener();
};

/** Deletes the user's guide; its attempts stay in history. The library then offers Undo. */
export function deleteOwnGuide(slug: string): UserGuide | null {
  const deleted = usePracticeStore.getState().deleteUserGuide(slug);
  setLastDeleted(deleted);
  return deleted;
}

/** Puts the guide deleted last back (unless a guide has taken its slug since). */
export function undoDeleteGuide(): UserGuide | null {
  const deleted = lastDeleted;
  if (deleted) usePracticeStore.getState().restoreUserGuide(deleted);
  setLastDeleted(null);
  return deleted;
}

export const forgetDeletedGuide = () => setLastDeleted(null);

/** The guide deleted last, until undone or dismissed. */
export function useDeletedGuide(): UserGuide | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => lastDeleted,
  );
}
