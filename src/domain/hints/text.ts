/** Text structure for the hints (index.ts): tokens, sentences, clauses. */
import { normal } from './words';

/**
 * Every match of a global pattern, like `matchAll` but without cloning the
 * pattern on each call (the patterns here are shared and this runs per answer).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  raw: string;
  /** Lower-cased, curly apostrophes straightened. */
  w: string;
  /** Index of the sentence (or line) it belongs to. */
  s: number;
}

const TOKEN_RE = /[$€£¥]?[\p{L}\p{N}]+(?:['’&./,-][\p{L}\p{N}]+)*%?/gu;
const LIST_MARKER = /^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+/;

/** Sentences and lines: a new line always ends one, since list items rarely end in a full stop. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const stop = '.!?'.includes(c) && (i + 1 === text.length || /\s/.test(text[i + 1]!));
    // The full stop of a numbered item's marker ("1. ") or of a one-letter label ("S. ") does not end a sentence.
    if (stop && (LIST_MARKER.test(text.slice(start, i + 2)) || /^\s*[A-Za-z]$/.test(text.slice(start, i)))) continue;
    if (c === '\n' || stop) {
      spans.push({ start, end: c === '\n' ? i : i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans
    .map((s) => {
      const body = text.slice(s.start, s.end);
      const lead = body.length - body.trimStart().length;
      const marker = LIST_MARKER.exec(body.slice(lead))?.[0].length ?? 0;
      return { start: s.start + lead + marker, end: s.start + body.trimEnd().length };
    })
    .filter((s) => s.end > s.start);
}

/**
 * Clauses: pieces of a sentence between commas, semicolons, dashes and the
 * words that join clauses in speech ("so", "and", "but", "because"), which
 * matters for dictation, where a whole answer is one sentence.
 */
export function clauseSpans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  const boundary = /[,;:]\s|\s[—–-]\s|\s(?=(?:so|and|but|because|which|then|while|whereas)\s)/gi;
  for (const span of spans) {
    let start = span.start;
    const body = text.slice(span.start, span.end);
    for (const m of allMatches(boundary, body)) {
      const at = span.start + m.index;
      if (at > start) out.push({ start, end: at });
      start = at + m[0].length;
    }
    if (span.end > start) out.push({ start, end: span.end });
  }
  return out;
}

/** Index of the span containing a position; a position between spans goes with the next one. */
export function indexAt(spans: Span[], index: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > index) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

export function tokenize(text: string, spans: Span[]): Token[] {
  const tokens: Token[] = [];
  for (const m of allMatches(TOKEN_RE, text)) {
    const s = indexAt(spans, m.index);
    if (s < 0) continue;
    tokens.push({ raw: m[0], w: normal(m[0]), start: m.index, end: m.index + m[0].length, s });
  }
  return tokens;
}
