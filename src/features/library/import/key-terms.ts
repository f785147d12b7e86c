/**
 * Key terms for an imported guide, chosen as the build chooses them
 * (src/content/extract-key-terms.ts) with the compact form of its word list
 * (`virtual:key-term-lexicon`, 650 KB, 210 KB gzipped), weighed against the
 * guide's own answers: the build weighs a bundled guide against the whole
 * bank, so an imported guide's terms can differ a little from what the same
 * guide would get bundled. The word list is read on the first guide (about
 * 0.3 s).
 *
 * Only the worker imports this: on the main thread, reading the list would be
 * a long task, and the fallback's chunk would be a second copy of the list
 * in every offline install. Guides parsed by the fallback (browsers without
 * module workers) get no key terms; hints then skip term coverage.
 */

import { extractKeyTerms } from '@/content/extract-key-terms.ts';
import { lexiconFromCompact, provideLexicon } from '@/content/key-term-lexicon.ts';
import type { Guide } from '@/content/types.ts';
import compactLexicon from 'virtual:key-term-lexicon';

const readLexicon = () => lexiconFromCompact(compactLexicon);

/** The guide with its questions' key terms filled in. */
export function withKeyTerms(guide: Guide): Guide {
  provideLexicon(readLexicon);
  const terms = extractKeyTerms(guide.questions);
  return { ...guide, questions: guide.questions.map((q) => ({ ...q, keyTerms: terms.get(q.id) ?? [] })) };
}
