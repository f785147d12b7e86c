/** Highlighting and snippets: which words of a text a hit's terms match. */
import { foldText, indexTerm } from '@/content/search-terms';

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a word of the text matches one of the index terms: as folded or stemmed, equal or (terms of 2+ letters) a prefix. */
export function wordMatcher(terms: readonly string[]): (word: string) => boolean {
  const list = [...new Set(terms.map((t) => foldText(t)).filter(Boolean))];
  return (word) => {
    const folded = foldText(word);
    const stemmed = indexTerm(folded) ?? folded;
    return list.some(
      (t) => folded === t || stemmed === t || (t.length >= 2 && (folded.startsWith(t) || stemmed.startsWith(t))),
    );
  };
}

export function highlightRuns(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const matches = wordMatcher(terms);
  const runs: { text: string; match: boolean }[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const last = runs.at(-1);
    if (last && last.match === match && !match) last.text += part;
    else runs.push({ text: part, match });
  };
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    if (!matches(m[0])) continue;
    push(text.slice(at, m.index), false);
    push(m[0], true);
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return runs;
}

export const SNIPPET_LENGTH = 200;

/** At most 200 characters of `text` around its first word matching `terms` (or its start), cut at word boundaries. */
export function snippetAround(text: string, terms: readonly string[]): string | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return null;
  if (clean.length <= SNIPPET_LENGTH) return clean;
  const matches = wordMatcher(terms);
  let first = 0;
  for (const m of clean.matchAll(WORD)) {
    if (matches(m[0])) {
      first = m.index;
      break;
    }
  }
  // Room for the two ellipses.
  const room = SNIPPET_LENGTH - 2;
  let start = Math.max(0, first - Math.floor(room / 3));
  let end = Math.min(clean.length, start + room);
  start = Math.max(0, end - room);
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '…' : ''}${clean.slice(start, end).trim()}${end < clean.length ? '…' : ''}`;
}
