import { describe, expect, it } from 'vitest';

import { guideSlugOfQuestion } from '@/content/ids';
import { SECTION_KINDS } from '@/content/types';
import { storiesGuide, STORIES_GUIDE_SLUG, storyIdOfQuestion, storyQuestionId } from '@/domain/stories';

import { aStory } from './builders';

describe('story practice ids', () => {
  it('makes a question id of the stories guide and reads the story back from it', () => {
    const id = storyQuestionId('abc-123');
    expect(id).toBe('my-stories--abc-123');
    expect(guideSlugOfQuestion(id)).toBe(STORIES_GUIDE_SLUG);
    expect(storyIdOfQuestion(id)).toBe('abc-123');
    expect(storyIdOfQuestion(storyQuestionId('with--dashes'))).toBe('with--dashes');
  });

  it('returns null for any other question', () => {
    expect(storyIdOfQuestion('software-engineer--tell-me-about-1abc')).toBeNull();
    expect(storyIdOfQuestion('my-stories')).toBeNull();
    expect(storyIdOfQuestion('my-stories--')).toBeNull();
    expect(storyIdOfQuestion('x-my-stories--abc')).toBeNull();
  });
});

describe('storiesGuide', () => {
  const full = aStory({
    id: 's-full',
    title: 'Winning back the Acme account',
    situation: 'Acme was about to leave.',
    task: 'Keep them.',
    action: 'I met their CTO weekly.',
    result: 'They renewed for 3 years.',
    numbers: '£1.2m renewal',
    tags: ['retention', 'Negotiation', 'retention'],
  });
  const partial = aStory({ id: 's-partial', title: 'a late delivery', action: 'Re-planned the route.' });

  it('is the “My STAR stories” guide, one Behavioral question per story, ordered by title', () => {
    const guide = storiesGuide([full, partial]);
    expect(guide).toMatchObject({ slug: 'my-stories', title: 'My STAR stories', category: 'Your stories', notes: [] });
    expect(guide.questions.map((q) => [q.id, q.number, q.text, q.category])).toEqual([
      ['my-stories--s-partial', 1, 'Tell the story: a late delivery', 'Behavioral'],
      ['my-stories--s-full', 2, 'Tell the story: Winning back the Acme account', 'Behavioral'],
    ]);
    expect(guide.questions.every((q) => q.line === 0 || q.line === 1)).toBe(true);
  });

  it('maps Situation and Task to the context, Action to the approach, Result to the outcome, numbers to the example', () => {
    const [, q] = storiesGuide([full, partial]).questions;
    expect(q!.sections).toEqual([
      { kind: 'context', label: 'Situation', markdown: 'Acme was about to leave.' },
      { kind: 'context', label: 'Task', markdown: 'Keep them.' },
      { kind: 'approach', label: 'Action', markdown: 'I met their CTO weekly.' },
      { kind: 'outcome', label: 'Result', markdown: 'They renewed for 3 years.' },
      { kind: 'example', label: 'Numbers to remember', markdown: '£1.2m renewal' },
    ]);
    expect(q!.sections.every((s) => SECTION_KINDS.includes(s.kind))).toBe(true);
    expect(q!.keyTerms).toEqual(['retention', 'negotiation']);
    expect(q!.asWritten).toBe(
      '**Situation**\n\nAcme was about to leave.\n\n**Task**\n\nKeep them.\n\n**Action**\n\nI met their CTO weekly.' +
        '\n\n**Result**\n\nThey renewed for 3 years.\n\n**Numbers to remember**\n\n£1.2m renewal',
    );
  });

  it('leaves out the parts not written yet', () => {
    const [q] = storiesGuide([partial]).questions;
    expect(q!.sections).toEqual([{ kind: 'approach', label: 'Action', markdown: 'Re-planned the route.' }]);
    expect(q!.keyTerms).toEqual([]);
  });

  it('is an empty guide with no stories', () => {
    expect(storiesGuide([]).questions).toEqual([]);
  });
});
