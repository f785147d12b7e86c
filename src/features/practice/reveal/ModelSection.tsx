import { useId } from 'react';

import { ModelMarkdown } from '@/components/answer/ModelMarkdown';
import { Card } from '@/components/ui/Card';
import type { AnswerSection } from '@/content/types';

import { WithinHeading } from './WithinHeading';

const SECTION_TITLES: Partial<Record<AnswerSection['kind'], string>> = {
  answer: 'Model answer',
  bestPractices: 'Best practices',
  pitfalls: 'Pitfalls',
};

/** A section of the model answer shown as it is, in a card of its own (one that is no STAR part and no checklist). */
export function ModelSection({ section }: { section: AnswerSection }) {
  const id = useId();
  // Unlabelled text is labelled "Answer" by the parser; "Model answer" says whose it is.
  const title = section.label === 'Answer' ? (SECTION_TITLES[section.kind] ?? section.label) : section.label;
  return (
    <Card as="section" aria-labelledby={id} padding="md" className="space-y-3">
      <h3 id={id} className="text-lg font-semibold tracking-tight">
        {title}
      </h3>
      {section.within ? <WithinHeading>{section.within}</WithinHeading> : null}
      <ModelMarkdown headingLevel={section.within ? 5 : 4}>{section.markdown}</ModelMarkdown>
    </Card>
  );
}
