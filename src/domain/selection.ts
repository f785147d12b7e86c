/**
 * Which questions a practice session asks, and in what order, from the setup
 * the user chose. `selectQuestions` is deterministic for a given `random`
 * (so a seeded generator gives a reproducible shuffle) and never returns an id
 * twice or one outside the pool. `normalizeSetup` accepts anything — URL
 * parameters, settings stored by an older version, hand-edited JSON — and
 * always returns valid `SessionSettings`, falling back field by field to
 * `DEFAULT_SETUP`; it never throws.
 */
import type { AnswerInput, QuestionOrder, SessionSettings, ThinkTime, TimeLimit } from './model';

export interface PoolQuestion {
  id: string;
  guideSlug: string;
  category: string;
  number: number;
}

export const TIME_LIMITS: readonly TimeLimit[] = [0, 60, 120, 180];
export const THINK_TIMES: readonly ThinkTime[] = [0, 10, 30];
export const QUESTION_ORDERS: readonly QuestionOrder[] = ['guide', 'shuffled', 'weakest', 'due'];
export const ANSWER_INPUTS: readonly AnswerInput[] = ['type', 'voice', 'interviewer'];
export const MIN_COUNT = 1;
export const MAX_COUNT = 100;

/** Empty guide and category lists mean "everything". */
export const DEFAULT_SETUP: SessionSettings = Object.freeze({
  // Frozen all the way down: a caller spreading the defaults must not be able to push into the shared lists.
  guideSlugs: Object.freeze([]) as unknown as string[],
  categories: Object.freeze([]) as unknown as string[],
  count: 5,
  order: 'guide',
  timeLimitSec: 120,
  thinkTimeSec: 0,
  input: 'type',
}) as SessionSettings;

/**
 * Guide by guide in the order the user picked the guides (`picked`, the
 * settings' guide list); guides not in it (an "all" setup) follow in pool
 * order. Within a guide, by question number.
 */
