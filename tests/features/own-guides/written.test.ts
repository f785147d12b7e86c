import { describe, expect, it } from 'vitest';

import { guideSlugOfQuestion, questionId } from '@/content/ids';
import { filterGuides, hasFilters, validateLibrarySearch } from '@/features/library/filters';
import {
  answerSections,
  asWrittenOf,
  buildQuestion,
  draftProblems,
  emptyParts,
  newWrittenGuide,
  partsOf,
  uniqueSlug,
  withNewQuestions,
  withoutQuestion,
  withQuestion,
} from '@/features/own-guides/written';

const guide = newWrittenGuide('my-questions', 'My questions');
const draft = (text: string, parts = emptyParts()) => ({ text, category: 'Technical', parts });

describe('uniqueSlug', () => {
  it('slugifies the name and adds a suffix while the slug is taken', () => {
    const taken = new Set(['data-analyst', 'data-analyst-2']);
    expect(uniqueSlug('Data Analyst', (slug) => taken.has(slug))).toBe('data-analyst-3');
    expect(uniqueSlug('Café  Owner!', () => false)).toBe('cafe-owner');
    expect(uniqueSlug('???', () => false)).toBe('my-guide');
  });
});

describe('buildQuestion', () => {
  it('makes a question of the guide with its parts as sections and as written', () => {
    const parts = { ...emptyParts(), context: 'A team of 4.', pitfalls: '- Blaming others' };
    const question = buildQuestion(guide, draft('  Tell me about\na conflict. ', parts));
    expect(question).toEqual({
      id: questionId('my-questions', 'Tell me about a conflict.'),
      number: 1,
      category: 'Technical',
      text: 'Tell me about a conflict.',
      sections: [
        { kind: 'context', label: 'Context', markdown: 'A team of 4.' },
        { kind: 'pitfalls', label: 'Pitfalls to Avoid', markdown: '- Blaming others' },
      ],
      asWritten: '**Context:**\n\nA team of 4.\n\n**Pitfalls to Avoid:**\n\n- Blaming others',
      keyTerms: [],
      line: 0,
    });
    expect(guideSlugOfQuestion(question.id)).toBe('my-questions');
    expect(partsOf(question)).toEqual(parts);
  });

  it('keeps the id and place of an edited question whatever its new text', () => {
    const first = buildQuestion(guide, draft('First?'));
    const withFirst = withQuestion(guide, first);
    const second = buildQuestion(withFirst, draft('Second?'));
    const both = withQuestion(withFirst, second);
    const edited = buildQuestion(both, draft('First, reworded?'), first);
    const after = withQuestion(both, edited);
    expect(after.questions.map((q) => [q.id, q.number, q.text])).toEqual([
      [first.id, 1, 'First, reworded?'],
      [second.id, 2, 'Second?'],
    ]);
    // Writing the old text again gets an id of its own, not the edited question's.
    const again = buildQuestion(after, draft('First?'));
    expect(again.id).not.toBe(first.id);
    expect(guideSlugOfQuestion(again.id)).toBe('my-questions');
  });
});

describe('draftProblems', () => {
  const withOne = withQuestion(guide, buildQuestion(guide, draft('Why this role?')));

  it('asks for the text and the category', () => {
    expect(draftProblems(guide, { text: '  ?! ', category: ' ', parts: emptyParts() })).toEqual([
      { field: 'text', message: 'Write the question.' },
      { field: 'category', message: 'Name the category.' },
    ]);
  });

  it('refuses a question the guide already has, unless it is the one being edited', () => {
    expect(draftProblems(withOne, draft('why THIS role'))).toEqual([
      { field: 'text', message: '“My questions” already has this question.' },
    ]);
    expect(draftProblems(withOne, draft('why THIS role'), withOne.questions[0]!.id)).toEqual([]);
  });
});

describe('guide edits', () => {
  it('adds pasted questions last and renumbers after a removal', () => {
    const one = withQuestion(guide, buildQuestion(guide, draft('A?')));
    const three = withNewQuestions(one, ['B?', 'C?'], 'Behavioral');
    expect(three.questions.map((q) => [q.number, q.text, q.category, q.sections.length])).toEqual([
      [1, 'A?', 'Technical', 0],
      [2, 'B?', 'Behavioral', 0],
      [3, 'C?', 'Behavioral', 0],
    ]);
    const two = withoutQuestion(three, three.questions[1]!.id);
    expect(two.questions.map((q) => [q.number, q.text])).toEqual([
      [1, 'A?'],
      [2, 'C?'],
    ]);
  });

  it('writes nothing for an empty model answer', () => {
    expect(answerSections(emptyParts())).toEqual([]);
    expect(asWrittenOf([])).toBe('');
  });
});

describe('the library’s "Yours" filter', () => {
  it('reads ?mine=true and keeps only the user’s guides', () => {
    expect(validateLibrarySearch({ mine: 'true' }).mine).toBe(true);
    expect(validateLibrarySearch({ mine: true }).mine).toBe(true);
    expect(validateLibrarySearch({ mine: 'yes' }).mine).toBeUndefined();
    expect(hasFilters({ mine: true })).toBe(true);
    const summary = { slug: 'a', mine: true as const };
    const bundled = { slug: 'b' };
    const guides = [summary, bundled].map((g) => ({
      title: g.slug,
      description: '',
      category: '',
      vertical: '',
      tags: [],
      pubDate: null,
      modDate: null,
      author: '',
      questionCount: 0,
      categories: [],
      ...g,
    }));
    expect(filterGuides(guides, { mine: true }).map((g) => g.slug)).toEqual(['a']);
    expect(filterGuides(guides, {}).map((g) => g.slug)).toEqual(['a', 'b']);
  });
});
