import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseGuide } from '@/content/parse-guide';
import { findGuideFiles, loadContent } from '@/content-loader/load-content';

import { fixturePath } from './helpers';

const parseBroken = (name: string) => {
  const file = `broken/${name}`;
  const result = parseGuide(readFileSync(fixturePath(file), 'utf8'), file);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
};

describe('content errors name file:line and what is wrong', () => {
  it('invalid YAML', () => {
    expect(parseBroken('invalid-yaml.md')).toEqual([
      { file: 'broken/invalid-yaml.md', line: 4, message: expect.stringMatching(/^invalid YAML in frontmatter: .+/) },
    ]);
  });

  it('missing term', () => {
    expect(parseBroken('missing-term.md')).toEqual([
      { file: 'broken/missing-term.md', line: 2, message: expect.stringContaining('no `term`') },
    ]);
  });

  it('no frontmatter at all', () => {
    const result = parseGuide('#### 1. What is X?\n\nY.\n', 'x.md');
    expect(result.ok ? [] : result.errors).toEqual([{ file: 'x.md', line: 1, message: expect.stringContaining('missing YAML frontmatter') }]);
  });

  it('a guide with no questions', () => {
    expect(parseBroken('no-questions.md')).toEqual([
      { file: 'broken/no-questions.md', line: 5, message: expect.stringContaining('no questions found') },
    ]);
  });

  it('a duplicate question', () => {
    expect(parseBroken('duplicate-question.md')).toEqual([
      { file: 'broken/duplicate-question.md', line: 11, message: expect.stringContaining('line 7') },
    ]);
  });

  it('a question heading with no text', () => {
    const result = parseGuide('---\nterm: T\n---\n\n#### Question 1\n\nJust an answer.\n', 'q.md');
    expect(result.ok ? [] : result.errors).toContainEqual({ file: 'q.md', line: 5, message: expect.stringContaining('has no question text') });
  });

  it('reports every error of every file together, and still returns the good guides', () => {
    const { files } = findGuideFiles([fixturePath('broken'), fixturePath('guides/list-items.md')]);
    const load = loadContent(files);
    expect(load.guides.map((g) => g.guide.slug).sort()).toEqual(['list-items', 'same-name']);
    const where = load.errors.map((e) => `${e.file.split('/fixtures/')[1]}:${e.line}`);
    expect(where).toEqual([
      'broken/dup-b/same-name.md:1',
      'broken/duplicate-question.md:11',
      'broken/invalid-yaml.md:4',
      'broken/missing-term.md:2',
      'broken/no-questions.md:5',
    ]);
    expect(load.errors[0]!.message).toContain('duplicate slug "same-name"');
  });

  it('a missing input path is an error, not a crash', () => {
    expect(findGuideFiles(['does/not/exist']).errors).toEqual([{ file: 'does/not/exist', line: 1, message: 'no such file or folder' }]);
  });
});
