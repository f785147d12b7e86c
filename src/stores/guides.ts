/**
 * The whole library as the screens see it: the bundled guides (the build's
 * question bank) and the user's own (own-guides.ts), merged in title order.
 */
import type { GuideSummary } from '@/content/types';
import { guides as bundledGuides } from 'virtual:question-bank';

import { selectOwnSummaries } from './own-guides';
import { usePracticeStore } from './store';
import type { PracticeState } from './types';

let last: { own: readonly GuideSummary[]; out: readonly GuideSummary[] } | undefined;

/** Every guide of the library, bundled and the user's own (and the story bank once it has stories), in title order. */
export function selectGuideSummaries(state: Pick<PracticeState, 'guides' | 'stories'>): readonly GuideSummary[] {
  const own = selectOwnSummaries(state);
  if (last?.own === own) return last.out;
  const out =
    own.length === 0
      ? bundledGuides
      : Object.freeze([...bundledGuides, ...own].sort((a, b) => a.title.localeCompare(b.title)));
  last = { own, out };
  return out;
}

/** The library's guides, re-rendering when the user adds, replaces or deletes one of their own. */
export const useGuideSummaries = (): readonly GuideSummary[] => usePracticeStore(selectGuideSummaries);
