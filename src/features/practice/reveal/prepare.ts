import type { AnswerSection, Question } from '@/content/types';
import { prepareMarkdown, type HeadingLevel } from '@/components/ui/Markdown';
import { checklistItems } from '@/domain/checklist';
import { RUBRIC_PARTS } from '@/domain/model';
import { whenIdle } from '@/lib/idle';

/** The markdown the reveal of an answered (not skipped) question shows, with the heading level of each. */
export function revealMarkdown(question: Question): [markdown: string, headingLevel: HeadingLevel][] {
  const of = (kinds: readonly AnswerSection['kind'][]) =>
    question.sections.filter((section) => kinds.includes(section.kind));
  const shown: [string, HeadingLevel][] = [];
  for (const section of of(RUBRIC_PARTS)) shown.push([section.markdown, 4]);
  for (const kind of ['bestPractices', 'pitfalls'] as const) {
    const sections = of([kind]);
    const items = sections.flatMap((section) => checklistItems(section.markdown));
    // As RevealPanel: ticks for the items when there are any, else the sections as they are.
    if (items.length > 0) for (const item of items) shown.push([item, 5]);
    else for (const section of sections) shown.push([section.markdown, 4]);
  }
  for (const section of of(['answer', 'followUps'])) shown.push([section.markdown, 4]);
  return shown;
}

/**
 * Renders the model answer's markdown for the reveal ahead of time, one piece
 * per idle period, while the user writes: parsing it all at once when Submit
 * is pressed would hold up the reveal's first paint (tens of milliseconds on
 * a slow phone). Returns a cancel for whatever is not done yet.
 */
export function prepareReveal(question: Question): () => void {
  const pending = revealMarkdown(question);
  let cancel = whenIdle(function step() {
    const next = pending.shift();
    if (!next) return;
    prepareMarkdown(...next);
    cancel = pending.length > 0 ? whenIdle(step) : () => undefined;
  });
  return () => cancel();
}
