/**
 * Key terms of each model answer: the words and two-word phrases that are
 * frequent in that answer and rare across the rest of the question bank
 * (TF-IDF). Computed once at build time over every guide, so the browser gets
 * a short list per question instead of the whole bank's statistics.
 *
 * Terms are stemmed so word forms match; the list keeps a readable surface form.
 */
import { stemmer } from 'stemmer';

import type { Question } from './types.ts';
import { words } from './words.ts';

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each either etc even ever every few for from further had has have having
  he her here hers herself him himself his how however i if in into is it its itself just like may me might more most must
  my myself no nor not now of off often on once one only or other our ours ourselves out over own per rather same she
  should so some such than that the their theirs them themselves then there these they this those through to too under
  until up upon us use used using very via was we well were what when where which while who whom why will with within
  without would yet you your yours yourself yourselves e g eg ie i.e. e.g. new make ensure based key also help helps
  helped helping way ways able one two three within across like including include includes
  available capable case cases company companies firm organization organisation business examine examining built build
  quick quickly phase phases context approach example examples outcome outcomes result results resulted practice
  practices pitfall pitfalls avoid avoiding overlooking ignoring failing regularly effectively effective successful
  successfully significant significantly various specific particular overall potential important crucial essential
  key major better best good great strong clear clearly first second third next finally also additionally then thus
  deepen educate encourage ensuring ensured provide provided providing identify identified involve involved involving
  led lead leading work worked working task tasks time times level levels area areas aspect aspects part parts
  need needs needed situation situations issue issues manage managed managing maintain maintaining support supported
  understand understanding improve improved improving increase increased achieve achieved develop developed developing
  conduct conducted implement implemented implementing create created creating set setting use uses`.split(/\s+/),
);

/** Porter stemming (the `stemmer` package), so "negotiated" in an answer matches "negotiation" in the model. */
export function stem(word: string): string {
  return stemmer(word.toLowerCase());
}

interface Candidate {
  /** Stemmed key: one stem, or two joined by a space. */
  key: string;
  surface: string;
}

function candidates(text: string): Candidate[] {
  const tokens = words(text);
  const out: Candidate[] = [];
  let prev: { stem: string; word: string } | null = null;
  for (const word of tokens) {
    const useful = word.length > 2 && !STOP_WORDS.has(word) && !/^\d+$/.test(word);
    if (!useful) {
      prev = null;
      continue;
    }
    const s = stem(word);
    out.push({ key: s, surface: word });
    if (prev) out.push({ key: `${prev.stem} ${s}`, surface: `${prev.word} ${word}` });
    prev = { stem: s, word };
  }
  return out;
}

/** The model answer's text, as the terms are taken from it (not from follow-ups, which ask rather than answer). */
function answerText(q: Question): string {
  return q.sections
    .filter((s) => s.kind !== 'followUps')
    .map((s) => s.markdown)
    .join('\n')
    // Bold lead-in labels ("**Definition:**", "**Real-World Scenario**:") structure the answer; they are not its content.
    .replace(/\*\*[^*\n]{1,60}?:\*\*|\*\*[^*\n]{1,60}?\*\*\s*:/g, ' ');
}

export interface KeyTermOptions {
  /** At most this many terms per question. */
  limit?: number;
}

/**
 * Returns, per question id, its key terms (surface forms, most distinctive
 * first). Questions without a model answer get none.
 */
export function extractKeyTerms(questions: readonly Question[], options: KeyTermOptions = {}): Map<string, string[]> {
  const limit = options.limit ?? 12;
  const perQuestion: { id: string; counts: Map<string, number>; surface: Map<string, string> }[] = [];
  const documentFrequency = new Map<string, number>();
  for (const q of questions) {
    const counts = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const c of candidates(answerText(q))) {
      counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
      if (!surface.has(c.key)) surface.set(c.key, c.surface);
    }
    for (const key of counts.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    perQuestion.push({ id: q.id, counts, surface });
  }
  const n = Math.max(questions.length, 1);
  const result = new Map<string, string[]>();
  for (const { id, counts, surface } of perQuestion) {
    const scored: [string, number][] = [];
    for (const [key, count] of counts) {
      const df = documentFrequency.get(key) ?? 0;
      // Words most answers use ("partner" in a partnerships guide) say nothing about this one.
      if (n >= 3 && df / n > 0.4) continue;
      const isPhrase = key.includes(' ');
      // A phrase must recur to count; a single mention of two adjacent words is usually chance.
      if (isPhrase && count < 2) continue;
      const idf = Math.log((n + 1) / (df + 0.5));
      scored.push([key, (1 + Math.log(count)) * idf * (isPhrase ? 1.3 : 1)]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const chosen: string[] = [];
    const covered = new Set<string>();
    for (const [key] of scored) {
      if (chosen.length >= limit) break;
      const parts = key.split(' ');
      // Skip a word already inside a chosen phrase, and a phrase whose words are both chosen.
      if (parts.length === 1 ? covered.has(key) : parts.every((p) => covered.has(p))) continue;
      chosen.push(surface.get(key)!);
      for (const p of parts) covered.add(p);
    }
    result.set(id, chosen);
  }
  return result;
}
