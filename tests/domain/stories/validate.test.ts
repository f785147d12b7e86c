import { describe, expect, it } from 'vitest';

import {
  isStoryInputValid,
  MAX_PART_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  MAX_TITLE_CHARS,
  normaliseTags,
  type StoryInput,
  validateStoryInput,
} from '@/domain/stories';

const input = (fields: Partial<StoryInput> = {}): StoryInput => ({
  title: 'The outage',
  situation: '',
  task: '',
  action: 'I rolled back.',
  result: '',
  tags: [],
  numbers: '',
  ...fields,
});

describe('validateStoryInput', () => {
  it('accepts a titled story with one part written', () => {
    expect(validateStoryInput(input())).toEqual({});
    expect(isStoryInputValid(validateStoryInput(input()))).toBe(true);
  });

  it('needs a title and at least one STAR part (the numbers alone are not a story)', () => {
    const errors = validateStoryInput(input({ title: '   ', action: ' ', numbers: '20%' }));
    expect(errors.title).toBe('Give the story a title.');
    expect(errors.story).toMatch(/at least one part/);
    expect(isStoryInputValid(errors)).toBe(false);
  });

  it('limits the title, each part and the numbers', () => {
    expect(validateStoryInput(input({ title: 'x'.repeat(MAX_TITLE_CHARS) }))).toEqual({});
    expect(validateStoryInput(input({ title: 'x'.repeat(MAX_TITLE_CHARS + 1) })).title).toMatch(/200 characters/);
    const long = 'y'.repeat(MAX_PART_CHARS + 1);
    const errors = validateStoryInput(input({ situation: long, result: long, numbers: long }));
    expect(Object.keys(errors).sort()).toEqual(['numbers', 'result', 'situation']);
    expect(errors.result).toMatch(/^Result can be at most 20,000 characters/);
    expect(validateStoryInput(input({ action: 'y'.repeat(MAX_PART_CHARS) }))).toEqual({});
  });

  it('limits the number of tags and each tag’s length', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `tag${i}`);
    expect(validateStoryInput(input({ tags: tags(MAX_TAGS) }))).toEqual({});
    expect(validateStoryInput(input({ tags: tags(MAX_TAGS + 1) })).tags).toMatch(/at most 30 tags/);
    expect(validateStoryInput(input({ tags: ['z'.repeat(MAX_TAG_CHARS + 1)] })).tags).toMatch(/50 characters/);
    expect(validateStoryInput(input({ tags: ['z'.repeat(MAX_TAG_CHARS)] }))).toEqual({});
  });
});

describe('normaliseTags', () => {
  it('splits on commas and lines, trims, lower-cases and keeps each tag once', () => {
    expect(normaliseTags('Leadership, conflict\n  Stakeholder   Management \r\nleadership,,#Conflict\n')).toEqual([
      'leadership',
      'conflict',
      'stakeholder management',
    ]);
  });

  it('keeps the symbols of tags like C# and C++', () => {
    expect(normaliseTags('C#, c++, ci/cd')).toEqual(['c#', 'c++', 'ci/cd']);
  });

  it('gives no tags for blank text', () => {
    expect(normaliseTags('')).toEqual([]);
    expect(normaliseTags(' , \n ')).toEqual([]);
  });
});
