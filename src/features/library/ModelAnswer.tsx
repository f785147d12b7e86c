import { useId, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { DeferredMarkdown, preloadMarkdownParser } from '@/components/ui/DeferredMarkdown';
import { Icon } from '@/components/ui/Icon';
import { Markdown } from '@/components/ui/Markdown';
import { TagList } from '@/components/ui/Tag';
import { SECTION_KINDS, type AnswerSection, type Question, type SectionKind } from '@/content/types';
import { cn } from '@/lib/cn';

const PART_TITLES: Record<SectionKind, string> = {
  context: 'Context',
  approach: 'Approach',
  example: 'Example',
  outcome: 'Outcome',
  bestPractices: 'Best practices',
  pitfalls: 'Pitfalls',
  followUps: 'Follow-up points',
  answer: 'More from the model answer',
};

type View = 'parts' | 'written';

/**
 * The model answer stays out of the page until asked for, so opening a
 * question to read it does not spoil the next attempt at it. Not merely
 * hidden: it is not rendered, so find-in-page and screen readers cannot
 * reach it either. Once shown, it reads part by part (every Context the guide
 * gives under Context, and so on, each under the scenario or point it came
 * from) or exactly as the guide wrote it.
 */
export function ModelAnswer({ question }: { question: Question }) {
  const [revealed, setRevealed] = useState(false);
  const [view, setView] = useState<View>('parts');
  const regionId = useId();

  if (question.sections.length === 0) {
    return (
      <p className="text-fg-muted">
        This guide has no model answer for this question yet. When you practise it, you rate your answer against what a
        good answer covers in each part.
      </p>
    );
  }

  const asWritten = question.asWritten?.trim() ?? '';
  const shown: View = asWritten ? view : 'parts';

  return (
    <div className="space-y-5">
      {revealed ? null : (
        <p className="text-fg-muted">
          Answer it yourself first: once you have read the model answer, your next attempt tells you less.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant={revealed ? 'secondary' : 'primary'}
          aria-expanded={revealed}
          aria-controls={regionId}
          onClick={() => setRevealed((open) => !open)}
        >
          <Icon name={revealed ? 'eyeOff' : 'eye'} />
          {revealed ? 'Hide model answer' : 'Reveal model answer'}
        </Button>
        {revealed && asWritten ? <ViewSwitch view={shown} onChange={setView} controls={regionId} /> : null}
      </div>
      <div id={regionId}>
        {revealed ? (
          <div className="space-y-6 rounded-2xl border border-border bg-surface p-5 shadow-sm sm:p-6">
            {shown === 'written' ? (
              <DeferredMarkdown headingLevel={4}>{asWritten}</DeferredMarkdown>
            ) : (
              <ByPart sections={question.sections} />
            )}
            {question.keyTerms.length > 0 ? (
              <div className="space-y-2 border-t border-border pt-5">
                <h3 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">Key terms</h3>
                <TagList tags={question.keyTerms.slice(0, 12)} label="Key terms" />
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

function ViewSwitch({ view, onChange, controls }: { view: View; onChange: (view: View) => void; controls: string }) {
  const options: [View, string][] = [
    ['parts', 'By part'],
    ['written', 'As written'],
  ];
  return (
    <div role="group" aria-label="Show the model answer" className="inline-flex rounded-lg border border-border p-0.5">
      {options.map(([value, label]) => (
        <button
          key={value}
          type="button"
          aria-pressed={view === value}
          aria-controls={controls}
          onClick={() => onChange(value)}
          onPointerEnter={value === 'written' ? preloadMarkdownParser : undefined}
          onFocus={value === 'written' ? preloadMarkdownParser : undefined}
          className={cn(
            'rounded-md px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent',
            view === value ? 'bg-accent-soft text-accent' : 'text-fg-muted hover:text-fg',
          )}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/**
 * What the answer opens with before the first part the app knows (an overview, an unlabelled first paragraph)
 * first, as the guide has it, with no part title over it; then the parts in the order the app shows them
 * (SECTION_KINDS): the rubric's four, the checklists, then the rest. Grouped with the rest, such an opening came
 * last, after Example and Best practices, under "More from the model answer".
 */
function ByPart({ sections }: { sections: AnswerSection[] }) {
  const firstPart = sections.findIndex((section) => section.kind !== 'answer');
  const opening = firstPart === -1 ? sections : sections.slice(0, firstPart);
  const rest = sections.slice(opening.length);
  const groups = SECTION_KINDS.map((kind) => [kind, rest.filter((s) => s.kind === kind)] as const).filter(
    ([, list]) => list.length > 0,
  );
  return (
    <>
      {opening.length > 0 ? (
        <div className="space-y-3">
          {opening.map((section, index) => (
            <SectionText key={index} section={section} showLabel={sectionLabelSays(section, 'answer')} />
          ))}
        </div>
      ) : null}
      {groups.map(([kind, list]) => (
        <section key={kind} className="space-y-3">
          <h3 className="text-xs font-semibold tracking-wide text-accent uppercase">{PART_TITLES[kind]}</h3>
          {list.map((section, index) => (
            <SectionText key={index} section={section} showLabel={sectionLabelSays(section, kind)} />
          ))}
        </section>
      ))}
    </>
  );
}

/** Whether the guide's own label adds something to the part's title ("Situation", "Example 2", "IaaS"). */
function sectionLabelSays(section: AnswerSection, kind: SectionKind): boolean {
  const norm = (text: string) => text.trim().toLowerCase().replace(/s$/, '');
  if (kind === 'answer') return norm(section.label) !== 'answer';
  // "Follow-up", "Follow-Up Points", "Follow-up Questions": all say what the title does.
  if (kind === 'followUps') return false;
  return norm(section.label) !== norm(PART_TITLES[kind]);
}

function SectionText({ section, showLabel }: { section: AnswerSection; showLabel: boolean }) {
  const heading = [section.within, showLabel ? section.label : null].filter(Boolean).join(' · ');
  return (
    <div className="space-y-1.5">
      {heading ? <h4 className="text-sm font-semibold text-fg-muted">{heading}</h4> : null}
      <Markdown headingLevel={5}>{section.markdown}</Markdown>
    </div>
  );
}
