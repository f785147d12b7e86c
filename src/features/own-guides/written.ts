/**
 * Guides written in Rehearse, as plain data: a new guide, a question built
 * from the editor's fields, and the edits (add, replace, remove) that keep
 * each question's id and renumber the rest. No store, no React.
 */
import { normaliseQuestionText, questionId, slugify } from '@/content/ids';
import type { AnswerSection, Guide, Question } from '@/content/types';

/** The guide a question goes to unless the user picks another; created on the first question. */
export const MY_QUESTIONS_SLUG = 'my-questions';
export const MY_QUESTIONS_TITLE = 'My questions';

/** The categories offered first; any other name is a custom category. */
export const QUESTION_CATEGORIES = ['Technical', 'Behavioral', 'Situational', 'Problem-Solving', 'Additional'] as const;

/** The model answer's parts the editor offers, in the reveal's order, with the labels they are written under. */
export const ANSWER_PARTS = [
  { kind: 'context', label: 'Context' },
  { kind: 'approach', label: 'Approach' },
  { kind: 'example', label: 'Example' },
  { kind: 'outcome', label: 'Outcome' },
  { kind: 'bestPractices', label: 'Best Practices' },
  { kind: 'pitfalls', label: 'Pitfalls to Avoid' },
] as const satisfies readonly { kind: AnswerSection['kind']; label: string }[];

export type AnswerPartKind = (typeof ANSWER_PARTS)[number]['kind'];
export type AnswerParts = Record<AnswerPartKind, string>;

export const emptyParts = (): AnswerParts => ({
  context: '',
  approach: '',
  example: '',
  outcome: '',
  bestPractices: '',
  pitfalls: '',
});

/** What the editor holds. */
export interface QuestionDraft {
  text: string;
  category: string;
  parts: AnswerParts;
}

/** An empty written guide. */
export function newWrittenGuide(slug: string, title: string): Guide {
  return {
    slug,
    title,
    description: '',
    category: '',
    vertical: '',
    tags: [],
    pubDate: null,
    modDate: null,
    author: '',
    overview: '',
    questions: [],
    notes: [],
  };
}

/**
 * A slug for a new guide named `name` that no guide has (bundled, the user's,
 * or reserved): `slugify(name)`, then `-2`, `-3`… while taken. Never empty and
 * never holding "--" (a question id's separator).
 */
export function uniqueSlug(name: string, taken: (slug: string) => boolean): string {
  const base = slugify(name).slice(0, 80).replace(/-+$/, '') || 'my-guide';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const slug = `${base}-${n}`;
    if (!taken(slug)) return slug;
  }
}

/** The parts that have text, as the reveal's sections. */
export function answerSections(parts: AnswerParts): AnswerSection[] {
  return ANSWER_PARTS.flatMap(({ kind, label }) => {
    const markdown = parts[kind].trim();
    return markdown ? [{ kind, label, markdown }] : [];
  });
}

/** The model answer as markdown: each part under its bold label, as a guide file would have it. */
export function asWrittenOf(sections: readonly AnswerSection[]): string {
  return sections.map((section) => `**${section.label}:**\n\n${section.markdown}`).join('\n\n');
}

/** A question's model answer back into the editor's parts (each kind's text joined). */
export function partsOf(question: Question): AnswerParts {
  const parts = emptyParts();
  for (const { kind } of ANSWER_PARTS) {
    parts[kind] = question.sections
      .filter((section) => section.kind === kind)
      .map((section) => section.markdown)
      .join('\n\n');
  }
  return parts;
}

/** Whether `text` is a question already in `guide` (case, punctuation and spacing aside); `except` is the one being edited. */
export function hasQuestion(guide: Guide, text: string, except?: string): boolean {
  const normal = normaliseQuestionText(text);
  return guide.questions.some((q) => q.id !== except && normaliseQuestionText(q.text) === normal);
}

export type DraftProblem = { field: 'text' | 'category'; message: string };

/** What stops a draft from being saved to `guide` (`editing`: the id of the question it replaces). */
export function draftProblems(guide: Guide, draft: QuestionDraft, editing?: string): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!normaliseQuestionText(draft.text)) problems.push({ field: 'text', message: 'Write the question.' });
  else if (hasQuestion(guide, draft.text, editing))
    problems.push({ field: 'text', message: `“${guide.title}” already has this question.` });
  if (!draft.category.trim()) problems.push({ field: 'category', message: 'Name the category.' });
  return problems;
}

/**
 * A new question's id: from its text, with a suffix in the rare case an
 * edited question kept the id this text would have had.
 */
function freshId(guide: Guide, text: string, taken: ReadonlySet<string> = new Set()): string {
  const base = questionId(guide.slug, text);
  const used = (id: string) => taken.has(id) || guide.questions.some((q) => q.id === id);
  if (!used(base)) return base;
  for (let n = 2; ; n++) if (!used(`${base}-${n}`)) return `${base}-${n}`;
}

/** One-line text: the question as one line of plain words. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The question the draft makes in `guide`. A new one gets its id from its text
 * and goes last; an edited one (`editing`) keeps its id and place, so its
 * attempts and schedule stay with it whatever the text becomes.
 */
export function buildQuestion(guide: Guide, draft: QuestionDraft, editing?: Question): Question {
  const text = oneLine(draft.text);
  const sections = answerSections(draft.parts);
  return {
    id: editing?.id ?? freshId(guide, text),
    number: editing?.number ?? guide.questions.length + 1,
    category: oneLine(draft.category),
    text,
    sections,
    asWritten: asWrittenOf(sections),
    keyTerms: [],
    line: 0,
  };
}

const renumber = (questions: readonly Question[]): Question[] =>
  questions.map((question, index) => (question.number === index + 1 ? question : { ...question, number: index + 1 }));

/** The guide with `question` in it: replacing the one with its id, or added last. */
export function withQuestion(guide: Guide, question: Question): Guide {
  const at = guide.questions.findIndex((q) => q.id === question.id);
  const questions =
    at === -1 ? [...guide.questions, question] : guide.questions.map((q, index) => (index === at ? question : q));
  return { ...guide, questions: renumber(questions) };
}

/** The guide with questions added last (each with a new id), without model answers. */
export function withNewQuestions(guide: Guide, texts: readonly string[], category: string): Guide {
  const taken = new Set<string>();
  const added = texts.map((text): Question => ({
    id: take(taken, freshId(guide, text, taken)),
    number: 0,
    category: oneLine(category),
    text: oneLine(text),
    sections: [],
    asWritten: '',
    keyTerms: [],
    line: 0,
  }));
  return { ...guide, questions: renumber([...guide.questions, ...added]) };
}

const take = (taken: Set<string>, id: string) => (taken.add(id), id);

/** The guide without the question `id`; the rest renumbered. */
export function withoutQuestion(guide: Guide, id: string): Guide {
  return { ...guide, questions: renumber(guide.questions.filter((q) => q.id !== id)) };
}
