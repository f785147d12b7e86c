import { describe, expect, it } from 'vitest';

import { isHeading, parseQuestionLines, planPaste, stripMarker } from '@/features/own-guides/paste-questions';

describe('stripMarker', () => {
  it.each([
    ['1. Why this role?', 'Why this role?'],
    ['12) Why this role?', 'Why this role?'],
    ['(3) Why this role?', 'Why this role?'],
    ['- Why this role?', 'Why this role?'],
    ['* Why this role?', 'Why this role?'],
    ['•Why this role?', 'Why this role?'],
    ['  • Why this role?', 'Why this role?'],
    ['Q1: Why this role?', 'Why this role?'],
    ['Q12. Why this role?', 'Why this role?'],
    ['Question 4: Why this role?', 'Why this role?'],
    ['- [ ] Why this role?', 'Why this role?'],
    ['## Why this role?', 'Why this role?'],
    ['1. **Why this role?**', 'Why this role?'],
  ])('%j → %j', (line, text) => {
    expect(stripMarker(line)).toBe(text);
  });

  it('leaves numbers and emphasis that belong to the question', () => {
    expect(stripMarker('3.5 years in: what changed?')).toBe('3.5 years in: what changed?');
    expect(stripMarker('**Why** would you leave?')).toBe('**Why** would you leave?');
    expect(stripMarker('A/B tests: how do you size one?')).toBe('A/B tests: how do you size one?');
  });
});

describe('isHeading', () => {
  it('is a line ending in a colon that asks nothing', () => {
    expect(isHeading('Interview questions:')).toBe(true);
    expect(isHeading('What would you do here:')).toBe(true);
    expect(isHeading('Why? Explain:')).toBe(false);
    expect(isHeading('Describe a time you failed.')).toBe(false);
  });
});

describe('parseQuestionLines', () => {
  it('takes a job posting’s questions section apart', () => {
    const pasted = [
      'Interview questions:',
      '',
      '1. Tell me about yourself.',
      '2. Why do you want to work here?',
      '   ',
      '• How do you handle conflict?',
      'Q4: Describe a project you led.',
      'Technical:',
      '- What is a closure?',
    ].join('\r\n');
    expect(parseQuestionLines(pasted)).toEqual([
      'Tell me about yourself.',
      'Why do you want to work here?',
      'How do you handle conflict?',
      'Describe a project you led.',
      'What is a closure?',
    ]);
  });

  it('keeps the first of repeated questions (case and punctuation aside) and nothing for an empty paste', () => {
    expect(parseQuestionLines('Why here?\n- why HERE\n1. Why here?')).toEqual(['Why here?']);
    expect(parseQuestionLines('\n  \n-\n1.\n')).toEqual([]);
  });

  it('makes one line of each question’s spacing', () => {
    expect(parseQuestionLines('-   What   is\tscale?')).toEqual(['What is scale?']);
  });
});

describe('planPaste', () => {
  it('splits what to add from what the guide already has', () => {
    const plan = planPaste('Questions:\n1. Why here?\n2. What is scale?\n3. Tell me about yourself', [
      'Tell me about yourself.',
    ]);
    expect(plan).toEqual({ add: ['Why here?', 'What is scale?'], already: ['Tell me about yourself'] });
  });
});
