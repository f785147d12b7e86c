/**
 * Delivery from the transcript: fillers, hedges and repeated words, where they are (for highlighting)
 * and how often (per minute of speaking time).
 *
 * A false alarm is worse than a miss: telling someone they said "like" as a filler when they said
 * "I would like to" teaches them to distrust every figure. So the ambiguous terms count only in
 * positions where they can hardly be anything else, judged by the word before and the punctuation
 * around them; when in doubt, a term is not counted.
 *
 * Fillers:
 * - "um", "uh", "erm", "er" (and drawn-out spellings: "umm", "uhh", "errm"): always; "ER" in capitals
 *   is the emergency room, not a sound.
 * - "basically": always (it carries no meaning in a spoken answer).
 * - "you know", "I mean": only as an aside, set off on both sides: after a clause boundary or a
 *   linking word ("and", "so", "but", another filler), and before punctuation or another filler.
 *   "Do you know", "as you know", "what I mean is", "I mean it" are not counted.
 * - "kind of" (and "kinda"): only after a subject, a form of "be", an adverb or a clause boundary
 *   ("it was kind of hard", "we kind of"); never after a determiner or question word ("what kind of",
 *   "a kind of", "the kind of", "this kind of"), where it is the noun "kind". The "like" of "kind of
 *   like" is then a preposition and not counted unless set off by commas.
 * - "like": only where it is set off by punctuation or sits between other fillers: ", like,",
 *   "Like, ...", "was like, um", "and like, you know". Never after a subject, "would", "to", "just",
 *   "something", "looks" and the like (the verb or the preposition), never before a plain word
 *   ("like a", "like the"), and never in "what it's like".
 *
 * Hedges, a short list on purpose: "I think maybe", "I guess", "I suppose", "sort of" (and "sorta",
 * counted like "kind of"). Plain "maybe", "probably" and "I think" are left out: in an answer they
 * usually carry real uncertainty (an estimate, a trade-off) and are frequent in good answers, so
 * counting them would flag honest, precise answers. "I think maybe" is the double hedge that adds nothing.
 *
 * Repeated words: a word said twice in a row ("the the", "I, I"), across commas but not across the
 * end of a sentence, except the doubles English uses on purpose ("had had", "that that", "is is",
 * "do do", "very very", "really really", "no no", "bye bye") and numbers. A run of three counts twice.
 */
import { wordCount } from '../measures';
import type { DeliverySpan, TermCount, TranscriptFigures } from './types';

interface Token {
  /** Lower-cased, curly apostrophes made straight. */
  word: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
  /** What separates this token from the one before: nothing, a comma-like pause, or a sentence end. */
  before: Gap;
}

/** 'none': spaces only; 'soft': comma, dash, colon, semicolon, ellipsis, bracket; 'hard': . ! ? or a new line, or the text's edge. */
type Gap = 'none' | 'soft' | 'hard';

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’](?=[\p{L}]))*/gu;

function gapOf(between: string): Gap {
  if (/\.\.\.|…/.test(between)) return 'soft';
  if (/[.!?\n]/.test(between)) return 'hard';
  if (/[,;:()[\]—–]|\s-\s|--/.test(between)) return 'soft';
  return 'none';
}

function tokenize(text: string): { tokens: Token[]; after: Gap[] } {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({
      word: match[0].toLowerCase().replace(/’/g, "'"),
      raw: match[0],
      start,
      end: start + match[0].length,
      before: tokens.length === 0 ? 'hard' : gapOf(text.slice(last, start)),
    });
    last = start + match[0].length;
  }
  // after[i]: what follows token i (the next token's gap, or the text's end).
  const after = tokens.map((_, i) => tokens[i + 1]?.before ?? 'hard');
  return { tokens, after };
}

/** A vocal filler's usual spelling, or null. */
function vocalFiller(token: Token | undefined): string | null {
  if (!token) return null;
  const w = token.word;
  if (/^u+h*m+$/.test(w)) return 'um';
  if (/^u+h+$/.test(w)) return 'uh';
  if (/^e+r+m+$/.test(w)) return 'erm';
  if (/^e+r+$/.test(w) && token.raw !== 'ER') return 'er';
  return null;
}

