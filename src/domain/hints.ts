/**
 * Hints about an answer the user wrote: which STAR parts it appears to contain
 * (with the phrases that suggest so), which of the model answer's key terms it
 * uses (how long it is: measures.ts). These are suggestions shown beside the rubric and
 * never set a rating or a score. Detection is keyword heuristics, so it can
 * be wrong either way; to keep it checkable, every piece of evidence is a
 * verbatim snippet of the answer (at most 60 characters, "…" marking a cut)
 * showing the user why a part was flagged. All functions accept any string, including empty
 * text, bullet lists and all-lowercase writing, and never throw.
 */
import { stem } from '@/content/key-terms';
import { words } from '@/content/words';

import { RUBRIC_PARTS, type RubricPart } from './model';

export const MAX_EVIDENCE_CHARS = 60;
/** Snippets kept per part: enough to convince, few enough to read at a glance. */
export const MAX_EVIDENCE_PER_PART = 3;

export type DetectedParts = Record<RubricPart, { present: boolean; evidence: string[] }>;

interface Rule {
  re: RegExp;
  /** Rejects matches the pattern cannot rule out by itself. */
  accept?: (m: RegExpExecArray) => boolean;
  /** A rule that only means something when it matches this often (numbered steps). */
  min?: number;
}

const PAST_IRREGULAR =
  'built|led|made|ran|wrote|rewrote|took|found|gave|got|brought|chose|drove|held|kept|met|paid|put|sent|set|sold|spent|taught|told|won|began|did|sat|spoke|went|saw|left|read|thought|knew|felt|caught|became|came|shipped|cut|split|broke|fought|hired|fired';

/** "-ed" also ends present-tense words ("I need", "we proceed") and nouns ("bed"). */
function isPastTense(word: string | undefined): boolean {
  const verb = (word ?? '').toLowerCase();
  if (PAST_IRREGULAR.split('|').includes(verb)) return true;
  if (!verb.endsWith('ed') || verb.length < 4) return false;
  return !verb.endsWith('eed') || ['agreed', 'freed', 'guaranteed'].includes(verb);
}

const MONTH = '(?:January|February|March|April|June|July|August|September|October|November|December)';

