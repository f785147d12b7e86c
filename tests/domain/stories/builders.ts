import type { Question } from '@/content/types';
import type { StoryFields } from '@/domain/stories';

let next = 0;

export function aStory(fields: Partial<StoryFields> = {}): StoryFields {
  next += 1;
  return {
    schemaVersion: 1,
    id: `story-${next}`,
    title: 'A story',
    situation: '',
    task: '',
    action: '',
    result: '',
    tags: [],
    numbers: '',
    questionIds: [],
    createdAt: Date.UTC(2026, 0, 1) + next,
    updatedAt: Date.UTC(2026, 0, 1) + next,
    ...fields,
  };
}

export function aQuestion(text: string, fields: Partial<Question> = {}): Question {
  next += 1;
  return {
    id: `guide--q${next}`,
    number: 1,
    category: 'Behavioral',
    text,
    sections: [],
    keyTerms: [],
    line: 1,
    ...fields,
  };
}
