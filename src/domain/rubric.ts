/**
 * The STAR rubric: what each rating level and rubric part means, and how a set
 * of self-ratings turns into a score (0–100) and a review grade. Everything
 * here is a pure function of the ratings. A part can be marked "doesn't apply"
 * ('na'): it is left out, so the score is the applicable parts' total over
 * 4 × the number of applicable parts, and the grade rule's thresholds scale
 * with that maximum. A score or grade exists only once every applicable part
 * is rated (partial ratings give `null`, never a misleading number), and the
 * rule shown to the user (`gradeRuleFor`, `GRADE_RULE`) is built from the same
 * cut-offs `gradeFromRatings` applies.
 */
import {
  GRADES,
  NOT_APPLICABLE,
  RUBRIC_PARTS,
  type Attempt,
  type Grade,
  type Rating,
  type Ratings,
  type RubricPart,
} from './model';

export const RATINGS: readonly Rating[] = [0, 1, 2, 3, 4];
export const MAX_RATING = 4;
/** Highest possible total with all four parts applying (see `maxTotalOf` for an attempt's own). */
export const MAX_TOTAL = MAX_RATING * RUBRIC_PARTS.length;

export const LEVELS: Record<Rating, { name: string; description: string }> = {
  0: { name: 'Missing', description: 'Not in the answer at all.' },
  1: { name: 'Vague', description: 'Hinted at, but a listener could not say what happened.' },
  2: { name: 'Present but generic', description: 'There, but it could be in anyone’s answer.' },
  3: { name: 'Specific', description: 'Concrete details that are clearly your own.' },
  4: { name: 'Specific and measurable', description: 'Concrete details plus a number, a date or a before/after.' },
};

export const PART_INFO: Record<
  RubricPart,
  { label: string; question: string; good: string; prompt: string; tip: string }
> = {
  context: {
    label: 'Context',
    question: 'What was the situation?',
    good: 'Where and when, your role, and what was at stake — in a sentence or two.',
    prompt:
      'Set the scene: where you were working, what your role was, and what problem or goal made this moment matter. Keep it to a sentence or two.',
    tip: 'Open with one sentence that names the place, your role and the stakes — “At a 40-person agency, I owned the client reports that were a week late every month.”',
  },
  approach: {
    label: 'Approach',
    question: 'What did you decide to do, and why?',
    good: 'The plan you chose and the reason for it, with “I” for the decisions that were yours.',
    prompt:
      'Explain how you tackled it: the options you weighed, the plan you chose and why. Say “I”, not “we”, for the decisions that were yours.',
    tip: 'Name the decision you made and why you chose it over an alternative — “I chose X over Y because…” turns a list of activities into judgement.',
  },
  example: {
    label: 'Example',
    question: 'What exactly did you do?',
    good: 'Concrete steps you took yourself, with names, tools, numbers or dates.',
    prompt:
      'Walk through what you actually did, step by step, with the specifics — tools, people, numbers, dates — that show it really happened.',
    tip: 'Swap one general statement for a specific one: the tool you used, the person you talked to, the number you tracked — details only someone who did it would know.',
  },
  outcome: {
    label: 'Outcome',
    question: 'What happened as a result?',
    good: 'A result tied to your actions, with a number or a before/after, and what you learned.',
    prompt:
      'Finish with the result: what changed because of your actions, ideally with a number or a before/after, and what you learned from it.',
    tip: 'End with a number or a before/after — “cut onboarding from three weeks to five days”; with no figure to hand, say what changed and who noticed.',
  },
};

export const PART_LEVEL_HINTS: Record<RubricPart, Record<Rating, string>> = {
  context: {
    0: 'No situation given',
    1: 'A hint of a setting, but unclear where, when or why it mattered',
    2: 'A setting, but a generic one (“at a previous job”)',
    3: 'A specific place, role and problem',
    4: 'A specific situation with its scale or stakes in numbers',
  },
  approach: {
    0: 'No approach described',
    1: 'A vague intention (“I worked hard on it”)',
    2: 'A plan, but generic or told only as “we”',
    3: 'Your own decisions and the reasons for them',
    4: 'Your decisions, their reasons, and the target or criteria you set',
  },
  example: {
    0: 'No example',
    1: 'A passing mention with no detail',
    2: 'An example, but one anyone could give',
    3: 'Concrete steps you took, with names or tools',
    4: 'Concrete steps with quantities, dates or named results',
  },
  outcome: {
    0: 'No result given',
    1: 'A result implied but never stated',
    2: 'A result in general terms (“it went well”)',
    3: 'A specific result tied to your actions',
    4: 'A result with a number or a before/after',
  },
};

