import type { AnswerInput, QuestionOrder, ThinkTime, TimeLimit } from '@/domain/model';

export interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
}

export const ORDER_CHOICES: Choice<QuestionOrder>[] = [
  { value: 'guide', label: 'Guide order', hint: 'Guides in the order you picked them' },
  { value: 'shuffled', label: 'Shuffled', hint: 'A new order every time' },
  { value: 'weakest', label: 'Weakest first', hint: 'Lowest scores, then new ones' },
  { value: 'due', label: 'Due first', hint: 'Due for review, then weakest' },
];

export const TIME_LIMIT_CHOICES: Choice<TimeLimit>[] = [
  { value: 0, label: 'Off' },
  { value: 60, label: '1 min' },
  { value: 120, label: '2 min' },
  { value: 180, label: '3 min' },
];

export const THINK_TIME_CHOICES: Choice<ThinkTime>[] = [
  { value: 0, label: 'Off' },
  { value: 10, label: '10 s' },
  { value: 30, label: '30 s' },
];

export const INPUT_CHOICES: Choice<AnswerInput>[] = [
  { value: 'type', label: 'Typing', hint: 'Write your answer' },
  { value: 'voice', label: 'Voice', hint: 'Speak; your words are typed for you' },
  { value: 'interviewer', label: 'Interviewer', hint: 'The question is read aloud; you answer out loud, recorded' },
];

/** The interviewer's speaking rate (speechSynthesis `rate`, 1 = the voice's normal speed). */
export const RATE_CHOICES: Choice<number>[] = [
  { value: 0.8, label: '0.8×', hint: 'Slower' },
  { value: 1, label: '1×', hint: 'Normal' },
  { value: 1.2, label: '1.2×', hint: 'Faster' },
];

export function choiceLabel<T>(choices: Choice<T>[], value: T): string {
  return choices.find((c) => c.value === value)?.label ?? String(value);
}
