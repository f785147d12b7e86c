import { useEffect } from 'react';

import { Button } from '@/components/ui/Button';
import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';

import { useInterviewer } from '../interviewer/useInterviewer';
import { AskingLine } from './AskingLine';

interface InterviewerReadingProps {
  text: string;
  /** The question was read out, or the user skipped it: think time starts. */
  onDone: (error: string | null) => void;
}

/**
 * Interviewer mode's first moments: the question is read aloud, then think time and the recording
 * follow. Loaded lazily with the speech code. A voice that fails says so and moves on: the question is
 * on screen in writing anyway.
 */
export default function InterviewerReading({ text, onDone }: InterviewerReadingProps) {
  const { phase, error, skip } = useInterviewer({ enabled: true, text });

  useEffect(() => {
    if (phase === 'done') onDone(error);
  }, [phase, error, onDone]);

  return (
    <div className="space-y-2">
      <AskingLine>
        <Button variant="secondary" onClick={skip}>
          Skip reading
        </Button>
      </AskingLine>
      {error ? (
        <p role="alert" className={cn('text-sm font-medium', toneStyles.danger.text)}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