/** Words after which an aside ("you know", "I mean", "like") can start without a comma. */
const LINKING = new Set(['and', 'but', 'so', 'or', 'because', 'cause', 'then', 'um', 'uh', 'er', 'erm', 'basically']);

/** Words after which "kind of" / "sort of" is the hedge, not the noun: subjects, "be", adverbs, links. */
const BEFORE_KIND_OF = new Set([
  ...LINKING,
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  "it's",
  "that's",
  "there's",
  "i'm",
  "we're",
  "you're",
  "they're",
  "he's",
  "she's",
  'was',
  'is',
  'were',
  'are',
  'am',
  'be',
  'been',
  'being',
  'just',
  'really',
  'also',
  'all',
  'actually',
  'still',
  'like',
]);

/** Forms of "be" after which "like," is the quotative or filler "like" ("I was like, um"). */
const BE_FORMS = new Set([
  'was',
  'is',
  'were',
  'are',
  'am',
  "it's",
  "that's",
  "i'm",
  "he's",
  "she's",
  "we're",
  "they're",
]);

/** Doubles English uses on purpose. */
const LEGIT_DOUBLES = new Set(['had', 'that', 'is', 'do', 'very', 'really', 'no', 'bye', 'ha', 'blah', 'so']);

const HEDGE_PHRASES: { words: string[]; term: string }[] = [
  { words: ['i', 'think', 'maybe'], term: 'I think maybe' },
  { words: ['i', 'guess'], term: 'I guess' },
  { words: ['i', 'suppose'], term: 'I suppose' },
];

class Finder {
  readonly spans: DeliverySpan[] = [];
  private readonly taken = new Set<number>();

  constructor(
    private readonly tokens: Token[],
    private readonly after: Gap[],
  ) {}

  word(i: number): string | undefined {
    return this.tokens[i]?.word;
  }

  /** Whether the words from i read `words`, with nothing but spaces between them. */
  reads(i: number, words: string[]): boolean {
    return words.every((w, k) => this.word(i + k) === w && (k === 0 || this.tokens[i + k]?.before === 'none'));
  }

  /** Marks tokens from..to (inclusive) as one span, unless one of them is already marked. */
  mark(from: number, to: number, kind: DeliverySpan['kind'], term: string): boolean {
    for (let k = from; k <= to; k++) if (this.taken.has(k)) return false;
    for (let k = from; k <= to; k++) this.taken.add(k);
    const first = this.tokens[from] as Token;
    const last = this.tokens[to] as Token;
    this.spans.push({ start: first.start, end: last.end, kind, term });
    return true;
  }

  /** An aside starts here: at a clause boundary or after a linking word or filler. */
  opensAside(i: number): boolean {
    const token = this.tokens[i] as Token;
    return token.before !== 'none' || LINKING.has(this.word(i - 1) ?? '');
  }

  /** An aside ends after token i: punctuation, the end, or another filler follows. */
  closesAside(i: number): boolean {
    return this.after[i] !== 'none' || vocalFiller(this.tokens[i + 1]) !== null;
  }

  /** "kind of" / "sort of" as the hedge: at a clause boundary or after a subject, "be" or an adverb. */
  hedgeOf(i: number): boolean {
    const token = this.tokens[i] as Token;
    return token.before !== 'none' || BEFORE_KIND_OF.has(this.word(i - 1) ?? '');
  }

  /** "like" as a filler (see the header). */
  fillerLike(i: number): boolean {
    const before = this.tokens[i]?.before;
    const previous = this.word(i - 1) ?? '';
    // "what it's like, …", "what it was like, …": the preposition, whatever the commas say.
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (this.word(k) === 'what' || this.word(k) === 'how') return false;
      if (this.tokens[k]?.before !== 'none') break;
    }
    const opens = before !== 'none' || LINKING.has(previous) || BE_FORMS.has(previous);
    if (!opens) return false;
    // Set off by a comma-like pause, not a full stop ("That's what it's like." is a sentence).
    const next = this.tokens[i + 1];
    if (this.after[i] === 'soft') return true;
    if (vocalFiller(next) !== null) return true;
    // "and like you know, …": only when that "you know" is itself an aside.
    return this.reads(i + 1, ['you', 'know']) && this.closesAside(i + 2);
  }
}