function guideOrder(pool: readonly PoolQuestion[], picked: readonly string[]): PoolQuestion[] {
  const guideRank = new Map<string, number>();
  for (const slug of picked) if (!guideRank.has(slug)) guideRank.set(slug, guideRank.size);
  for (const q of pool) if (!guideRank.has(q.guideSlug)) guideRank.set(q.guideSlug, guideRank.size);
  // Array.prototype.sort is stable, so equal numbers keep pool order.
  return [...pool].sort((a, b) => guideRank.get(a.guideSlug)! - guideRank.get(b.guideSlug)! || a.number - b.number);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const r = random();
    // A generator returning 1, a negative number or NaN must not index outside the array.
    const j = Number.isFinite(r) ? Math.min(i, Math.max(0, Math.floor(r * (i + 1)))) : i;
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Scored questions first, lowest score first; then those never practised (no
 * entry in `scores`); then those practised without a score (`null`: skipped or
 * not fully rated). Ties keep guide order.
 */
function weakestFirst(ordered: PoolQuestion[], scores: Record<string, number | null | undefined>): PoolQuestion[] {
  const bucket = (id: string): [number, number] => {
    const s = Object.hasOwn(scores, id) ? scores[id] : undefined;
    if (typeof s === 'number' && Number.isFinite(s)) return [0, s];
    return s === undefined ? [1, 0] : [2, 0];
  };
  const keyed = ordered.map((q) => ({ q, key: bucket(q.id) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  return keyed.map((k) => k.q);
}

/** Questions due for review first, in the order given (most overdue first); then the rest weakest first. */
function dueFirst(
  ordered: PoolQuestion[],
  due: readonly string[],
  scores: Record<string, number | null | undefined>,
): PoolQuestion[] {
  const byId = new Map(ordered.map((q) => [q.id, q]));
  const first: PoolQuestion[] = [];
  for (const id of due) {
    const q = byId.get(id);
    if (q) {
      first.push(q);
      byId.delete(id);
    }
  }
  return [...first, ...weakestFirst([...byId.values()], scores)];
}

/**
 * `due` (used by the 'due' order only) lists the questions due for review,
 * most overdue first; ids not in the selection are ignored.
 */
export function selectQuestions(
  pool: readonly PoolQuestion[],
  settings: SessionSettings,
  scores: Record<string, number | null | undefined>,
  random: () => number,
  due: readonly string[] = [],
): string[] {
  const guides = new Set(settings.guideSlugs);
  const categories = new Set(settings.categories);
  const seen = new Set<string>();
  const chosen = pool.filter((q) => {
    if (seen.has(q.id)) return false;
    seen.add(q.id);
    return (guides.size === 0 || guides.has(q.guideSlug)) && (categories.size === 0 || categories.has(q.category));
  });
  let ordered = guideOrder(chosen, settings.guideSlugs);
  if (settings.order === 'shuffled') ordered = shuffle(ordered, random);
  else if (settings.order === 'weakest') ordered = weakestFirst(ordered, scores);
  else if (settings.order === 'due') ordered = dueFirst(ordered, due, scores);
  const count = Number.isFinite(settings.count) ? Math.max(0, Math.floor(settings.count)) : ordered.length;
  return ordered.slice(0, count).map((q) => q.id);
}

/** Lists arrive as arrays (stored settings) or comma-separated strings (URL parameters). */
function toList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The listed values that are available, in the available list's order, matched case-insensitively. */
function pickAvailable(value: unknown, available: readonly string[]): string[] {
  const wanted = new Set(toList(value).map((v) => v.trim().toLowerCase()));
  return available.filter((a) => wanted.has(a.toLowerCase()));
}

/** The listed values that are available, in the order listed (the order the user picked them), without repeats. */
function pickInOrder(value: unknown, available: readonly string[]): string[] {
  const byKey = new Map(available.map((a) => [a.toLowerCase(), a]));
  const picked = new Set<string>();
  for (const v of toList(value)) {
    const found = byKey.get(v.trim().toLowerCase());
    if (found !== undefined) picked.add(found);
  }
  return [...picked];
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function oneOf<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T): T {
  const candidate = typeof allowed[0] === 'number' ? toNumber(value) : value;
  return allowed.includes(candidate as T) ? (candidate as T) : fallback;
}

/**
 * Valid settings from anything. Guides keep the order given (the order they
 * were picked, which 'guide' order follows). Guides and categories not in `available` are
 * dropped (a removed guide in an old link falls back to all guides rather than
 * to none); count is rounded and clamped to 1–100; any other invalid field
 * takes its default.
 */
export function normalizeSetup(
  partial: unknown,
  available: { guideSlugs: string[]; categories: string[] },
): SessionSettings {
  const input: Record<string, unknown> =
    typeof partial === 'object' && partial !== null && !Array.isArray(partial)
      ? (partial as Record<string, unknown>)
      : {};
  const read = (key: keyof SessionSettings): unknown => {
    try {
      return input[key];
    } catch {
      // A getter that throws (a proxy, a hostile object) counts as a missing field.
      return undefined;
    }
  };
  const count = toNumber(read('count'));
  return {
    guideSlugs: pickInOrder(read('guideSlugs'), available.guideSlugs ?? []),
    categories: pickAvailable(read('categories'), available.categories ?? []),
    count: count === null ? DEFAULT_SETUP.count : Math.min(MAX_COUNT, Math.max(MIN_COUNT, Math.round(count))),
    order: oneOf(read('order'), QUESTION_ORDERS, DEFAULT_SETUP.order),
    timeLimitSec: oneOf(read('timeLimitSec'), TIME_LIMITS, DEFAULT_SETUP.timeLimitSec),
    thinkTimeSec: oneOf(read('thinkTimeSec'), THINK_TIMES, DEFAULT_SETUP.thinkTimeSec),
    input: oneOf(read('input'), ANSWER_INPUTS, DEFAULT_SETUP.input),
  };
}
