/**
 * What the question bank says about each word and phrase of the model
 * answers (extract-key-terms.ts): the answers read into runs of words, and
 * counts of uses, answers, guides and verb uses across the bank.
 */
import { guideSlugOfQuestion } from './ids.ts';
import { GRAMMAR_WORDS, isBasic, stemOf } from './key-term-lexicon.ts';
import type { Question } from './types.ts';
import { words } from './words.ts';

/** Words after which a word is a verb ("we use", "will handle"). */
const BEFORE_VERB = new Set('will would can could should must might may i we they you'.split(' '));
/** After "to", a word is a verb unless its ending makes it a noun or an adjective ("lead to stagnation"). */
const NOT_VERB_ENDING =
  /(?:s|ing|ed|tion|sion|ity|ment|ness|ance|ence|al|able|ible|ous|ive|ic|er|or|ist|ism|ure|ship|cy|ry|ty|um|ia|ics|ogy)$/;
/** Words after which a word is a verb taking an object ("use the", "implement a"). */
const OBJECT_START = new Set('the a an our my their your its his them it us me these those'.split(' '));

const MAX_PHRASE = 4;

export interface Token {
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
export type Occurrence = Token[];

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
export class Bank {
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

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
