/** Cues with substance (index.ts): labels aside, which words in an answer suggest each STAR part. */
import type { RubricPart } from '../model';
import {
  ADVERBS,
  type Ctx,
  type Hit,
  narrative,
  notYet,
  storyTold,
  SUBJECTS,
  substance,
  substanceAfter,
  tokenAt,
} from './context';
import type { Section } from './labels';
import {
  APPROACH_PHRASES,
  CHANGE_VERBS,
  CONTEXT_RULES,
  DATE_RE,
  EXAMPLE_PHRASES,
  FIGURE_AHEAD,
  OUTCOME_RULES,
  STORY_CONTEXT_RULES,
} from './rules';
import { allMatches, indexAt, type Token } from './text';
import { ACTION_VERBS, FUNCTION_WORDS, isPastTense, SAME_IN_PRESENT, SCENE_VERBS, VAGUE_VERBS, wordSet } from './words';

/** After a modal, a word that can be the verb of a plan: not a function word, an adverb or "not". */
function plausibleVerb(word: string): boolean {
  return (
    !FUNCTION_WORDS.has(word) &&
    !VAGUE_VERBS.has(word) &&
    !/ly$/.test(word) &&
    !/^\d/.test(word) &&
    !["n't", 'never'].includes(word)
  );
}

/** Words that open a verb's object or complement ("found a query", "moved two people", "deleted or retuned about half"). */
const OBJECT_START = wordSet(`
  the a an his her their our my its it them him us me this that these those every each all some any both up out down
  back off over to with for on in into at about by from through across around or and two three four five six seven
  eight nine ten twenty half several`);

const LIGHT_VERBS = wordSet('make made take took get got put set give gave do did');
const MODALS = wordSet("would will could can should might must 'd 'll");

/**
 * Actions with their subject: "I rang…", "we added…" (a story: approach and
 * example), "I'd map…", "I always check…" (a plan or habit: approach), and
 * list items or sentences that start with a verb ("- Mapped the steps", "- Pair
 * them with a buddy").
 */
