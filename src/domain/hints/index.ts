/**
 * Hints about an answer the user wrote: which STAR parts it appears to contain
 * (with the phrases that suggest so), which of the model answer's key terms it
 * uses (how long it is: measures.ts). These are suggestions shown beside the rubric and
 * never set a rating or a score. Detection is heuristic, so it can be wrong
 * either way; to keep it checkable, every piece of evidence is a verbatim
 * snippet of the answer (at most 60 characters, "…" marking a cut) showing
 * the user why a part was flagged. All functions accept any string, including
 * empty text, bullet lists and all-lowercase dictation, and never throw.
 *
 * How a part is found, in order of trust:
 * - Explicit labels ("Situation:", "S:", "Task -", "**Result**:", "In the end,")
 *   credit their part when what follows says something the answer has not
 *   said already; a label around filler ("Result: it went well") credits
 *   nothing, and nothing inside it counts. A Situation or Task section speaks
 *   only for the context, a Result section only for the outcome.
 * - Elsewhere, cues with substance: a cue only counts when the words near it
 *   are more than filler ("we had some goals", "it went well", "we worked on
 *   them" are all cue words and no substance). Substance is measured against
 *   word lists of function words and vague words, never against answers.
 *   Stories ("I rang…", "- Mapped the steps") give an approach and an example;
 *   plans and habits ("I'd map…", "I always check…") an approach only; results
 *   need the past tense or a figure that changed, not a target ("to cut costs
 *   by 20%") or a general benefit ("it reduces load").
 * - Words that set the scene ("When I was at…", "As site supervisor…", up to
 *   the next "I" or "we") speak for the context only, so a figure in them
 *   ("sales were 30% behind") is not taken for an outcome.
 * - The closing sentence of a story with no result word in it, told in the
 *   past, counts as its outcome ("He went home on day four.").
 * Measured on hand-labelled answers: `npm run bench:hints`
 * (tests/fixtures/hints/answers.json), and asserted in tests/domain/hints.test.ts.
 */
import { stem } from '@/content/key-terms';
import { words } from '@/content/words';

import { RUBRIC_PARTS, type RubricPart } from '../model';
import type { Ctx, Hit } from './context';
import { closingOutcome, cueHits } from './cues';
import { findSections } from './labels';
import { clauseSpans, indexAt, sentenceSpans, type Span, tokenize } from './text';
import { isSubstantive } from './words';

export const MAX_EVIDENCE_CHARS = 60;
/** Snippets kept per part: enough to convince, few enough to read at a glance. */
export const MAX_EVIDENCE_PER_PART = 3;

export type DetectedParts = Record<RubricPart, { present: boolean; evidence: string[] }>;

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

/** Which parts a labelled section lets its own cues speak for. */
const SPEAKS_FOR: Record<RubricPart, RubricPart[]> = {
  context: ['context'],
  approach: ['approach', 'example', 'outcome'],
  example: [...RUBRIC_PARTS],
  outcome: ['outcome'],
};

export function detectParts(answer: string): DetectedParts {
  const text = typeof answer === 'string' ? answer : '';
  const spans = sentenceSpans(text);
  const tokens = tokenize(text, spans);
  const sections = findSections(text, spans);
  const starts = new Set(sections.map((s) => indexAt(tokens, s.contentStart)).filter((k) => k >= 0));
  const ctx: Ctx = { text, spans, clauses: clauseSpans(text, spans), tokens, starts };

  // A label credits its part when its section says something new; a label around filler silences its section.
  const hits: Hit[] = [];
  const silenced: Span[] = [];
  const seen = new Set<string>();
  for (const section of sections) {
    const stems = tokens
      .filter((t) => t.start >= section.contentStart && t.end <= section.end && isSubstantive(t.raw))
      .map((t) => stem(t.w));
    const fresh = new Set(stems.filter((s) => !seen.has(s)));
    for (const s of stems) seen.add(s);
    if (!section.part) continue;
    // Something new to say: two words of substance, one of them not said before (an action two not said before).
    if (stems.length < 2 || fresh.size < (section.part === 'approach' ? 2 : 1)) {
      silenced.push({ start: section.labelStart, end: section.end });
      continue;
    }
    // The evidence is the label's own line, or its first line of content when the label stands alone.
    const i = indexAt(spans, section.labelStart);
    const own = spans[i];
    const index =
      own && own.end <= section.contentStart + 1 ? (spans[i + 1]?.start ?? section.labelStart) : section.labelStart;
    hits.push({ part: section.part, index });
  }

  const cues = cueHits(ctx);
  // Words that set the scene speak only for the context.
  const scenes = cues.filter((h) => h.part === 'context');
  for (const hit of cues) {
    if (silenced.some((s) => hit.index >= s.start && hit.index < s.end)) continue;
    const section = sections.findLast((s) => s.labelStart <= hit.index && hit.index < s.end);
    if (section?.part && !SPEAKS_FOR[section.part].includes(hit.part)) continue;
    if (hit.part !== 'context' && scenes.some((c) => hit.index >= c.index && hit.index < (c.end ?? c.index))) continue;
    hits.push(hit);
  }
  const closing = closingOutcome(ctx, sections, hits);
  if (closing !== null) hits.push({ part: 'outcome', index: closing });

  const result = {} as DetectedParts;
  for (const part of RUBRIC_PARTS) {
    const positions = [...new Set(hits.filter((h) => h.part === part).map((h) => h.index))].sort((a, b) => a - b);
    const evidence: string[] = [];
    // Per sentence, where the last snippet taken from it ends: cues inside it add nothing new.
    const coveredTo = new Map<number, number>();
    for (const pos of positions) {
      if (evidence.length >= MAX_EVIDENCE_PER_PART) break;
      const i = indexAt(spans, pos);
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
