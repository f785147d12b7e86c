/** What the cue rules ask of an answer (cues.ts): hits, and the substance and tense around a position. */
import type { RubricPart } from '../model';
import { indexAt, type Span, type Token } from './text';
import { isPastTense, isSubstantive, SAME_IN_PRESENT, wordSet } from './words';

export interface Hit {
  part: RubricPart;
  index: number;
  /** For a scene-setting cue: where the scene it sets ends. */
  end?: number;
}

export interface Ctx {
  text: string;
  tokens: Token[];
  spans: Span[];
  clauses: Span[];
  /** Tokens that open a labelled section's content ("Action - automated…"). */
  starts: Set<number>;
}

/** Index of the first token that ends after a position. */
export function tokenAt(ctx: Ctx, index: number): number {
  return indexAt(ctx.tokens, index);
}

/** Substantive words among the `after` tokens from `index` on and the `before` tokens ahead of it, within its sentence. */
export function substance(ctx: Ctx, index: number, after: number, before = 0, figures = true): number {
  const first = tokenAt(ctx, index);
  if (first < 0) return 0;
  // The sentence of the position itself (a position just after a sentence's last word is still in it).
  const sentence = indexAt(ctx.spans, Math.max(0, index - 1));
  let n = 0;
  for (let k = Math.max(0, first - before); k < ctx.tokens.length && k < first + after; k++) {
    const t = ctx.tokens[k]!;
    if (t.s < sentence) continue;
    if (t.s > sentence) break;
    if (isSubstantive(t.raw) && (figures || !/\d/.test(t.raw))) n++;
  }
  return n;
}

export const substanceAfter = (ctx: Ctx, index: number, count: number) => substance(ctx, index, count);

/** Whether the sentence around a position tells of the past (a story), rather than explaining or planning. */
export function narrative(ctx: Ctx, index: number): boolean {
  const first = tokenAt(ctx, index);
  if (first < 0) return false;
  const sentence = ctx.tokens[first]!.s;
  return ctx.tokens.some((t, k) => {
    if (t.s !== sentence) return false;
    if (['was', 'were', 'had'].includes(t.w)) return true;
    if (!isPastTense(t.w) || SAME_IN_PRESENT.has(t.w)) return false;
    // "state is truly shared", "can be cached": a participle, not a past tense.
    const before = [ctx.tokens[k - 1]?.w, ctx.tokens[k - 2]?.w];
    return !before.some((w) => w && PRESENT_AUX.has(w));
  });
}

/** Whether the sentence around a position has the speaker doing something in the past ("I cut…", "we moved…"). */
export function storyTold(ctx: Ctx, index: number): boolean {
  const first = tokenAt(ctx, index);
  if (first < 0) return false;
  const sentence = ctx.tokens[first]!.s;
  return ctx.tokens.some((t, k) => {
    if (t.s !== sentence || !SUBJECTS.has(t.w)) return false;
    let j = k + 1;
    while (ctx.tokens[j] && ADVERBS.has(ctx.tokens[j]!.w)) j++;
    return isPastTense(ctx.tokens[j]?.w);
  });
}

const PRESENT_AUX = wordSet("is are be been being 's get gets will would can could should may might must 'll 'd");

/** Tokens just before a position, lower-cased (for "to cut", "I'd aim to…"). */
function wordsBefore(ctx: Ctx, index: number, count: number): string[] {
  const k = tokenAt(ctx, index);
  const end = k < 0 ? ctx.tokens.length : k;
  return ctx.tokens.slice(Math.max(0, end - count), end).map((t) => t.w);
}

/** "to cut costs", "I'd reduce…": a target or a plan, unless it was achieved ("managed to cut…"). */
export function notYet(ctx: Ctx, index: number): boolean {
  const [two, one, last] = wordsBefore(ctx, index, 3);
  if (last && NOT_YET.has(last)) return !(last === 'to' && one && ACHIEVED.has(one));
  return [two, one, last].some((w) => w && ["i'd", "we'd", 'would', 'will'].includes(w));
}

/** Words that make a following change a target or a hypothesis, not a result. */
const NOT_YET = wordSet(
  "to would 'd i'd we'd will i'll we'll could can should might aim want need needs needed plan hope goal target",
);

const ACHIEVED = wordSet('managed able helped went');

/** Adverbs that may sit between a subject and its verb. */
export const ADVERBS = wordSet(`
  first then also just quickly immediately personally basically actually finally eventually initially later once
  really usually always typically normally generally often mostly sometimes probably simply carefully straight
  still now soon instead together both all`);

export const SUBJECTS = wordSet("i we i'd we'd i'll we'll i'm");
