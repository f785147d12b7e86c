/**
 * Which rubric parts start as "doesn't apply" for a question, and why. The
 * STAR rubric fits stories; a question that asks for an explanation ("Explain
 * closures in JavaScript") has no situation to set and no result to report,
 * and rating those parts 0 would sink an honest answer to Again.
 *
 * The rule, a pure function of the question:
 * - Behavioural and situational questions keep all four parts: a Behavioral or
 *   Situational category, or a story prompt ("Tell me about a time",
 *   "Describe a situation", "Give an example of when", "Have you ever",
 *   "How would you handle a situation") whatever the category.
 * - A technical or conceptual question (a Technical or Problem-Solving
 *   category, or text that asks to explain, define, compare or describe how
 *   something works: "Explain …", "What is …", "What are the differences …",
 *   "How does … work", "How would you design …") starts with each of Context,
 *   Example and Outcome as "doesn't apply" when the model answer has no
 *   section of that part. With no model answer at all, Context and Outcome.
 * - Approach is never defaulted: that is where an explanation goes, and at
 *   least one part must apply.
 *
 * These are only starting points: the user switches any part back on (or off)
 * on the reveal.
 */
import type { AnswerSection } from '@/content/types';

import { NOT_APPLICABLE, RUBRIC_PARTS, type Ratings, type RubricPart } from './model';

export interface ApplicabilityInput {
  category: string;
  text: string;
  sections: readonly Pick<AnswerSection, 'kind'>[];
}

/** Per part that starts as "doesn't apply", a one-line reason to show the user. */
export type NotApplicableDefaults = Partial<Record<RubricPart, string>>;

const STORY_CATEGORIES = new Set(['behavioral', 'behavioural', 'situational']);
const TECHNICAL_CATEGORIES = new Set(['technical', 'problem-solving', 'problem solving']);

/** Prompts for a story from the candidate's own experience, or their conduct in a scenario. */
const STORY_PROMPTS: readonly RegExp[] = [
  /\btell (?:me|us) about\b/,
  /\b(?:describe|recall|share|talk about|walk (?:me|us) through|think of|discuss) (?:a|an|one|the) (?:time|situation|instance|occasion|moment|experience|case when)\b/,
  /\bdescribe (?:a|an|one) [^?.]*\b(?:you|your)\b/,
  /\b(?:give|share|provide)(?: me| us)? (?:a|an|one) (?:example|instance) (?:of|from) (?:a time|when|how you|a situation|your)\b/,
  /\b(?:example|instance) of (?:a time|when)\b/,
  /\b(?:example|instance)s? of [^?.]*\b(?:you|your)\b/,
  /\bhave you ever\b/,
  /\bwhen was the last time\b/,
  /\b(?:a|the) time (?:when )?you\b/,
  /\bhow (?:would|do|did|will) you (?:handle|deal with|respond to|react to|approach) (?:a|an) (?:situation|scenario|case|conflict|disagreement)\b/,
  /\bwhat (?:would|did) you do (?:if|when)\b/,
  /\bwhat steps would you take if\b/,
];

/** Asks to explain, define, compare or describe how something works. */
const CONCEPT_PROMPTS: readonly RegExp[] = [
  /^(?:can|could) you (?:please )?(?:explain|define|describe how|describe the|compare|contrast)\b/,
  /^(?:explain|define|compare|contrast|differentiate|distinguish)\b/,
  /^describe (?:how|the|what)\b/,
  /^what(?: is| are|'s) (?!your\b|you\b)/,
  /^what do you (?:understand|mean) by\b/,
  /^how (?:does|do|is|are) (?!you\b|your\b)[^?]*\bwork\b/,
  /^how would you (?:design|implement|architect|build|structure)\b/,
  /\b(?:the )?differences? between\b/,
];

const normalise = (text: string) => text.toLowerCase().replace(/[‘’ʼ]/g, "'").replace(/\s+/g, ' ').trim();

/** A question that asks for a story or for conduct in a scenario: all four parts apply. */
export function isStoryQuestion(question: Pick<ApplicabilityInput, 'category' | 'text'>): boolean {
  if (STORY_CATEGORIES.has(normalise(question.category))) return true;
  const text = normalise(question.text);
  return STORY_PROMPTS.some((pattern) => pattern.test(text));
}

/** A question that asks for an explanation rather than a story. */
export function isConceptQuestion(question: Pick<ApplicabilityInput, 'category' | 'text'>): boolean {
  if (isStoryQuestion(question)) return false;
  if (TECHNICAL_CATEGORIES.has(normalise(question.category))) return true;
  const text = normalise(question.text);
  return CONCEPT_PROMPTS.some((pattern) => pattern.test(text));
}

/** The parts that may start as "doesn't apply"; Approach never does. */
const DEFAULTABLE: readonly RubricPart[] = ['context', 'example', 'outcome'];

export function defaultNotApplicable(question: ApplicabilityInput): NotApplicableDefaults {
  if (!isConceptQuestion(question)) return {};
  const technical = TECHNICAL_CATEGORIES.has(normalise(question.category));
  const what = technical ? 'A technical question' : 'A question that asks for an explanation';
  if (question.sections.length === 0) {
    return {
      context: `${what} with no model answer: an explanation seldom needs a scene set.`,
      outcome: `${what} with no model answer: an explanation seldom has a result to report.`,
    };
  }
  const kinds = new Set(question.sections.map((section) => section.kind));
  const defaults: NotApplicableDefaults = {};
  for (const part of DEFAULTABLE) {
    if (!kinds.has(part)) defaults[part] = `${what}: the model answer has no ${part} part.`;
  }
  return defaults;
}

/** The ratings an attempt at `question` starts with: nothing rated, the defaults marked "doesn't apply". */
export function initialRatings(question: ApplicabilityInput): Ratings {
  const defaults = defaultNotApplicable(question);
  const ratings = {} as Ratings;
  for (const part of RUBRIC_PARTS) ratings[part] = part in defaults ? NOT_APPLICABLE : null;
  return ratings;
}
