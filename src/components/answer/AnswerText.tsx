import { cn } from '@/lib/cn';

interface AnswerTextProps {
  answer: string;
  /** For the paragraph either way (its place: a margin). */
  className?: string;
  /** For the words only, not for the line that says the answer was empty. */
  textClassName?: string;
}

/**
 * The user's own words, shown exactly as written: plain text in a
 * pre-wrapped paragraph, never markdown or HTML, so whatever they typed
 * (angle brackets included) reads back literally and cannot inject markup.
 */
export function AnswerText({ answer, className, textClassName }: AnswerTextProps) {
  return answer.trim() ? (
    <p className={cn('leading-relaxed break-words whitespace-pre-wrap', className, textClassName)}>{answer}</p>
  ) : (
    <p className={cn('text-sm text-fg-muted', className)}>You submitted an empty answer.</p>
  );
}
