import { useId } from 'react';

import { ModelMarkdown } from '@/components/answer/ModelMarkdown';
import { Card } from '@/components/ui/Card';
import type { ChecklistItem } from '@/domain/checklist';

import { WithinHeading } from './WithinHeading';

interface ModelChecklistProps {
  title: string;
  /** Says what ticking an item means, shown under the title. */
  intro: string;
  /** The tick's own words, read with each item ("I covered this: …"). */
  tickLabel: string;
  /** In stored order: an item's position is its index in the attempt. */
  items: readonly ChecklistItem[];
  checked: readonly number[];
  onToggle: (index: number) => void;
}

/**
 * The model answer's own bullets, each with a tick the user sets about their
 * answer. Items from a section that sat inside a wrapper ("Scenario 2: …") are
 * grouped under its title; the order, and so each item's index, is unchanged.
 */
export function ModelChecklist({ title, intro, tickLabel, items, checked, onToggle }: ModelChecklistProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const count = items.filter((_, index) => checked.includes(index)).length;

  return (
    <Card as="section" aria-labelledby={headingId} padding="md" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-lg font-semibold tracking-tight">
          {title}
        </h3>
        <p className="text-sm text-fg-muted tabular-nums">
          {count} of {items.length} ticked
        </p>
      </div>
      <p className="text-sm text-fg-muted">{intro}</p>
      <div className="space-y-4">
        {groupsOf(items).map((group) => {
          const withinId = `${id}-within-${group.start}`;
          return (
            <div key={group.start} className="space-y-2">
              {group.within ? <WithinHeading id={withinId}>{group.within}</WithinHeading> : null}
              <ul className="space-y-2">
                {group.items.map(({ markdown }, offset) => {
                  const index = group.start + offset;
                  const itemId = `${id}-item-${index}`;
                  const tickId = `${id}-tick-${index}`;
                  return (
                    <li
                      // Items are the model answer's bullets in order; the index is their identity in the attempt.
                      key={index}
                      className="flex flex-col gap-2 rounded-xl border border-border p-3 transition has-checked:border-accent has-checked:bg-accent-soft/60 motion-reduce:transition-none sm:flex-row sm:items-start sm:gap-4"
                    >
                      <div id={itemId} className="min-w-0 flex-1">
                        <ModelMarkdown headingLevel={5} className="text-sm">
                          {markdown}
                        </ModelMarkdown>
                      </div>
                      <label className="inline-flex min-h-11 shrink-0 cursor-pointer items-center gap-2.5 self-start rounded-lg border border-border bg-surface px-3 text-sm font-medium select-none has-checked:border-accent has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
                        <input
                          type="checkbox"
                          checked={checked.includes(index)}
                          onChange={() => onToggle(index)}
                          aria-labelledby={`${tickId} ${itemId}`}
                          aria-describedby={group.within ? withinId : undefined}
                          className="size-5 shrink-0 cursor-pointer scroll-mt-24 scroll-mb-28 accent-accent"
                        />
                        <span id={tickId}>{tickLabel}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </Card>
  );
}

/** Runs of consecutive items from the same wrapper, each with the index of its first item. */
function groupsOf(items: readonly ChecklistItem[]) {
  const groups: { start: number; within: string | undefined; items: ChecklistItem[] }[] = [];
  items.forEach((item, index) => {
    const last = groups[groups.length - 1];
    if (last && last.within === item.within) last.items.push(item);
    else groups.push({ start: index, within: item.within, items: [item] });
  });
  return groups;
}