export function emptyRatings(): Ratings {
  return { context: null, approach: null, example: null, outcome: null };
}

export function isRating(value: unknown): value is Rating {
  return value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
}

/** The parts that count: every part not marked "doesn't apply", in rubric order. */
export function applicableParts(r: Ratings): RubricPart[] {
  return RUBRIC_PARTS.filter((p) => r[p] !== NOT_APPLICABLE);
}

/** Highest possible total over the parts that apply (4 per part). */
export function maxTotalOf(r: Ratings): number {
  return MAX_RATING * applicableParts(r).length;
}

/**
 * True only when at least one part applies and every part that applies holds
 * a valid rating (stored data may hold anything).
 */
export function isFullyRated(r: Ratings): boolean {
  const parts = applicableParts(r);
  return parts.length > 0 && parts.every((p) => isRating(r[p]));
}

/** Sum of the applicable parts' ratings, or null until each of them is rated. */
export function ratingTotal(r: Ratings): number | null {
  if (!isFullyRated(r)) return null;
  return applicableParts(r).reduce((sum, p) => sum + (r[p] as Rating), 0);
}

/** The total as a whole percentage of the applicable maximum (0–100), or null until fully rated. */
export function scoreOf(r: Ratings): number | null {
  const total = ratingTotal(r);
  return total === null ? null : Math.round((total / maxTotalOf(r)) * 100);
}

/**
 * The grade rule's cut-offs for `parts` applicable parts, as shares of the
 * maximum (4 × parts): Again at or below 5/16, Hard at or below 9/16, Easy
 * from 14/16 up when every part is at least 3, Good for the rest. With all
 * four parts that is 5, 9 and 14 out of 16, the rule as it always was.
 */
export function gradeCutoffs(parts: number) {
  const max = MAX_RATING * parts;
  return {
    max,
    /** Highest total that is Again (any 0 is Again too). */
    again: Math.floor((max * 5) / 16),
    /** Highest total that is Hard. */
    hard: Math.floor((max * 9) / 16),
    /** Lowest total that can be Easy (with every part at least 3). */
    easy: Math.ceil((max * 14) / 16),
  };
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four'];
const span = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

/** The grade rule in words for `parts` applicable parts, with the numbers `gradeFromRatings` uses. */
export function gradeRuleFor(parts: number = RUBRIC_PARTS.length): string {
  const { max, again, hard, easy } = gradeCutoffs(parts);
  const rule =
    `Again if any part is missing (0) or the total is ${again} or less out of ${max}; ` +
    `Hard for ${span(again + 1, hard)}; Good for ${span(hard + 1, easy - 1)}; ` +
    `Easy for ${easy === max ? max : `${easy} or more`} when every part is at least 3 (otherwise Good).`;
  if (parts === RUBRIC_PARTS.length) return rule;
  const counted =
    parts === 1
      ? 'the one part that applies (4 points)'
      : `the ${COUNT_WORDS[parts] ?? parts} parts that apply (4 points each)`;
  return `Counting ${counted}: ${rule}`;
}

/** The rule with all four parts applying (as it reads for a STAR question). */
export const GRADE_RULE = gradeRuleFor(RUBRIC_PARTS.length);

export function gradeFromRatings(r: Ratings): Grade | null {
  const total = ratingTotal(r);
  if (total === null) return null;
  const ratings = applicableParts(r).map((p) => r[p] as Rating);
  const cut = gradeCutoffs(ratings.length);
  if (ratings.some((x) => x === 0) || total <= cut.again) return 'again';
  if (total <= cut.hard) return 'hard';
  // A high total that hides one weak part is not yet an answer to space out further.
  if (total >= cut.easy && ratings.every((x) => x >= 3)) return 'easy';
  return 'good';
}

export const GRADE_LABELS: Record<Grade, { label: string; description: string }> = {
  again: { label: 'Again', description: 'A part was missing or the answer was thin — practise it again soon.' },
  hard: { label: 'Hard', description: 'You got there, but with gaps — review it before long.' },
  good: { label: 'Good', description: 'A solid answer — review it at the usual interval.' },
  easy: { label: 'Easy', description: 'Specific and complete throughout — review it much later.' },
};

function isGrade(value: unknown): value is Grade {
  return (GRADES as readonly unknown[]).includes(value);
}

/**
 * The grade that counts for an attempt: the stored one (derived when rated, or
 * the user's override) when valid, else what the ratings give — so an attempt
 * saved before its grade was written still gets one.
 */
export function effectiveGrade(attempt: Pick<Attempt, 'grade' | 'ratings'>): Grade | null {
  if (isGrade(attempt.grade)) return attempt.grade;
  return attempt.ratings ? gradeFromRatings(attempt.ratings) : null;
}