function actionHits(ctx: Ctx, hits: Hit[]): void {
  const { tokens } = ctx;
  const imperatives: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let mode: 'story' | 'plan' | null = null;
    /** After "would", "I'd", "will": any verb that is not vague; a habit ("I write…") needs a known action verb. */
    let modal = false;
    let verb: Token | undefined;
    let j = k + 1;
    const skipAdverbs = () => {
      while (j < tokens.length && tokens[j]!.s === t.s && ADVERBS.has(tokens[j]!.w)) j++;
    };
    const prev = tokens[k - 1];
    const startsLine = !prev || prev.s !== t.s || ctx.starts.has(k);
    // "…and deleted half the alerts": a verb that shares the subject of the one before, with its object
    // after it (not "and failed deployments dropped", where the word describes the subject).
    const after = tokens[k + 1];
    const joined =
      !!prev &&
      prev.s === t.s &&
      ['and', 'then', 'or', 'so'].includes(prev.w) &&
      !!after &&
      after.s === t.s &&
      (OBJECT_START.has(after.w) || /^\d/.test(after.w));
    if (t.w === 'i' || t.w === 'we') {
      skipAdverbs();
      let next = tokens[j];
      if (!next || next.s !== t.s) continue;
      if (MODALS.has(next.w) || next.w === 'am' || next.w === "i'm") {
        j++;
        if (tokens[j]?.w === 'going' && tokens[j + 1]?.w === 'to') j += 2;
        mode = 'plan';
        modal = true;
      } else if (isPastTense(next.w)) mode = 'story';
      else if (!VAGUE_VERBS.has(next.w) && !["don't", "didn't", 'never', 'not'].includes(next.w)) mode = 'plan';
      skipAdverbs();
      // "I decided to automate it": the decision is the story, the verb after it the action.
      let decided = false;
      for (const lead of ['try', 'tried', 'like', 'prefer', 'tend', 'decided', 'chose', 'aim']) {
        if (tokens[j]?.w === lead && tokens[j + 1]?.w === 'to') {
          decided = lead === 'decided' || lead === 'chose';
          if (decided) mode = 'story';
          j += 2;
          skipAdverbs();
        }
      }
      next = tokens[j];
      verb = next && next.s === t.s ? next : undefined;
      const base = mode === 'plan' || decided;
      if (verb && base && !modal && !ACTION_VERBS.has(verb.w) && !/^\w+(?:ise|ize)$/.test(verb.w)) verb = undefined;
      if (verb && modal && !plausibleVerb(verb.w)) verb = undefined;
      if (verb && !base && !isPastTense(verb.w)) verb = undefined;
    } else if (["i'd", "we'd", "i'll", "we'll", "i'm", "we're"].includes(t.w)) {
      if (t.w === "i'm" || t.w === "we're") {
        if (tokens[j]?.w !== 'going' || tokens[j + 1]?.w !== 'to') continue;
        j += 2;
      }
      skipAdverbs();
      mode = 'plan';
      verb = tokens[j]?.s === t.s ? tokens[j] : undefined;
      if (verb && !plausibleVerb(verb.w)) verb = undefined;
    } else if ((startsLine || joined) && /^[A-Za-z]/.test(t.raw)) {
      // A fragment that starts with a verb: "- Mapped the approval chain", "Add read replicas".
      if (isPastTense(t.w) && !SAME_IN_PRESENT.has(t.w) && !/^[A-Z]{2}/.test(t.raw)) {
        mode = 'story';
        verb = t;
        j = k;
      } else if (startsLine && ACTION_VERBS.has(t.w)) {
        const head = tokens
          .slice(k + 1, k + 4)
          .filter((x) => x.s === t.s)
          .map((x) => x.w);
        if (!head.some((w) => ['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will'].includes(w)))
          imperatives.push(k);
        continue;
      } else continue;
    } else continue;
    if (!mode || !verb || VAGUE_VERBS.has(verb.w) || SCENE_VERBS.has(verb.w)) continue;
    // "made sure", "took charge", "give 100%": light verbs need a real object, and a figure is not one.
    const light = LIGHT_VERBS.has(verb.w);
    if (substance(ctx, verb.end, 8, 0, !light) < (light ? 2 : 1)) continue;
    // "We increased sales by 20%" reports a result, not what was done.
    if (CHANGE_VERBS.has(verb.w) && FIGURE_AHEAD.test(ctx.text.slice(verb.end, verb.end + 60))) continue;
    const at = t.start;
    hits.push({ part: 'approach', index: at });
    if (mode === 'story' && substanceAfter(ctx, verb.start, 10) >= 2) hits.push({ part: 'example', index: at });
  }
  // Imperatives only make a plan as a list of steps.
  const steps = imperatives.filter((k) => substanceAfter(ctx, tokens[k]!.end, 6) >= 1);
  if (steps.length >= 2) for (const k of steps) hits.push({ part: 'approach', index: tokens[k]!.start });
}

