/**
 * The user's own guides as the library sees them: each imported or written
 * guide, and the story bank as a practice guide ("My STAR stories").
 * Memoised on the records they read. Kept apart from guides.ts (which merges
 * in the bundled guides) so the store's own chunk need not load the bank's
 * index.
 */
import { searchEntriesOf, summarize } from '@/content/summary';
import type { Guide, GuideSummary, SearchEntry } from '@/content/types';
import { storiesGuide } from '@/domain/stories/practice';
import type { OwnNote, OwnSearchSources } from '@/lib/question-bank';

import type { PracticeState } from './types';

const memo = <I extends object, O>(compute: (input: I) => O) => {
  const cache = new WeakMap<I, O>();
  return (input: I): O => {
    let out = cache.get(input);
    if (out === undefined) cache.set(input, (out = compute(input)));
    return out;
  };
};

/** The story bank as a practice guide ("My STAR stories"); undefined while there are no stories. */
export const selectStoriesGuide = (state: Pick<PracticeState, 'stories'>): Guide | undefined =>
  storiesGuideOf(state.stories);
const storiesGuideOf = memo((stories: PracticeState['stories']) => {
  const list = Object.values(stories);
  return list.length > 0 ? storiesGuide(list) : undefined;
});

/** The user's own guides (without the story bank's), in title order. */
export const selectOwnGuides = (state: Pick<PracticeState, 'guides'>): readonly Guide[] => ownGuidesOf(state.guides);
const ownGuidesOf = memo((guides: PracticeState['guides']) =>
  Object.freeze(
    Object.values(guides)
      .map((record) => record.guide)
      .sort((a, b) => a.title.localeCompare(b.title)),
  ),
);

const summariesOf = memo((own: readonly Guide[]) =>
  own.map((guide): GuideSummary => ({ ...summarize(guide), mine: true })),
);
const storySummaryOf = memo((guide: Guide): GuideSummary => ({ ...summarize(guide), mine: true }));

/** The user's own guides' summaries (marked `mine`), the story bank's last; in title order within each. */
export function selectOwnSummaries(state: Pick<PracticeState, 'guides' | 'stories'>): readonly GuideSummary[] {
  return ownSummaryList(summariesOf(selectOwnGuides(state)), selectStoriesGuide(state));
}
let lastOwn: { own: readonly GuideSummary[]; stories: Guide | undefined; out: readonly GuideSummary[] } | undefined;
function ownSummaryList(own: readonly GuideSummary[], stories: Guide | undefined) {
  if (lastOwn?.own === own && lastOwn.stories === stories) return lastOwn.out;
  const out = Object.freeze([...own, ...(stories ? [storySummaryOf(stories)] : [])]);
  lastOwn = { own, stories, out };
  return out;
}

/** A guide of the user's own, or the story bank's practice guide, by slug. */
export function ownGuide(state: Pick<PracticeState, 'guides' | 'stories'>, slug: string): Guide | undefined {
  const record = Object.hasOwn(state.guides, slug) ? state.guides[slug] : undefined;
  if (record) return record.guide;
  const stories = selectStoriesGuide(state);
  return stories?.slug === slug ? stories : undefined;
}

/** Every question of the user's own guides (and stories) as search entries. */
export function selectOwnSearchEntries(state: Pick<PracticeState, 'guides' | 'stories'>): SearchEntry[] {
  const stories = selectStoriesGuide(state);
  return [...selectOwnGuides(state), ...(stories ? [stories] : [])].flatMap(searchEntriesOf);
}

const notesOf = memo((attempts: PracticeState['attempts']): readonly OwnNote[] =>
  Object.values(attempts)
    .filter((a) => a.note.trim() !== '')
    .map((a) => ({ attemptId: a.id, questionId: a.questionId, guideSlug: a.guideSlug, note: a.note })),
);
let lastSources:
  | { guides: readonly Guide[]; stories: Guide | undefined; notes: readonly OwnNote[]; out: OwnSearchSources }
  | undefined;

/** What search reads of the user's data (own guides, the story bank, attempt notes): the same object until one changes. */
export function selectOwnSearchSources(
  state: Pick<PracticeState, 'guides' | 'stories' | 'attempts'>,
): OwnSearchSources {
  const guides = selectOwnGuides(state);
  const stories = selectStoriesGuide(state);
  const notes = notesOf(state.attempts);
  if (lastSources?.guides === guides && lastSources.stories === stories && lastSources.notes === notes) {
    return lastSources.out;
  }
  const out = { guides: stories ? [...guides, stories] : guides, notes };
  lastSources = { guides, stories, notes, out };
  return out;
}
