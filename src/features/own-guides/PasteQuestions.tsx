import { useId, useMemo, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Field, fieldControlClass } from '@/components/ui/Field';
import type { Guide } from '@/content/types';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';

import { saveWrittenGuide } from './actions';
import { CategoryField } from './CategoryField';
import { planPaste } from './paste-questions';
import { withNewQuestions } from './written';

/**
 * A plain list of questions into a written guide: one a line, or a job
 * posting's questions section as pasted. Added without model answers, all in
 * one category; the ones the guide already has are left out.
 */
export function PasteQuestions({ guide }: { guide: Guide }) {
  const headingId = useId();
  const [text, setText] = useState('');
  const [category, setCategory] = useState('Additional');
  const [custom, setCustom] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const plan = useMemo(
    () =>
      planPaste(
        text,
        guide.questions.map((q) => q.text),
      ),
    [text, guide.questions],
  );
  const summary =
    text.trim() === ''
      ? null
      : plan.add.length === 0 && plan.already.length === 0
        ? 'No questions found: put one question on each line.'
        : `${plural(plan.add.length, 'question')} will be added${plan.already.length > 0 ? ` (${plan.already.length} already there)` : ''}.`;

  const add = () => {
    if (custom && !category.trim()) {
      setError('Name the category.');
      return;
    }
    const problem = saveWrittenGuide(withNewQuestions(guide, plan.add, category));
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setDone(`${plural(plan.add.length, 'question')} added.`);
    setText('');
  };

  return (
    <Card as="section" aria-labelledby={headingId} padding="md" className="space-y-4">
      <div className="space-y-1">
        <h2 id={headingId} className="text-xl font-semibold tracking-tight">
          Paste a list of questions
        </h2>
        <p className="text-sm text-fg-muted">
          One question a line, or the questions section of a job posting: bullets, numbers and headings are left out.
        </p>
      </div>
      <Field label="Questions">
        {(control) => (
          <textarea
            {...control}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setDone(null);
            }}
            rows={6}
            className={cn(fieldControlClass, 'py-2 font-mono text-sm sm:text-sm')}
          />
        )}
      </Field>
      <CategoryField
        label="Category for these questions"
        value={category}
        onChange={(value) => {
          setCategory(value);
          setError(null);
        }}
        custom={custom}
        onCustomChange={setCustom}
        error={error === 'Name the category.' ? error : null}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={add} disabled={plan.add.length === 0}>
          {plan.add.length > 0 ? `Add ${plural(plan.add.length, 'question')}` : 'Add questions'}
        </Button>
        <p className="text-sm text-fg-muted" aria-live="polite">
          {done ?? summary}
        </p>
      </div>
      {error && error !== 'Name the category.' ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </Card>
  );
}