function regexHits(
  ctx: Ctx,
  part: RubricPart,
  re: RegExp,
  need: number,
  hits: Hit[],
  guard?: (index: number) => boolean,
): void {
  for (const m of allMatches(re, ctx.text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const index = m.index + lead;
    if (guard && !guard(index)) continue;
    if (need > 0 && substanceAfter(ctx, index, 12) < need) continue;
    hits.push({ part, index });
  }
}

export function cueHits(ctx: Ctx): Hit[] {
  const hits: Hit[] = [];
  const hypothetical = (index: number) => {
    const s = ctx.spans[indexAt(ctx.spans, index)];
    return !!s && /^\s*(?:if|what\s+if|suppose|imagine)\b/i.test(ctx.text.slice(s.start, index));
  };
  const scene = (re: RegExp, story: boolean) => {
    for (const m of allMatches(re, ctx.text)) {
      const index = m.index + m[0].length - m[0].trimStart().length;
      if (hypothetical(index) || (story && !narrative(ctx, index))) continue;
      if (substance(ctx, index, 12, 8) < 2) continue;
      // The scene runs to the end of its clause, at most ten words on, and not into the next "I" or "we".
      const first = tokenAt(ctx, index);
      const clause = ctx.clauses[indexAt(ctx.clauses, index)];
      let end = Math.min(clause?.end ?? index, ctx.tokens[Math.min(first + 10, ctx.tokens.length - 1)]?.end ?? index);
      const matchEnd = m.index + m[0].length;
      const subject = ctx.tokens.find((t) => t.start >= matchEnd && t.start < end && SUBJECTS.has(t.w));
      if (subject) end = subject.start;
      hits.push({ part: 'context', index, end });
    }
  };
  for (const re of STORY_CONTEXT_RULES) scene(re, true);
  for (const re of CONTEXT_RULES) scene(re, false);
  for (const re of APPROACH_PHRASES) regexHits(ctx, 'approach', re, 2, hits);
  // Numbered steps, as before: two or more.
  const numbered = allMatches(/^[ \t]*(?:\d+[.)]|step\s+\d+:?)[ \t]+\S/gim, ctx.text);
  if (numbered.length >= 2) for (const m of numbered) hits.push({ part: 'approach', index: m.index });
  actionHits(ctx, hits);
  // "I cut shrinkage by 40% by moving razors behind the counter": the how, after the result.
  for (const m of allMatches(
    /\bby\s+(?!being\b|doing\b|working\b|trying\b|having\b|getting\b|going\b)\w+ing\b/gi,
    ctx.text,
  )) {
    const s = ctx.spans[indexAt(ctx.spans, m.index)];
    if (!s || !/\b(?:I|we)\b/i.test(ctx.text.slice(s.start, m.index)) || substanceAfter(ctx, m.index, 8) < 2) continue;
    hits.push({ part: 'approach', index: m.index });
    if (storyTold(ctx, m.index)) hits.push({ part: 'example', index: m.index });
  }
  regexHits(ctx, 'example', EXAMPLE_PHRASES, 2, hits);
  for (const m of allMatches(DATE_RE, ctx.text)) {
    const s = ctx.spans[indexAt(ctx.spans, m.index)];
    const sentence = s ? ctx.text.slice(s.start, s.end) : '';
    if (sentence.split(/\s+/).some((w) => isPastTense(w.replace(/[^\p{L}]/gu, ''))))
      hits.push({ part: 'example', index: m.index });
  }
  for (const { re, need, story } of OUTCOME_RULES) {
    regexHits(
      ctx,
      'outcome',
      re,
      need,
      hits,
      (i) => !hypothetical(i) && (!story || narrative(ctx, i)) && !notYet(ctx, i),
    );
  }
  return hits;
}

/**
 * A story's last sentence usually says how it ended, even without a result
 * word ("He went home on day four with normal bloodwork."): in an unlabelled
 * answer of three or more sentences that told of what was done earlier, a closing
 * sentence told in the past, with substance, that neither sets the scene nor
 * starts with another action of the speaker's counts as the outcome.
 */
export function closingOutcome(ctx: Ctx, sections: Section[], hits: Hit[]): number | null {
  const { spans, tokens } = ctx;
  if (spans.length < 3 || sections.some((s) => s.part) || hits.some((h) => h.part === 'outcome')) return null;
  const last = spans[spans.length - 1]!;
  if (!hits.some((h) => h.part === 'example' && h.index < last.start)) return null;
  if (hits.some((h) => h.part === 'context' && h.index >= last.start)) return null;
  const first = tokens[tokenAt(ctx, last.start)];
  if (!first || first.w === 'i' || (isPastTense(first.w) && !SAME_IN_PRESENT.has(first.w)) || ACTION_VERBS.has(first.w))
    return null;
  if (!narrative(ctx, last.start) || substance(ctx, last.start, 40) < 2) return null;
  return last.start;
}
