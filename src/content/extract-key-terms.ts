/**
 * Key terms of each model answer: the domain's words and multi-word terms
 * that are frequent in that answer and rare across the rest of the question
 * bank (TF-IDF). Computed once at build time over every guide, so the browser
 * gets a short list per question instead of the bank's statistics.
 *
 * Pure, given a word list (`provideLexicon` in key-term-lexicon.ts): the
 * build provides SUBTLEX-US (src/content-loader/extract-key-terms.ts), the
 * guide-import worker its compact form (same terms), since the 3.6 MB list
 * must never reach the browser. The app itself needs only `stem`
 * (src/content/key-terms.ts), with which `termCoverage` matches these terms.
 *
 * What it guarantees:
 * - Everyday English is never a key term by itself. A word counts only when
 *   its word family (the words sharing its Porter stem, so "matched" goes
 *   with "match") is not among the EVERYDAY_FAMILIES most frequent families
 *   of spoken English. Words the list lacks (jargon, product names) and
 *   acronyms the guide writes in capitals ("AI") count as rare; a hyphenated
 *   word is as rare as its rarest part.
 * - Film dialogue under-counts written English, so beyond that rule (best
 *   effort, from how the guides use a word): no verbs ("to hinder the"), no
 *   adverbs ("seamlessly"), no adjectives that only ever describe the next
 *   word ("underlying issues"), and a short list of office words
 *   (NOT_DOMAIN_WORDS).
 * - Multi-word terms are kept whole ("Sharpe Ratio", "joint go-to-market"):
 *   two to four words that never cross punctuation or a grammar word, which
 *   the guides use together (or that are a capitalised name), and which do
 *   not start with a verb or an adverb. A word that mostly occurs inside such
 *   a term is listed only as the term.
 * - Hyphenated words stay one word ("go-to-market").
 * - Every term splits, with `words`, into the words it was found as, so
 *   `termCoverage` (src/domain/hints/index.ts) matches it stem by stem.
 * - Names and acronyms keep the guides' casing; other words are lower case.
 * - The same bank gives the same terms in the same order.
 */
import { Bank, cmp, type Occurrence, type Token } from './key-term-bank.ts';
import { familyRank, isAdverb, isEveryday } from './key-term-lexicon.ts';
import type { Question } from './types.ts';

export { EVERYDAY_FAMILIES } from './key-term-lexicon.ts';

/** Endings of adjectives ("underlying", "seamless", "holistic"); "-ment" words are nouns. */
const ADJECTIVE_ENDING = /(?:al|ous|ive|ic|ent|ant|ed|ful|less|able|ible|ary|ory|ing|ish|some|[^e]ar)$/;

/** Whether a (non-hyphenated) word has an adjective's ending. */
function looksAdjective(word: string): boolean {
  return !word.includes('-') && ADJECTIVE_ENDING.test(word) && !/ment$/.test(word);
}

/** A word seen as a verb at least this share of its uses leads no term ("use broadcast variables"), */
const VERB_LEAD_SHARE = 0.1;
/** and at least this share, is no term by itself ("hinder", "exacerbate"; "-ing" forms are often names of things). */
const VERB_SHARE = 0.5;

/** A phrase is a term when the guides use its rarest word at least this share of the time inside it. */
const COHESION = 0.5;
/** A term in more than this share of the guides is office English, not a domain's (on banks of 10 guides or more). */
const MAX_GUIDE_SHARE = 0.5;
const MIN_GUIDES_FOR_SPREAD = 10;

export interface KeyTermOptions {
  /** At most this many terms per question. */
  limit?: number;
}

interface Candidate {
  key: string;
  stems: string[];
  score: number;
}

/**
 * Returns, per question id, its key terms (as written, most distinctive
 * first). Questions without a model answer get none.
 */