/** The spans, and how many repeated words they hold ("the the the" is one span, two repeats). */
function analyse(text: string): { spans: DeliverySpan[]; repeatCount: number } {
  if (typeof text !== 'string' || text.trim() === '') return { spans: [], repeatCount: 0 };
  const { tokens, after } = tokenize(text);
  const find = new Finder(tokens, after);

  // Multi-word terms first, so "you know" is claimed before its parts are looked at.
  for (let i = 0; i < tokens.length; i++) {
    if (find.reads(i, ['you', 'know']) && find.opensAside(i) && find.closesAside(i + 1))
      find.mark(i, i + 1, 'filler', 'you know');
    else if (find.reads(i, ['i', 'mean']) && find.opensAside(i) && find.closesAside(i + 1))
      find.mark(i, i + 1, 'filler', 'I mean');
    else if (find.reads(i, ['kind', 'of']) && find.hedgeOf(i)) find.mark(i, i + 1, 'filler', 'kind of');
    else if (find.word(i) === 'kinda' && find.hedgeOf(i)) find.mark(i, i, 'filler', 'kind of');
    else if (find.reads(i, ['sort', 'of']) && find.hedgeOf(i)) find.mark(i, i + 1, 'hedge', 'sort of');
    else if (find.word(i) === 'sorta' && find.hedgeOf(i)) find.mark(i, i, 'hedge', 'sort of');
    else {
      const hedge = HEDGE_PHRASES.find((h) => find.reads(i, h.words));
      if (hedge) find.mark(i, i + hedge.words.length - 1, 'hedge', hedge.term);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const vocal = vocalFiller(tokens[i]);
    if (vocal) find.mark(i, i, 'filler', vocal);
    else if (find.word(i) === 'basically') find.mark(i, i, 'filler', 'basically');
    else if (find.word(i) === 'like' && find.fillerLike(i)) find.mark(i, i, 'filler', 'like');
  }
  // Repeats last: a filler said twice ("um um") is two fillers, not a repeat.
  let repeatCount = 0;
  for (let i = 1; i < tokens.length; i++) {
    const word = (tokens[i] as Token).word;
    if (word !== find.word(i - 1) || tokens[i]?.before === 'hard') continue;
    if (LEGIT_DOUBLES.has(word) || /^\p{N}/u.test(word)) continue;
    // The whole run ("the the the") is one span.
    let end = i;
    while (find.word(end + 1) === word && tokens[end + 1]?.before !== 'hard') end++;
    if (find.mark(i - 1, end, 'repeat', word)) repeatCount += end - i + 1;
    i = end;
  }
  return { spans: find.spans.sort((a, b) => a.start - b.start), repeatCount };
}

/** Every filler, hedge and repeat in the text, in order, none overlapping (for highlighting). */
export function deliverySpans(text: string): DeliverySpan[] {
  return analyse(text).spans;
}

function counts(spans: DeliverySpan[], kind: DeliverySpan['kind']): TermCount[] {
  const byTerm = new Map<string, number>();
  for (const span of spans) if (span.kind === kind) byTerm.set(span.term, (byTerm.get(span.term) ?? 0) + 1);
  return [...byTerm]
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/** Words, pace, fillers, hedges and repeats of a transcript spoken over `speakingMs`. */
export function transcriptFigures(text: string, speakingMs: number): TranscriptFigures {
  const words = wordCount(text);
  const { spans, repeatCount } = analyse(text);
  const fillers = counts(spans, 'filler');
  const hedges = counts(spans, 'hedge');
  const fillerCount = fillers.reduce((sum, t) => sum + t.count, 0);
  const minutes = Number.isFinite(speakingMs) && speakingMs > 0 ? speakingMs / 60000 : 0;
  return {
    words,
    wpm: minutes > 0 && words > 0 ? Math.round(words / minutes) : null,
    fillerCount,
    fillersPerMin: minutes > 0 ? Math.round((fillerCount / minutes) * 10) / 10 : null,
    fillers,
    hedgeCount: hedges.reduce((sum, t) => sum + t.count, 0),
    hedges,
    repeatCount,
  };
}
