// The module the Vite plugin in src/content-loader/ generates from content/.
// It grows with the bank, so it is kept out of the entry chunk: screens (lazy
// route chunks) import it statically, route loaders go through
// src/lib/question-bank.ts. `npm run size` checks it stays that way.
declare module 'virtual:question-bank' {
  import type { SearchModule } from '@/content/search-format';
  import type { Guide, GuideSummary, SearchEntry } from '@/content/types';
  /** Every guide's summary, in title order. */
  export const guides: GuideSummary[];
  /** The full guide (overview, questions, answers), each guide its own lazily loaded chunk. */
  export function loadGuide(slug: string): Promise<Guide | undefined>;
  /** The full-text index's loader map (its parts are lazy chunks: src/content/search-format.ts). */
  export function loadSearch(): Promise<SearchModule>;
  /** Every question's text with its guide: all of the search index's doc-table chunks. */
  export function loadSearchIndex(): Promise<SearchEntry[]>;
}
