/**
 * A STAR story as plain data: the fields the store's schema-derived `Story`
 * record has, so every function here takes either.
 */
export interface StoryFields {
  schemaVersion: number;
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  tags: string[];
  /** The figures to remember when telling it ("cut churn 18% → 11%, £40k saved"). */
  numbers: string;
  /** The questions this story answers. */
  questionIds: string[];
  createdAt: number;
  updatedAt: number;
}

/** What the editor edits; the rest of a story is the store's. */
export type StoryInput = Pick<StoryFields, 'title' | 'situation' | 'task' | 'action' | 'result' | 'tags' | 'numbers'>;
