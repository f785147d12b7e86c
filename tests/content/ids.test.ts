import { describe, expect, it } from 'vitest';

import { hashText, normaliseQuestionText, questionId, slugFromFile } from '@/content/ids';

describe('ids', () => {
  it('derives slugs from file names on any platform', () => {
    expect(slugFromFile('content/c++-developer-interview-help.md')).toBe('c-developer-interview-help');
    expect(slugFromFile('C:\\guides\\Data Scientist Guide.markdown')).toBe('data-scientist-guide');
    expect(slugFromFile('café-guide.md')).toBe('cafe-guide');
  });

  it('ignores case, punctuation, markup and spacing in question identity', () => {
    expect(normaliseQuestionText('What’s  `std::move`?')).toBe(normaliseQuestionText("what's std::move"));
    expect(questionId('g', 'What is X?')).toBe(questionId('g', 'what is  x'));
  });

  it('tells apart questions that share their first words', () => {
    const a = questionId('g', 'Describe a time when you had to lead a team');
    const b = questionId('g', 'Describe a time when you had to learn fast');
    expect(a).not.toBe(b);
    expect(a.startsWith('g--describe-a-time-when-you-had-')).toBe(true);
  });

  it('hashes deterministically to 7 base-36 characters', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).toMatch(/^[0-9a-z]{7}$/);
  });
});
