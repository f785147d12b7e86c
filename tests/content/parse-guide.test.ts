import { describe, expect, it } from 'vitest';

import { parseGuide } from '@/content/parse-guide';

import { outline, parseFixture } from './helpers';

describe('parseGuide: frontmatter and overview', () => {
  const guide = parseFixture('heading-q-labels.md');

  it('reads the frontmatter fields, tolerating unknown keys', () => {
    expect(guide).toMatchObject({
      slug: 'heading-q-labels',
      title: 'Partner Manager Interview Preparation',
      category: 'Sales',
      vertical: 'Enterprise',
      author: 'Test Author',
      tags: ['Interview Prep', 'Partnerships'],
      pubDate: '2025-01-28',
      modDate: '2025-02-03',
    });
  });

  it('keeps the overview as markdown, without the title heading or the questions', () => {
    expect(guide.overview).toContain('#### Educational Background');
    expect(guide.overview).toContain("- **Required**: Bachelor's degree in Business.");
    expect(guide.overview).not.toContain('Partner Manager Interview Preparation Guide');
    expect(guide.overview).not.toContain('Interview Questions and Answers');
    expect(guide.overview).not.toContain('Q1');
  });
});

describe('parseGuide: question shapes', () => {
  it('Q-labelled headings with an Answer item wrapping labelled parts, colon inside or outside the bold', () => {
    const guide = parseFixture('heading-q-labels.md');
    expect(outline(guide)).toEqual([
      ['Technical', 'How do you assess a potential partner?', ['context', 'approach', 'example', 'outcome', 'bestPractices', 'pitfalls']],
      [
        'Behavioral',
        'Describe a conflict you resolved with a partner.',
        ['context', 'approach', 'outcome', 'bestPractices', 'pitfalls', 'followUps'],
      ],
    ]);
    const [first] = guide.questions;
    expect(first!.sections[1]).toEqual({
      kind: 'approach',
      label: 'Approach',
      markdown: '1. **Review Documentation**: Read their case studies.\n2. **Pilot Projects**: Run a small pilot.',
    });
    expect(first!.sections[3]!.markdown).toBe('Two long-term partnerships, 30% faster onboarding.');
    expect(guide.questions[1]!.sections.map((s) => s.label)).toEqual([
      'Situation',
      'Action',
      'Result',
      'Best Practices',
      'Common Pitfalls',
      'Follow-up Points',
    ]);
  });

  it('keeps closing remarks after the last answer as a guide note, not as part of the answer', () => {
    const guide = parseFixture('heading-q-labels.md');
    const last = guide.questions.at(-1)!;
    expect(last.sections.map((s) => s.markdown).join()).not.toContain('Good luck');
    expect(guide.notes).toEqual([expect.objectContaining({ markdown: expect.stringContaining('Good luck') })]);
  });

  it('numbered headings, imperative questions without "?", and bare additional questions', () => {
    const guide = parseFixture('heading-numbered.md');
    expect(outline(guide)).toEqual([
      ['Technical', 'Explain the differences between pointers and references.', ['answer', 'example', 'pitfalls', 'followUps']],
      ['Technical', 'Write a function to reverse a string in place', ['answer', 'pitfalls']],
      ['Additional', 'How do you prevent memory leaks?', []],
      ['Additional', 'Describe a time you learned a tool quickly.', []],
      ['Additional', 'What is the difference between malloc and calloc?', []],
    ]);
    expect(guide.questions[1]!.sections[0]!.markdown).toContain('```c\n  void reverse');
    expect(guide.notes.map((n) => n.markdown)).toEqual([expect.stringContaining('Each question should be answered')]);
  });

  it('a bare "Question N" heading takes its text from the bold paragraph below', () => {
    const guide = parseFixture('question-then-bold.md');
    expect(outline(guide)).toEqual([
      ['Situational', 'How would you handle a stakeholder who disputes your numbers?', ['context', 'approach', 'outcome']],
      ['Situational', 'Tell me about a time you simplified a complex analysis.', ['context', 'approach', 'outcome']],
    ]);
    expect(guide.questions[0]!.line).toBe(10);
  });

  it('bold paragraphs as questions; bold numbered labels inside answers are not questions', () => {
    const guide = parseFixture('bold-paragraphs.md');
    expect(outline(guide)).toEqual([
      [
        'Technical',
        'Explain the difference between supervised and unsupervised learning.',
        ['answer', 'bestPractices', 'pitfalls', 'followUps'],
      ],
      ['Technical', 'What is overfitting and how can you prevent it?', ['answer', 'approach']],
      // A plain Scenario opening a story with an approach and an outcome is its situation.
      ['Behavioral', 'Describe a time you worked with a difficult dataset.', ['context', 'approach', 'outcome']],
    ]);
    const pitfalls = guide.questions[0]!.sections[2]!;
    // A bold lead-in under a standalone label is that part's own point, not a new part.
    expect(pitfalls.markdown).toBe('- **Ignoring preprocessing**: Both need clean data.');
    expect(guide.questions[1]!.sections[1]!.markdown).toContain('2. **Regularization:**');
    expect(guide.overview).toContain("**Educational Background:**");
  });

  it('bold numbered list items, with answers nested in the item or following it, and bare question lists', () => {
    const guide = parseFixture('list-items.md');
    expect(outline(guide)).toEqual([
      ['Technical', 'Explain the difference between precision and recall.', ['answer', 'example', 'pitfalls', 'followUps']],
      ['Technical', 'What are neural networks, and how do they work?', ['answer', 'example', 'bestPractices']],
      [
        'Behavioral',
        'Describe a time when you had to work under a tight deadline. How did you handle it?',
        ['context', 'approach', 'outcome'],
      ],
      ['Additional', 'How do you ensure that an AI model is ethical and unbiased?', []],
      ['Additional', 'What are some common metrics for evaluating an AI model?', []],
      ['Additional', 'Explain transfer learning and its benefits.', []],
    ]);
    // Nested content is dedented out of the list item.
    expect(guide.questions[0]!.sections[0]!.markdown).toBe(
      '- **Precision:** Share of predicted positives that are right.\n- **Recall:** Share of real positives found.',
    );
    expect(guide.notes.map((n) => n.markdown)).toEqual(['For each of these additional questions, consider following a similar structure.']);
  });

  it('category headings numbered, reworded, continued and at any level; non-question sections between groups', () => {
    const guide = parseFixture('categories-varied.md');
    expect(outline(guide)).toEqual([
      ['Technical', 'How do you plan warehouse capacity?', ['approach', 'outcome']],
      ['Technical', 'How would you reduce picking errors?', ['approach']],
      ['Problem-Solving', 'A carrier fails on peak day. What do you do?', ['approach', 'example']],
      ['Additional', 'Why do you want to work in operations?', []],
    ]);
    expect(guide.notes.map((n) => n.title)).toEqual([
      'Best Practices and Adaptability',
      'Common Pitfalls to Avoid',
      'Follow-up Points',
      'Conclusion',
    ]);
    expect(guide.notes[0]!.markdown).toContain('**Adapt plans**');
    expect(guide.overview).toBe('## Overview\n\nExperience in logistics is expected.');
  });

  it('plain question headings without groups are General; follow-up questions stay inside the answer', () => {
    const guide = parseFixture('no-categories.md');
    expect(outline(guide)).toEqual([
      ['General', 'How do you tune the JVM for a latency-sensitive service?', ['context', 'approach', 'followUps']],
      ['General', 'Design a rate limiter for a public API', ['approach', 'example', 'pitfalls', 'answer']],
      ['General', 'Tell me about your favourite refactoring.', ['answer']],
    ]);
    expect(guide.questions[0]!.sections[2]!.markdown).toContain('How does JVM handle garbage collection?');
    expect(guide.questions[1]!.sections[3]!.markdown).toContain('When would you relax the limit?');
  });
});

