import { Fragment, useMemo } from 'react';

import type { AnswerSection } from '@/content/types';
import { sectionChecklist } from '@/domain/checklist';
import type { Attempt } from '@/domain/model';
import type { ChecklistField } from '@/domain/review';

import { ModelChecklist } from './ModelChecklist';
import { ModelSection } from './ModelSection';

const CHECKLISTS = [
  {
    kind: 'bestPractices',
    field: 'practicesCovered',
    title: 'Best practices',
    intro: 'Tick each one your answer covered.',
    tickLabel: 'I covered this',
  },
  {
    kind: 'pitfalls',
    field: 'pitfallsHit',
    title: 'Pitfalls',
    intro: 'Tick any your answer fell into. Honest ticks make the next attempt better.',
    tickLabel: 'I fell into this',
  },
] as const satisfies readonly {
  kind: AnswerSection['kind'];
  field: ChecklistField;
  title: string;
  intro: string;
  tickLabel: string;
}[];

interface ReviewChecklistsProps {
  sections: readonly AnswerSection[];
  attempt: Attempt;
  /** Omitted for a skipped answer: the sections are shown as they are, with nothing to tick. */
  onToggle?: (field: ChecklistField, index: number) => void;
}

/** Best practices and pitfalls: the model answer's bullets to tick, or its sections as they are when it has none. */
export function ReviewChecklists({ sections, attempt, onToggle }: ReviewChecklistsProps) {
  // Parsed once per question, not on every rating click.
  const items = useMemo(() => CHECKLISTS.map(({ kind }) => sectionChecklist(sections, kind)), [sections]);
  return CHECKLISTS.map(({ kind, field, title, intro, tickLabel }, list) => (
    <Fragment key={kind}>
      {items[list]!.length > 0 && onToggle ? (
        <ModelChecklist
          title={title}
          intro={intro}
          tickLabel={tickLabel}
          items={items[list]!}
          checked={attempt[field]}
          onToggle={(index) => onToggle(field, index)}
        />
      ) : (
        sections
          .filter((section) => section.kind === kind)
          .map((section, index) => <ModelSection key={index} section={section} />)
      )}
    </Fragment>
  ));
}
