import { prepareMarkdown, type HeadingLevel } from '@/components/ui/Markdown';
import type { AnswerSection, Question } from '@/content/types';
import { sectionChecklist } from '@/domain/checklist';
import { RUBRIC_PARTS } from '@/domain/model';
import { whenIdle } from '@/lib/idle';

/**
 * The markdown the reveal of an answered (not skipped) question shows, with
 * the heading level of each: a section under a wrapper's sub-heading
 * (`within`, an h4) renders its headings one level deeper. The "as written"
 * answer is not here: it is collapsed until asked for.
 */
export function revealMarkdown(question: Question): [markdown: string, headingLevel: HeadingLevel][] {
  const of = (kinds: readonly AnswerSection['kind'][]) =>
    question.sections.filter((section) => kinds.includes(section.kind));
  const level = (section: AnswerSection): HeadingLevel => (section.within ? 5 : 4);
  const shown: [string, HeadingLevel][] = [];
  for (const section of of(RUBRIC_PARTS)) shown.push([section.markdown, level(section)]);
  for (const kind of ['bestPractices', 'pitfalls'] as const) {
    const items = sectionChecklist(question.sections, kind);
    // As RevealPanel: ticks for the items when there are any, else the sections as they are.
    if (items.length > 0) for (const item of items) shown.push([item.markdown, 5]);
    else for (const section of of([kind])) shown.push([section.markdown, level(section)]);
  }
  for (const section of of(['answer', 'followUps'])) shown.push([section.markdown, level(section)]);
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
