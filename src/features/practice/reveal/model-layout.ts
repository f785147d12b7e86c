import type { AnswerSection, Question } from '@/content/types';
import { RUBRIC_PARTS, type RubricPart } from '@/domain/model';

/** Where each section of a question's model answer goes on the reveal. */
export interface ModelLayout {
  /** The sections shown with each STAR part. */
  parts: Record<RubricPart, AnswerSection[]>;
  /** True when the Approach card shows the answer's general text, since it labels no approach. */
  approachFromGeneral: boolean;
  practices: AnswerSection[];
  pitfalls: AnswerSection[];
  /** The general text (unless it went to Approach) and the follow-ups, after the checklists. */
  rest: AnswerSection[];
  hasModelAnswer: boolean;
  /** True when the answer labels any STAR part of its own. */
  hasStarParts: boolean;
  /** The whole answer as the guide wrote it, when there is one. */
  asWritten: string | null;
}

export function modelLayout(question: Question): ModelLayout {
  const sectionsOf = (kind: AnswerSection['kind']) => question.sections.filter((section) => section.kind === kind);
  // A model answer that labels no approach still explains one in its general text ("Concept:", an
  // unlabelled paragraph): that text is what an answer's approach is compared with, so it goes in
  // the Approach card (saying so) rather than after the checklists.
  const general = sectionsOf('answer');
  const approachFromGeneral = sectionsOf('approach').length === 0 && general.length > 0;
  const parts = Object.fromEntries(
    RUBRIC_PARTS.map((part) => [part, part === 'approach' && approachFromGeneral ? general : sectionsOf(part)]),
  ) as Record<RubricPart, AnswerSection[]>;
  return {
    parts,
    approachFromGeneral,
    practices: sectionsOf('bestPractices'),
    pitfalls: sectionsOf('pitfalls'),
    rest: question.sections.filter(
      (section) => (section.kind === 'answer' && !approachFromGeneral) || section.kind === 'followUps',
    ),
    hasModelAnswer: question.sections.length > 0,
    hasStarParts: question.sections.some((section) => (RUBRIC_PARTS as readonly string[]).includes(section.kind)),
    asWritten: question.asWritten?.trim() ? question.asWritten : null,
  };
}
