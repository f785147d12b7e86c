import { cn } from '@/lib/cn';

interface AnswerTextProps {
  answer: string;
  /** For the paragraph either way (its place: a margin). */
  className?: string;
  /** For the words only, not for the line that says the answer was empty. */
  textClassName?: string;
  /** What an empty answer is called: a recorded answer without a transcript is not "empty". */
  emptyNote?: string;
}

/** An empty answer that was recorded: the words are in the recording. */
export const NO_TRANSCRIPT_NOTE = 'No transcript for this answer: play the recording to hear it.';

/**
 * The user's own words, shown exactly as written: plain text in a
 * pre-wrapped paragraph, never markdown or HTML, so whatever they typed
 * (angle brackets included) reads back literally and cannot inject markup.
 */
export function AnswerText({
  answer,
  className,
  textClassName,
  emptyNote = 'You submitted an empty answer.',
}: AnswerTextProps) {
  return answer.trim() ? (
    <p className={cn('leading-relaxed break-words whitespace-pre-wrap', className, textClassName)}>{answer}</p>
  ) : (
    <p className={cn('text-sm text-fg-muted', className)}>{emptyNote}</p>
  );
}