const RULES: Record<RubricPart, Rule[]> = {
  context: [
    { re: /\b(?:when|while)\s+(?:I|we)\s+(?:was|were|worked|joined|started|ran|led|managed)\b/gi },
    { re: /\bwhile\s+working\s+(?:at|on|as|for|with)\b/gi },
    { re: /\bat\s+my\s+(?:previous|last|current|former|first|old)\b/gi },
    { re: /\bI\s+worked\s+(?:at|as|for|on)\b/gi },
    {
      re: /\b(?:our|my)\s+(?:team|company|department|organi[sz]ation|client|startup|group|manager|customers?|product|project|office|store|school|hospital)\b/gi,
    },
    { re: /\bthe\s+(?:situation|context|background|challenge|problem)\b/gi },
    { re: /\bwe\s+had\b/gi },
    { re: /\bI\s+was\s+(?:working|responsible|tasked|asked|leading|hired|brought|the|a|an|in\s+charge)\b/gi },
    { re: /\b(?:last|that|this)\s+(?:year|quarter|month|week|summer|spring|fall|autumn|winter)\b/gi },
    { re: /\b(?:a\s+few|two|three|several|\d+)\s+(?:years|months|weeks)\s+ago\b/gi },
    { re: /\b(?:in|during)\s+(?:my\s+(?:first|second|last|previous)|the\s+(?:first|last))\b/gi },
    { re: /\bin\s+(?:19|20)\d{2}\b/gi },
    {
      re: /\b(?:at|in|for)\s+an?\s+(?:[\w-]+\s+)?(?:company|startup|firm|agency|hospital|bank|school|retailer|team)\b/gi,
    },
  ],
  approach: [
    {
      re: /\b(?:I|we)\s+(?:first\s+|then\s+)?(?:decided|chose|built|led|created|designed|implemented|organi[sz]ed|proposed|introduced|developed|planned|prioriti[sz]ed|analy[sz]ed|investigated|reached\s+out|set\s+up|broke|focused|identified|gathered|mapped|drafted|tested|automated|refactored|mentored|coordinated|negotiated|scheduled|escalated|documented|rolled\s+out|partnered|started\s+by|began\s+by)\b/gi,
    },
    { re: /\bI(?:\s+would|'d|’d|\s+will|'ll|’ll)\s+(?:first\s+|then\s+|start|begin|\w+)/gi },
    { re: /\bI\s+(?:usually|always|typically|normally)\s+\w+/gi },
    { re: /\bI\s+(?:start|begin)\s+by\b/gi },
    { re: /\b(?:my|our|the)\s+(?:approach|plan|strategy|first\s+step|process)\b/gi },
    { re: /\bfirst(?:ly)?\b[^]{0,300}?\b(?:then|next|after\s+that|second(?:ly)?|finally)\b/gi },
    { re: /^[ \t]*(?:\d+[.)]|step\s+\d+:?)[ \t]+\S/gim, min: 2 },
    // Bulleted steps that start with what was done: "- Mapped the manual steps".
    {
      re: new RegExp(`^[ \\t]*(?:[-*+•]|\\d+[.)])[ \\t]+([a-z]+ed|${PAST_IRREGULAR})\\b`, 'gim'),
      accept: (m) => isPastTense(m[1]),
    },
  ],
  example: [
    {
      re: new RegExp(
        `\\b(?:I|we)\\s+(?:then\\s+|also\\s+|personally\\s+|quickly\\s+)?([a-z]+ed|${PAST_IRREGULAR})\\b`,
        'gi',
      ),
      accept: (m) => isPastTense(m[1]),
    },
    { re: /\b(?:for\s+example|for\s+instance|e\.g\.|one\s+time|specifically|in\s+particular)\b/gi },
    { re: new RegExp(`\\b${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d{2})?\\b`, 'g') },
    { re: /\bMay\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d{2}\b)/g },
    { re: /\b(?:19|20)\d{2}\b|\bQ[1-4]\b/gi },
  ],
  outcome: [
    {
      re: /\b(?:as\s+a\s+result|the\s+results?|results?|resulted\s+in|resulting\s+in|outcome|led\s+to|leading\s+to|which\s+meant|ended\s+up|in\s+the\s+end|ultimately|consequently)\b/gi,
    },
    {
      re: /\b(?:increas(?:e|ed|es|ing)|reduc(?:e|ed|es|ing|tion)|sav(?:e|ed|es|ing|ings)|improv(?:e|ed|es|ing|ement|ements)|boosted|doubled|tripled|halved|decreas(?:e|ed|es|ing)|lowered|achieved|exceeded|eliminated|shortened|cut|grew|grown|won|dropped|went\s+from|sped\s+up)\b/gi,
    },
    { re: /\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)/gi },
    { re: /[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|million|billion|thousand)\b)?/gi },
    { re: /\b\d[\d,]*(?:\.\d+)?\s?(?:k|m)?\s?(?:dollars|euros|pounds|usd|eur|gbp)\b/gi },
    { re: /\b\d+(?:\.\d+)?x\b/gi },
    { re: /\bfrom\s+\S*\d\S*\s+(?:\w+\s+)?to\s+\S*\d/gi },
  ],
};

const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|we|my|our|me|us)\b/i;
const LIST_MARKER = /^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+/;
/** Capitalised words that are not names. */
const NOT_NAMES = new Set(['I', "I'm", "I've", "I'd", "I'll", 'I’m', 'I’ve', 'I’d', 'I’ll', 'STAR', 'OK']);

interface Span {
  start: number;
  end: number;
}

/** Sentences and lines: a new line always ends one, since list items rarely end in a full stop. */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const stop = '.!?'.includes(c) && (i + 1 === text.length || /\s/.test(text[i + 1]!));
    // The full stop of a numbered item's marker ("1. ") does not end a sentence.
    if (stop && LIST_MARKER.test(text.slice(start, i + 2))) continue;
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A verbatim window of the sentence around the match, cut at word boundaries,
 * with the offset where the window's text ends.
 */
