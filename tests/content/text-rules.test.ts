import { describe, expect, it } from 'vitest';

import { classifyGroupHeading, classifyLabel, looksLikePartLabel, looksLikeQuestion, stripNumbering } from '@/content/text-rules';

describe('stripNumbering', () => {
  it.each([
    ['Q1: How do you assess partners?', 'How do you assess partners?', 1],
    ['Q12. Explain X', 'Explain X', 12],
    ['Question 3: What is Y?', 'What is Y?', 3],
    ['Question 4 - Describe Z', 'Describe Z', 4],
    ['7. Write a function to sort', 'Write a function to sort', 7],
    ['2) Compare A and B', 'Compare A and B', 2],
    ['Question 1', '', 1],
    ['How do you plan?', 'How do you plan?', null],
    ['3D modelling: what matters?', '3D modelling: what matters?', null],
    ['2024 was a hard year. What did you learn?', '2024 was a hard year. What did you learn?', null],
  ])('%s', (raw, text, number) => {
    expect(stripNumbering(raw)).toEqual({ text, number });
  });
});

describe('looksLikeQuestion', () => {
  it.each([
    ['What is overfitting?', false, true],
    ['Write a function to reverse a string', false, true],
    ['Imagine a client is unhappy', false, true],
    ['Anything at all', true, true],
    ['Answer:', false, false],
    ['Cross-Validation:', true, false],
    ['Educational Background', false, false],
    ['Conclusion', false, false],
  ])('%s (numbered: %s) → %s', (text, numbered, expected) => {
    expect(looksLikeQuestion(text, numbered)).toBe(expected);
  });
});

describe('classifyGroupHeading', () => {
  it.each([
    ['Technical Questions', 'Technical'],
    ['1. Technical Questions', 'Technical'],
    ['Technical Questions Specific to the Role', 'Technical'],
    ['Technical Questions (Continued)', 'Technical'],
    ['Behavioural Questions', 'Behavioral'],
    ['Problem-solving Questions', 'Problem-Solving'],
    ['Problem Solving Questions', 'Problem-Solving'],
    ['Additional Interview Questions', 'Additional'],
    ['Leadership Questions', 'Leadership'],
  ])('%s is the group %s', (heading, category) => {
    expect(classifyGroupHeading(heading)).toEqual({ role: 'category', category });
  });

  it.each(['Interview Questions and Answers', 'Detailed Interview Questions and Comprehensive Answers'])(
    '%s starts the questions without naming a group',
    (heading) => expect(classifyGroupHeading(heading)).toEqual({ role: 'questionsStart' }),
  );

  it.each(['What questions would you ask the interviewer?', 'Conclusion', 'Common Pitfalls to Avoid', '4. How do you plan?'])(
    '%s is not a group',
    (heading) => expect(classifyGroupHeading(heading)).toBeNull(),
  );
});

describe('classifyLabel', () => {
  it.each([
    ['Context', 'context'],
    ['Situation', 'context'],
    ['Task', 'context'],
    ['Background:', 'context'],
    ['Approach', 'approach'],
    ['Action', 'approach'],
    ['Steps', 'approach'],
    ['Solution', 'approach'],
    ['Strategy', 'approach'],
    ['Step 2: Strategic Planning', 'approach'],
    ['Diagnosis Steps', 'approach'],
    ['Example', 'example'],
    ['Examples', 'example'],
    ['Example 1: Pacemakers', 'example'],
    ['Real-World Scenario', 'example'],
    ['Real-world Example', 'example'],
    ['Scenario: Small Business Loan Application', 'example'],
    ['Case Study', 'example'],
    ['Outcome', 'outcome'],
    ['Results', 'outcome'],
    ['Impact', 'outcome'],
    ['Best Practices', 'bestPractices'],
    ['Pitfalls', 'pitfalls'],
    ['Common Pitfalls', 'pitfalls'],
    ['Pitfalls to Avoid', 'pitfalls'],
    ['Common Pitfalls to Avoid', 'pitfalls'],
    ['What Not to Do', 'pitfalls'],
    ['Follow-up', 'followUps'],
    ['Follow-Up Points', 'followUps'],
    ['Answer', 'answer'],
    // Variants real guides use: singular, "to Avoid", "Taken", numbered, a subject, a dash, "My"/"The".
    ['Best Practice', 'bestPractices'],
    ['Pitfall to Avoid', 'pitfalls'],
    ['Mistakes to Avoid', 'pitfalls'],
    ['Common Mistake', 'pitfalls'],
    ['Action Taken', 'approach'],
    ['Actions Taken', 'approach'],
    ['Steps Taken', 'approach'],
    ['Approach 2', 'approach'],
    ['Step 1 – Research', 'approach'],
    ['Example 2', 'example'],
    ['Example #3 (Retail)', 'example'],
    ['Scenario 1', 'example'],
    ['Use Case', 'example'],
    ['For example', 'example'],
    ['Code Example', 'example'],
    ['Result/Impact', 'outcome'],
    ['Results Achieved', 'outcome'],
    ['Expected Outcome', 'outcome'],
    ['Lessons Learned', 'outcome'],
    ['The Situation', 'context'],
    ['My Approach', 'approach'],
    ['Task & Action', 'context'],
    ['Detailed Answer', 'answer'],
    ['Follow-up Questions', 'followUps'],
  ])('%s → %s', (label, kind) => {
    expect(classifyLabel(label)).toBe(kind);
  });

  it.each([
    'Definition',
    'Pointers',
    'Role',
    'Alternative Considerations',
    'Ignoring data preprocessing',
    // Words of a part's name inside another name are not that part.
    'Scenario Planning',
    'Example Driven Design',
    'Alternative Approaches',
    'Challenges',
  ])(
    '%s names no part',
    (label) => expect(classifyLabel(label)).toBeNull(),
  );
});

describe('looksLikePartLabel', () => {
  it.each([
    ['Lessons Applied', true],
    ['Solution Options', false],
    ['Mistakes Made', true],
    ['Key Results Delivered', true],
    ['Outcome', false],
    ['Reasoning', false],
    ['Definition', false],
    ['IaaS (Infrastructure as a Service)', false],
  ])('%s → %s', (label, expected) => expect(looksLikePartLabel(label)).toBe(expected));
});
