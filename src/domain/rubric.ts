/**
 * The STAR rubric: what each rating level and rubric part means, and how a set
 * of self-ratings turns into a score (0–100) and a review grade. Everything
 * here is a pure function of the ratings: a score or grade exists only once all
 * four parts are rated (partial ratings give `null`, never a misleading
 * number), and the grade rule shown to the user (`GRADE_RULE`) is exactly the
 * one `gradeFromRatings` applies.
 */
import { GRADES, RUBRIC_PARTS, type Attempt, type Grade, type Rating, type Ratings, type RubricPart } from './model';

export const RATINGS: readonly Rating[] = [0, 1, 2, 3, 4];
export const MAX_RATING = 4;
/** Highest possible total over the four parts. */
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

function isRating(value: unknown): value is Rating {
  return value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
}

/** True only when every part holds a valid rating (stored data may hold anything). */
export function isFullyRated(r: Ratings): boolean {
  return RUBRIC_PARTS.every((p) => isRating(r[p]));
}

/** Sum of the four ratings (0–16), or null until all four are rated. */
export function ratingTotal(r: Ratings): number | null {
  if (!isFullyRated(r)) return null;
  return RUBRIC_PARTS.reduce((sum, p) => sum + (r[p] as Rating), 0);
}

/** The total as a whole percentage (0–100), or null until all four are rated. */
export function scoreOf(r: Ratings): number | null {
  const total = ratingTotal(r);
  return total === null ? null : Math.round((total / MAX_TOTAL) * 100);
}

export const GRADE_RULE =
  'Again if any part is missing (0) or the total is 5 or less out of 16; Hard for 6–9; Good for 10–13; Easy for 14 or more when every part is at least 3 (otherwise Good).';

export function gradeFromRatings(r: Ratings): Grade | null {
  const total = ratingTotal(r);
  if (total === null) return null;
  const ratings = RUBRIC_PARTS.map((p) => r[p] as Rating);
  if (ratings.some((x) => x === 0) || total <= 5) return 'again';
  if (total <= 9) return 'hard';
  if (total <= 13) return 'good';
  // A high total that hides one weak part is not yet an answer to space out further.
  return ratings.every((x) => x >= 3) ? 'easy' : 'good';
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
