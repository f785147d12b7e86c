import { describe, expect, it } from 'vitest';

import type { SectionKind } from '@/content/types';
import { defaultNotApplicable, initialRatings, isConceptQuestion, isStoryQuestion } from '@/domain/applicability';
import { NOT_APPLICABLE, RUBRIC_PARTS } from '@/domain/model';

const sections = (...kinds: SectionKind[]) => kinds.map((kind) => ({ kind }));
/** A model answer with an approach and best practices but no context, example or outcome part. */
const EXPLANATION = sections('approach', 'bestPractices', 'pitfalls');
const STAR = sections('context', 'approach', 'example', 'outcome');

describe('what kind of question it is', () => {
  it.each([
    // [category, text, story?, concept?]
    ['Technical', 'Explain closures in JavaScript.', false, true],
    ['General', 'Explain closures in JavaScript.', false, true],
    ['Additional', 'What is a closure?', false, true],
    ['Additional', "What's the difference between a process and a thread?", false, true],
    ['General', 'What are the differences between TCP and UDP?', false, true],
    ['General', 'Can you explain how DNS resolution works?', false, true],
    ['General', 'Define idempotency and give an example.', false, true],
    ['General', 'Compare REST and GraphQL.', false, true],
    ['General', 'How does garbage collection work in Java?', false, true],
    ['General', 'How would you design a URL shortener?', false, true],
    ['General', 'Describe how a hash map handles collisions.', false, true],
    ['Problem-Solving', 'How would you approach developing a new partner strategy?', false, true],
    ['Technical', 'How would you handle missing data in a dataset?', false, true],
    // Story and scenario prompts keep all four, whatever the category.
    ['Technical', 'Describe a time you had to integrate a partner’s technology with your own.', true, false],
    ['Problem-Solving', 'Describe a complex problem you solved in a partnership.', true, false],
    ['Technical', 'Tell me about a time you debugged a production outage.', true, false],
    ['General', 'Describe a situation where you disagreed with your manager.', true, false],
    ['General', 'Give an example of when you used data to make a decision.', true, false],
    ['General', 'Give an example of how you motivated a team.', true, false],
    ['Additional', 'Can you provide an example of a successful partnership that you initiated?', true, false],
    ['General', 'Have you ever had to explain a technical topic to a non-technical audience?', true, false],
    ['General', 'How would you handle a situation where a partner misses a deadline?', true, false],
    ['General', 'What would you do if a release broke production?', true, false],
    ['General', 'What steps would you take if a strategic partner left?', true, false],
    ['Behavioral', 'What is the biggest lesson you learned from a failure?', true, false],
    ['Behavioral', 'Explain how you prioritise your work.', true, false],
    ['Situational', 'What is the first thing you would do in a new role?', true, false],
    // Neither: questions about the candidate's own practice.
    ['General', 'What is your greatest strength?', false, false],
    ['Additional', 'How do you prioritize your efforts when managing multiple partnerships?', false, false],
    ['General', 'Why do you want this job?', false, false],
    // A technical-sounding example request is not a story.
    ['Technical', 'Give an example of a closure in JavaScript.', false, true],
  ] as const)('%s: “%s” → story %s, concept %s', (category, text, story, concept) => {
    expect(isStoryQuestion({ category, text })).toBe(story);
    expect(isConceptQuestion({ category, text })).toBe(concept);
  });
});

describe('defaultNotApplicable', () => {
  it.each([
    // [category, text, model answer's parts, parts that start as "doesn't apply"]
    ['Technical', 'Explain closures in JavaScript.', sections('approach', 'example'), ['context', 'outcome']],
    ['Technical', 'Explain closures in JavaScript.', EXPLANATION, ['context', 'example', 'outcome']],
    ['General', 'What is a closure?', sections('answer'), ['context', 'example', 'outcome']],
    ['Technical', 'How does HTTPS work?', STAR, []],
    ['Technical', 'How does HTTPS work?', sections('context', 'approach'), ['example', 'outcome']],
    // No model answer at all: a technical question keeps Approach and Example.
    ['Technical', 'How would you debug a memory leak?', [], ['context', 'outcome']],
    ['General', 'What are the differences between SQL and NoSQL?', [], ['context', 'outcome']],
    // Behavioural and situational questions keep all four, with or without a model answer.
    ['Behavioral', 'Tell me about a conflict you resolved.', sections('answer'), []],
    ['Behavioral', 'Tell me about a conflict you resolved.', [], []],
    ['Technical', 'Describe a time you had to integrate a partner’s technology.', sections('approach'), []],
    ['Situational', 'How would you handle a situation where a partner is underperforming?', [], []],
    ['General', 'What is your greatest strength?', sections('answer'), []],
  ] as const)('%s: “%s” with %j → %j', (category, text, kinds, expected) => {
    const defaults = defaultNotApplicable({ category, text, sections: kinds });
    expect(Object.keys(defaults).sort()).toEqual([...expected].sort());
  });

  it('never defaults Approach, even when the model answer has no approach part', () => {
    for (const kinds of [sections('answer'), sections('context', 'example', 'outcome'), []]) {
      const defaults = defaultNotApplicable({ category: 'Technical', text: 'Explain CORS.', sections: kinds });
      expect(defaults).not.toHaveProperty('approach');
    }
  });

  it('gives a one-line reason for each part it marks', () => {
    const technical = defaultNotApplicable({ category: 'Technical', text: 'Explain closures.', sections: EXPLANATION });
    expect(technical).toEqual({
      context: 'A technical question: the model answer has no context part.',
      example: 'A technical question: the model answer has no example part.',
      outcome: 'A technical question: the model answer has no outcome part.',
    });
    const conceptual = defaultNotApplicable({ category: 'General', text: 'What is a closure?', sections: EXPLANATION });
    expect(conceptual.context).toBe('A question that asks for an explanation: the model answer has no context part.');
    const noAnswer = defaultNotApplicable({ category: 'Technical', text: 'Explain closures.', sections: [] });
    for (const reason of Object.values(noAnswer))
      expect(reason).toMatch(/^A technical question with no model answer: .+\.$/);
    for (const reason of [...Object.values(technical), ...Object.values(noAnswer)]) expect(reason).not.toContain('\n');
  });
});

describe('initialRatings', () => {
  it('starts the defaults as "doesn\'t apply" and everything else unrated', () => {
    expect(
      initialRatings({ category: 'Technical', text: 'Explain closures.', sections: sections('approach', 'example') }),
    ).toEqual({
      context: NOT_APPLICABLE,
      approach: null,
      example: null,
      outcome: NOT_APPLICABLE,
    });
    expect(initialRatings({ category: 'Behavioral', text: 'Tell me about a time…', sections: [] })).toEqual({
      context: null,
      approach: null,
      example: null,
      outcome: null,
    });
  });

  it('always leaves at least Approach to rate', () => {
    const ratings = initialRatings({ category: 'Technical', text: 'Explain closures.', sections: sections('answer') });
    expect(RUBRIC_PARTS.filter((part) => ratings[part] !== NOT_APPLICABLE)).toEqual(['approach']);
  });
});
