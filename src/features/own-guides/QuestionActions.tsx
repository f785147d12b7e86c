import { useState } from 'react';

import { Button, LinkButton } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import type { Guide, Question } from '@/content/types';

import { saveWrittenGuide } from './actions';
import { withoutQuestion } from './written';

/** Edit and Delete beside a question of a written guide (above the row's stretched link). */
export function QuestionActions({ guide, question }: { guide: Guide; question: Question }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = () => {
    const problem = saveWrittenGuide(withoutQuestion(guide, question.id));
    if (problem) setError(problem);
    else setConfirming(false);
  };

  return (
    // Under the question on a phone, beside it from sm up.
    <div className="relative z-10 order-last -my-1 flex w-full shrink-0 justify-end gap-1 sm:order-none sm:w-auto">
      <LinkButton
        to="/write"
        search={{ question: question.id }}
        variant="ghost"
        size="sm"
        aria-label={`Edit question ${question.number}`}
      >
        Edit
      </LinkButton>
      <Button
        variant="ghost"
        size="sm"
        aria-label={`Delete question ${question.number}`}
        onClick={() => setConfirming(true)}
      >
        Delete
      </Button>
      <Dialog
        open={confirming}
        onClose={() => {
          setConfirming(false);
          setError(null);
        }}
        title="Delete this question?"
        description="Your answers to it stay in history."
      >
        <div className="space-y-4">
          <p className="rounded-lg bg-surface-muted px-3 py-2 text-sm font-medium">{question.text}</p>
          {error ? (
            <p role="alert" className="text-sm font-medium text-danger">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button variant="danger" onClick={remove}>
              Delete question
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
