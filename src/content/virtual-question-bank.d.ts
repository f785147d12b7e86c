// The module the Vite plugin in src/content-loader/ generates from content/.
// It grows with the bank, so it is kept out of the entry chunk: screens (lazy
// route chunks) import it statically, route loaders go through
// src/lib/question-bank.ts. `npm run size` checks it stays that way.
declare module 'virtual:question-bank' {
  import type { Guide, GuideSummary, SearchEntry } from '@/content/types';
  /** Every guide's summary, in title order. */
  export const guides: GuideSummary[];
  /** The full guide (overview, questions, answers), each guide its own lazily loaded chunk. */
  export function loadGuide(slug: string): Promise<Guide | undefined>;
  /** Every question's text with its guide, for search: one lazily loaded chunk. */
  export function loadSearchIndex(): Promise<SearchEntry[]>;
}
