import type { Question } from '@/content/types';

export interface QuestionGroup {
  category: string;
  questions: Question[];
}

/** Groups in the order each category first appears, questions in guide order within each. */
export function groupByCategory(questions: readonly Question[]): QuestionGroup[] {
  const groups = new Map<string, Question[]>();
  for (const question of questions) {
    const group = groups.get(question.category);
    if (group) group.push(question);
    else groups.set(question.category, [question]);
  }
  return Array.from(groups, ([category, grouped]) => ({ category, questions: grouped }));
}