export function extractKeyTerms(questions: readonly Question[], options: KeyTermOptions = {}): Map<string, string[]> {
  const limit = options.limit ?? 12;
  const bank = new Bank(questions);
  const n = Math.max(questions.length, 1);
  const chosenKeys: { id: string; found: Map<string, Occurrence[]>; keys: string[] }[] = [];
  for (const { id, found } of bank.answers) {
    const memo = new Map<string, boolean>();
    // Longer phrases by their opening words, to tell whether some term starts with given words (built when first asked).
    let byOpening: Map<string, string[]> | undefined;
    const startsTerm = (opening: string): boolean => {
      if (!byOpening) {
        byOpening = new Map();
        for (const key of found.keys()) {
          const stems = key.split(' ');
          for (let k = 1; k < stems.length; k++) {
            const start = stems.slice(0, k).join(' ');
            const list = byOpening.get(start);
            if (list) list.push(key);
            else byOpening.set(start, [key]);
          }
        }
      }
      return (byOpening.get(opening) ?? []).some(isTerm);
    };
    const isTerm = (key: string): boolean => {
      const occurrences = found.get(key);
      // Not recorded: made of the most common words only.
      if (!occurrences) return false;
      let known = memo.get(key);
      if (known === undefined) {
        // Judging a phrase looks at shorter and overlapping ones; a phrase under judgement counts as no term.
        memo.set(key, false);
        known = judge(key, occurrences, bank, isTerm, startsTerm);
        memo.set(key, known);
      }
      return known;
    };

    const candidates = new Map<string, Candidate>();
    for (const [key, occurrences] of found) {
      const df = bank.answersWithKey(key);
      // Words most answers use ("partner" in a partnerships guide) say nothing about this one,
      if (n >= 3 && df / n > 0.4) continue;
      // nor do words most guides use, whatever the job: a domain's words stay in few guides.
      if (bank.guides >= MIN_GUIDES_FOR_SPREAD && bank.guideShare(key) > MAX_GUIDE_SHARE) continue;
      if (!isTerm(key)) continue;
      const stems = key.split(' ');
      const idf = Math.log((n + 1) / (df + 0.5));
      const score = (1 + Math.log(occurrences.length)) * idf * (stems.length > 1 ? 1.3 : 1);
      candidates.set(key, { key, stems, score });
    }

    // A term used mostly inside a longer one ("Sharpe" in "Sharpe Ratio") is listed as the longer one, in its place.
    const longestFirst = [...candidates.values()].sort((a, b) => b.stems.length - a.stems.length || cmp(a.key, b.key));
    const absorbed = new Set<string>();
    for (const outer of longestFirst) {
      for (const inner of longestFirst) {
        if (inner.stems.length >= outer.stems.length || !containsRun(outer.stems, inner.stems)) continue;
        if (found.get(outer.key)!.length >= COHESION * found.get(inner.key)!.length) {
          outer.score = Math.max(outer.score, inner.score);
          absorbed.add(inner.key);
        }
      }
    }
    const ranked = [...candidates.values()]
      .filter((c) => !absorbed.has(c.key))
      .sort((a, b) => b.score - a.score || cmp(a.key, b.key));
    const chosen: Candidate[] = [];
    for (const c of ranked) {
      if (chosen.length >= limit) break;
      // One term per idea: not a term inside one already listed, nor one around it.
      if (chosen.some((d) => containsRun(d.stems, c.stems) || containsRun(c.stems, d.stems))) continue;
      chosen.push(c);
    }
    chosenKeys.push({ id, found, keys: chosen.map((c) => c.key) });
  }
  bank.learnForms(new Set(chosenKeys.flatMap((c) => c.keys)));
  return new Map(chosenKeys.map(({ id, found, keys }) => [id, keys.map((key) => bank.display(key, found.get(key)!))]));
}

/** Whether a word or phrase found in an answer is a term (before weighing it against the bank). */
function judge(
  key: string,
  occurrences: Occurrence[],
  bank: Bank,
  isTerm: (key: string) => boolean,
  /** Whether a term of this answer starts with these stems ("premature" starts "premature optimization"). */
  startsTerm: (opening: string) => boolean,
): boolean {
  const tokens = occurrences[0]!;
  if (tokens.length === 1) {
    // A word of the list that the guides use as a verb says what one does, not what the domain is
    // ("hinder"); jargon is spared ("set to nullptr"), and so are "-ing" forms, often names of things ("caching").
    const isVerb = (t: Token) =>
      !/ing$/.test(t.word) && familyRank(t.word) < Infinity && bank.verbShare(t, true) >= VERB_SHARE;
    // Nor is an adjective of the list that only ever describes the next word ("underlying issues").
    if (familyRank(tokens[0]!.word) < Infinity && looksAdjective(tokens[0]!.word) && bank.onlyModifier(key)) {
      return false;
    }
    return occurrences.some(([t]) => !isEveryday(t!.word, t!.form) && !isVerb(t!));
  }
  const everyday = tokens.map((t) => isEveryday(t.word, t.form));
  const [first, ...rest] = tokens;
  const last = tokens.at(-1)!;
  // A verb or an adverb in front ("use broadcast variables", "regularly read") is not part of the term,
  if (Math.max(bank.verbShare(first!), bank.familyVerbShare(first!)) >= VERB_LEAD_SHARE || isAdverb(first!.word)) {
    return false;
  }
  // nor an everyday word before a term that the guides mostly use elsewhere ("avoid premature optimization")
  // or only at the start of a sentence, as an instruction ("Attend industry conferences"),
  const uses = bank.usesOf(key);
  if (everyday[0] && (uses < COHESION * bank.usesOf(first!.stem) || bank.onlyInitial(key))) {
    const restKey = rest.map((t) => t.stem).join(' ');
    if (isTerm(restKey) || startsTerm(restKey)) return false;
  }
  // nor a participle at the end ("decisions based"); and a term ends where the thing it names does,
  // not on a word that only ever describes the next ("maintain regular" communication).
  if (everyday.at(-1) && /ed$/.test(last.word)) return false;
  if (looksAdjective(last.word) && bank.onlyModifier(key)) return false;
  // A name in capitals ("Bloomberg Terminal") is whole even when it appears once.
  const isName = (o: Occurrence) => !o[0]!.initial && o.every((t) => /^\p{Lu}/u.test(t.form));
  if (occurrences.some(isName) && everyday.some((e) => !e)) return true;
  // Otherwise the guides must use it more than once, and its rarest word mostly inside it.
  const rarest = Math.min(...tokens.map((t) => bank.usesOf(t.stem)));
  return uses >= 2 && uses >= COHESION * rarest;
}

function containsRun(outer: string[], inner: string[]): boolean {
  if (inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((s, j) => outer[i + j] === s)) return true;
  }
  return false;
}