function snippet(text: string, span: Span, matchStart: number): { text: string; end: number } {
  if (span.end - span.start <= MAX_EVIDENCE_CHARS) return { text: text.slice(span.start, span.end), end: span.end };
  let start = Math.max(span.start, Math.min(matchStart, span.end) - 20);
  if (start > span.start && WORD_CHAR.test(text[start - 1]!)) {
    while (start < matchStart && WORD_CHAR.test(text[start]!)) start++;
  }
  while (start < span.end && /\s/.test(text[start]!)) start++;
  const prefix = start > span.start ? '…' : '';
  let end = Math.min(span.end, start + MAX_EVIDENCE_CHARS - prefix.length);
  let suffix = '';
  if (end < span.end) {
    end = start + MAX_EVIDENCE_CHARS - prefix.length - 1;
    const cut = text.lastIndexOf(' ', end);
    if (cut > start + 20 && WORD_CHAR.test(text[end]!)) end = cut;
    suffix = '…';
  }
  return { text: prefix + text.slice(start, end).trimEnd() + suffix, end };
}

/** The sentence a match falls in; a match in a list marker or the space between sentences goes with the next one. */
function spanIndexAt(spans: Span[], index: number): number {
  return spans.findIndex((s) => s.end > index);
}

/** Capitalised words and acronyms after a sentence's first word, in sentences told in the first person. */
function namedThings(text: string, spans: Span[]): number[] {
  const positions: number[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!FIRST_PERSON.test(sentence)) continue;
    for (const m of sentence.matchAll(/\S+/g)) {
      if (m.index === 0) continue;
      const token = m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '');
      if (!/^(?:[A-Z][\p{L}\p{N}.+#-]*|[A-Z]{2,}\d*)$/u.test(token) || NOT_NAMES.has(token)) continue;
      positions.push(span.start + m.index);
    }
  }
  return positions;
}

export function detectParts(answer: string): DetectedParts {
  const text = typeof answer === 'string' ? answer : '';
  const spans = sentenceSpans(text);
  const result = {} as DetectedParts;
  for (const part of RUBRIC_PARTS) {
    const positions: number[] = [];
    for (const rule of RULES[part]) {
      const found: number[] = [];
      for (const m of text.matchAll(rule.re)) {
        if (!rule.accept || rule.accept(m)) found.push(m.index);
      }
      if (found.length >= (rule.min ?? 1)) positions.push(...found);
    }
    if (part === 'example') positions.push(...namedThings(text, spans));
    positions.sort((a, b) => a - b);
    const evidence: string[] = [];
    // Per sentence, where the last snippet taken from it ends: cues inside it add nothing new.
    const coveredTo = new Map<number, number>();
    for (const pos of positions) {
      if (evidence.length >= MAX_EVIDENCE_PER_PART) break;
      const i = spanIndexAt(spans, pos);
      if (i < 0 || pos < (coveredTo.get(i) ?? -1)) continue;
      const cut = snippet(text, spans[i]!, pos);
      coveredTo.set(i, cut.end);
      evidence.push(cut.text);
    }
    result[part] = { present: evidence.length > 0, evidence };
  }
  return result;
}

/**
 * Which key terms the answer uses: a term (a word or a two-word phrase) counts
 * as used when every one of its stems occurs somewhere in the answer, so
 * "negotiated contracts" covers "contract negotiation". Terms keep their given
 * order and spelling; terms with no words in them are ignored.
 */
export function termCoverage(answer: string, keyTerms: string[]): { used: string[]; missed: string[] } {
  const stems = new Set(words(typeof answer === 'string' ? answer : '').map(stem));
  const used: string[] = [];
  const missed: string[] = [];
  for (const term of keyTerms) {
    const termStems = words(term).map(stem);
    if (termStems.length === 0) continue;
    (termStems.every((s) => stems.has(s)) ? used : missed).push(term);
  }
  return { used, missed };
}