describe('parseGuide: plain question lists', () => {
  const guide = (body: string) => {
    const result = parseGuide(`---\nterm: "T"\n---\n\n${body}`, 't.md');
    return result.ok ? result.guide.questions.map((q) => [q.category, q.text]) : result.errors;
  };

  it('takes a plain numbered list right under a group heading as questions without answers', () => {
    expect(guide('### Additional Questions\n\n1. How do you stay current?\n2. Explain transfer learning.\n')).toEqual([
      ['Additional', 'How do you stay current?'],
      ['Additional', 'Explain transfer learning.'],
    ]);
  });

  it('takes plain bullets only when every one asks something', () => {
    expect(guide('### Additional Questions\n\n- Why this company?\n- What motivates you?\n')).toHaveLength(2);
    const notQuestions = guide('### Technical Questions\n\n#### 1. What is X?\n\nY.\n\n## Tips\n\n- Sleep well.\n- How to dress for it\n');
    expect(notQuestions).toEqual([['Technical', 'What is X?']]);
  });
});

describe('parseGuide: identity and numbering', () => {
  const base = `---\nterm: "T"\n---\n\n### Technical Questions\n\n#### 1. What is A?\n\nAnswer A.\n\n#### 2. What is B?\n\nAnswer B.\n`;
  const parse = (text: string) => {
    const result = parseGuide(text, 'content/t.md');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.guide;
  };

  it('numbers questions in order and gives each a stable id from the slug and its text', () => {
    const guide = parse(base);
    expect(guide.questions.map((q) => q.number)).toEqual([1, 2]);
    expect(guide.questions[0]!.id).toMatch(/^t--what-is-a-[0-9a-z]{7}$/);
  });

  it('keeps ids when questions are reordered, renumbered or their answers edited', () => {
    const before = parse(base).questions.map((q) => q.id);
    const reordered = parse(
      `---\nterm: "T"\n---\n\n### Technical Questions\n\n#### Q1: What is  B?\n\nA new answer.\n\n#### Q2: what is a?\n\nAnswer A, edited.\n`,
    );
    expect(reordered.questions.map((q) => q.id)).toEqual([before[1], before[0]]);
  });

  it('changes the id when the question itself changes', () => {
    const changed = parse(base.replace('What is A?', 'What is A, really?'));
    expect(changed.questions[0]!.id).not.toBe(parse(base).questions[0]!.id);
  });
});
