import { useId, useState } from 'react';

import type { AnswerSection, Question } from '@/content/types';
import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { Markdown } from '@/components/ui/Markdown';
import { TagList } from '@/components/ui/Tag';

/**
 * The model answer stays out of the page until asked for, so opening a
 * question to read it does not spoil the next attempt at it. Not merely
 * hidden: it is not rendered, so find-in-page and screen readers cannot
 * reach it either.
 */
export function ModelAnswer({ question }: { question: Question }) {
  const [revealed, setRevealed] = useState(false);
  const regionId = useId();

  if (question.sections.length === 0) {
    return <p className="text-fg-muted">This guide has no model answer for this question yet.</p>;
  }

  return (
    <div className="space-y-5">
      {revealed ? null : (
        <p className="text-fg-muted">
          Answer it yourself first: once you have read the model answer, your next attempt tells you less.
        </p>
      )}
      <Button
        variant={revealed ? 'secondary' : 'primary'}
        aria-expanded={revealed}
        aria-controls={regionId}
        onClick={() => setRevealed((shown) => !shown)}
      >
        <Icon name={revealed ? 'eyeOff' : 'eye'} />
        {revealed ? 'Hide model answer' : 'Reveal model answer'}
      </Button>
      <div id={regionId}>
        {revealed ? (
          <div className="space-y-6 rounded-2xl border border-border bg-surface p-5 shadow-sm sm:p-6">
            {question.sections.map((section, index) => (
              <AnswerPart
                key={`${section.kind}-${index}`}
                section={section}
                showLabel={!(question.sections.length === 1 && section.kind === 'answer')}
              />
            ))}
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

function AnswerPart({ section, showLabel }: { section: AnswerSection; showLabel: boolean }) {
  return (
    <section className="space-y-2">
      {showLabel ? (
        <h3 className="text-xs font-semibold tracking-wide text-accent uppercase">{section.label}</h3>
      ) : null}
      <Markdown headingLevel={4}>{section.markdown}</Markdown>
    </section>
  );
}
