// The module the Vite plugin in src/content-loader/ generates from content/.
declare module 'virtual:question-bank' {
  import type { Guide, GuideSummary, SearchEntry } from '@/content/types';
  /** Every guide's summary, in title order: small, part of the entry chunk. */
  export const guides: GuideSummary[];
  /** The full guide (overview, questions, answers), each guide its own lazily loaded chunk. */
  export function loadGuide(slug: string): Promise<Guide | undefined>;
  /** Every question's text with its guide, for search: one lazily loaded chunk. */
  export function loadSearchIndex(): Promise<SearchEntry[]>;
}
