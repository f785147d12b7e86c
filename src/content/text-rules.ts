/**
 * The wording rules of the guide format: which labels name which answer part,
 * which headings are question groups, and what a question looks like.
 * Pure string functions, so each rule can be tested on its own.
 */
import type { SectionKind } from './types.ts';

/** Numbering in front of a question: `Q1:`, `Question 3 -`, `7.`, `2)`, `#4`. */
const NUMBERING =
  /^\s*(?:q(?:uestion)?\s*#?\s*(\d+)\s*(?:[:.)\-–—]\s*|$|\s+)|#?(\d+)\s*(?:[.):\-–—]\s+|[.)]$))/i;

export interface Numbered {
  /** The text without its numbering label (may be empty: `#### Question 1`). */
  text: string;
  number: number | null;
}

export function stripNumbering(raw: string): Numbered {
  const text = raw.trim();
  const match = NUMBERING.exec(text);
  if (!match) return { text, number: null };
  return {
    text: text.slice(match[0].length).trim(),
    number: Number(match[1] ?? match[2]),
  };
}

/** Words a question or interview prompt starts with (questions are not always asked with a "?"). */
const QUESTION_START =
  /^(how|what|what's|why|when|where|which|who|whom|whose|can|could|would|will|should|do|does|did|is|are|was|were|have|has|had|if|imagine|suppose|assume|describe|explain|tell|walk|give|share|write|design|implement|build|create|compare|contrast|define|discuss|list|name|outline|provide|illustrate|demonstrate|talk|identify|propose|detail|recall|think|in what|as a|you)\b/i;

/**
 * Whether heading or bold text reads as a question. A number in front counts
 * as evidence on its own; a trailing colon means it is a label ("Answer:").
 */
export function looksLikeQuestion(text: string, numbered: boolean): boolean {
  const t = text.trim();
  if (t.length < 3 || t.endsWith(':')) return false;
  if (numbered) return true;
  return t.endsWith('?') || QUESTION_START.test(t);
}

/** Canonical group names; guides word them many ways ("Problem-solving Questions", "Technical Questions (Continued)"). */
const CATEGORY_WORDS: [RegExp, string][] = [
  [/\btechnical\b/i, 'Technical'],
  [/\bbehaviou?ral\b/i, 'Behavioral'],
  [/\bsituational\b/i, 'Situational'],
  [/\bproblem[\s-]*solving\b/i, 'Problem-Solving'],
  [/\b(additional|more|other|further|bonus|extra)\b/i, 'Additional'],
  [/\bgeneral\b/i, 'General'],
];

export const GENERAL_CATEGORY = 'General';

export type HeadingRole =
  | { role: 'category'; category: string }
  /** "Interview Questions and Answers": the questions start here, with no group named. */
  | { role: 'questionsStart' };

/**
 * Classifies a heading that names a group of questions. Returns null for
 * anything else (a question, an overview heading, "Conclusion").
 */
export function classifyGroupHeading(raw: string): HeadingRole | null {
  const { text } = stripNumbering(raw);
  if (!/\bquestions\b/i.test(text) || text.endsWith('?') || text.length > 90) return null;
  // "What questions would you ask…" is a question, not a group.
  if (QUESTION_START.test(text) && !/^(additional|other|more)\b/i.test(text)) return null;
  for (const [pattern, name] of CATEGORY_WORDS) {
    if (pattern.test(text)) return { role: 'category', category: name };
  }
  const before = text
    .slice(0, text.search(/\bquestions\b/i))
    .replace(/\b(interview|detailed|common|key|sample|typical|top|frequently asked)\b/gi, '')
    .replace(/[^\p{L}\p{N}\s&/-]/gu, '')
    .trim();
  if (!before) return { role: 'questionsStart' };
  return { role: 'category', category: titleCase(before) };
}

/**
 * A heading that names a group without the word "questions" ("Problem-Solving
 * with Code", "Advanced Problem-Solving", "Behavioural"): only where headings
 * at its level already are groups, and only for the four named groups.
 */
export function classifyBareGroupHeading(raw: string): string | null {
  const { text } = stripNumbering(raw);
  if (text.endsWith('?') || text.split(/\s+/).length > 6 || QUESTION_START.test(text)) return null;
  for (const [pattern, name] of CATEGORY_WORDS.slice(0, 4)) {
    if (pattern.test(text)) return name;
  }
  return null;
}

function titleCase(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/(^|[\s/-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const LABEL_RULES: [RegExp, SectionKind][] = [
  [/^(possible |likely |probing )?follow[\s-]?ups?(\s+(points?|questions?|discussions?|topics?))?$|^probing questions?$/, 'followUps'],
  [/^(model |sample |suggested |example |detailed |full |complete )?(answer|response)$/, 'answer'],
  [/^(context|background|situation|task|setting|challenge|problem|situation\s*(\/|and|&)\s*task)$/, 'context'],
  [
    /^((expected|final|key|measurable|the)\s+)?(outcomes?|results?|impact)(\s+achieved)?$|^(result|outcome)\s*(\/|and|&)\s*(impact|learning)$|^lessons?\s+learn(ed|t)$|^achievements?$/,
    'outcome',
  ],
  [/^(best|good|recommended)\s+practices?\b|^tips?$|^dos$/, 'bestPractices'],
  [
    /^((common|potential|key|typical|frequent)\s+)?(pitfalls?|mistakes?|traps?)(\s+to\s+avoid)?$|^what not to do$|^things to avoid$|^avoid$|^don'?ts$|^red flags?$/,
    'pitfalls',
  ],
  [
    /^(examples?|scenarios?|case stud(y|ies)|illustrations?|use cases?|for (example|instance)|(example|sample) (scenarios?|use cases?))$|^real[\s-](world|life)\b|^examples? (of|from|in|for)\b|^(code|practical|concrete|specific|sample|illustrative)\s+(examples?|scenarios?)$/,
    'example',
  ],
  [
    /^(approach(es)?|actions?|steps?|solutions?|strateg(y|ies)|process|method(ology)?|plan)(\s+taken)?$|^what i did$|^(?!alternative\b).*\b(steps|process|approach|strategy|strategies|techniques?|plan)$/,
    'approach',
  ],
];

/** Lead-ins that name no rubric part but are ordinary in model answers; content:check does not warn about them. */
const GENERAL_LEAD_INS =
  /^(definition|explanation|concept|overview|summary|reasoning|rationale|why( it|this)? (matters|works)|considerations?|(alternative|additional|key|other) considerations?|key points?|details?|notes?|importance|why important|key (concepts?|ideas?|takeaways?)|takeaways?|benefits?|advantages?|disadvantages?|pros|cons|trade-?offs?|features?|purpose|use|usage|syntax|code|implementation|alternatives?|alternative (approach(es)?|solutions?|strateg(y|ies))|comparison|differences?|similarities|structure|components?|tools?( used)?|key skills?|skills?)$/;

/** The label as the rules read it: lower case, without numbering, a subject after a colon, or a note in brackets. */
function normaliseLabel(raw: string): string {
  let label = raw
    .trim()
    .replace(/[:.\s]+$/, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
  // "Scenario: Small Business Loan" and "Example 1: Pacemakers" name a part, then a subject.
  const colon = label.indexOf(':');
  if (colon > 0) label = label.slice(0, colon);
  // "Step 1 – Research" and "Example 2 - Retail" likewise.
  label = label.split(/\s+[–—-]\s+/)[0]!;
  return label
    .replace(/^\d+[.)]\s*/, '')
    .replace(/\s*\(.*\)$/, '')
    .replace(/\s+#?\d+[a-z]?$/, '')
    .replace(/^(my|the|our|your)\s+(?!result\b)/, '')
    .trim();
}

function matchLabel(label: string): SectionKind | null {
  for (const [pattern, kind] of LABEL_RULES) {
    if (pattern.test(label)) return kind;
  }
  return null;
}

/**
 * Maps an answer label ("Pitfalls to Avoid", "Scenario: Tech Start-Up", "Step 2",
 * "Action Taken", "Result/Impact") to the part it names, or null when it names none.
 */
export function classifyLabel(raw: string): SectionKind | null {
  const label = normaliseLabel(raw);
  const kind = matchLabel(label);
  if (kind) return kind;
  // "Task & Action", "Situation and Background": the first name decides.
  const first = label.split(/\s*(?:\/|&|\band\b)\s*/)[0]!;
  return first !== label ? matchLabel(first) : null;
}

/** Words of the parts' names: a label that has one but names no part may be a part worded in a way the rules miss. */
const PART_WORDS =
  /\b(context|background|situation|task|approach\w*|actions?|steps?|strateg\w*|process\w*|method\w*|plans?|examples?|scenarios?|cases?|illustrat\w*|outcomes?|results?|impacts?|lessons?|achieve\w*|practices?|tips?|pitfalls?|mistakes?|avoid\w*|traps?|follow[\s-]?ups?)\b/;

/** True for an unknown label worded like a part ("Key Results Achieved", "Solutions", "Mistakes Made"): content:check warns about it. */
export function looksLikePartLabel(raw: string): boolean {
  return classifyLabel(raw) === null && !isGeneralLeadIn(raw) && PART_WORDS.test(normaliseLabel(raw));
}

/** True for a lead-in that names no part but is an ordinary one ("Definition", "Reasoning"), not a part worded in a way the rules miss. */
export function isGeneralLeadIn(raw: string): boolean {
  return GENERAL_LEAD_INS.test(normaliseLabel(raw));
}
