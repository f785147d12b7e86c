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

function titleCase(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/(^|[\s/-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const LABEL_RULES: [RegExp, SectionKind][] = [
  [/^follow[\s-]?ups?(\s+(points?|questions?|discussion|topics?))?$/, 'followUps'],
  [/^(model |sample |suggested |example )?answer$/, 'answer'],
  [/^(context|background|situation|task|situation\s*(\/|and|&)\s*task)$/, 'context'],
  [/^(outcomes?|results?|impact|the result|result\s*(\/|and|&)\s*impact)$/, 'outcome'],
  [/^best practices?\b/, 'bestPractices'],
  [/^((common|potential|key)\s+)?(pitfalls?|mistakes)(\s+to\s+avoid)?$|^what not to do$|^things to avoid$/, 'pitfalls'],
  [/^(examples?|scenarios?|case stud(y|ies)|real[\s-]world\b.*|sample scenario|illustration)\b/, 'example'],
  [
    /^(approach(es)?|actions?( taken)?|steps?|solution|strateg(y|ies)|process|method(ology)?|plan)$|\b(steps|process|approach|strategy|strategies|techniques?|plan)$/,
    'approach',
  ],
];

/**
 * Maps an answer label ("Pitfalls to Avoid", "Scenario: Tech Start-Up", "Step 2")
 * to the part it names, or null when it names none.
 */
export function classifyLabel(raw: string): SectionKind | null {
  let label = raw.trim().replace(/[:.\s]+$/, '').toLowerCase();
  // "Scenario: Small Business Loan" and "Example 1: Pacemakers" name a part, then a subject.
  const colon = label.indexOf(':');
  if (colon > 0) label = label.slice(0, colon);
  label = label
    .replace(/\s*\(.*\)$/, '')
    .replace(/\s+#?\d+$/, '')
    .trim();
  for (const [pattern, kind] of LABEL_RULES) {
    if (pattern.test(label)) return kind;
  }
  return null;
}
