import { describe, expect, it } from 'vitest';

import { MIN_SUGGESTION_SCORE, scoreStory, suggestStories } from '@/domain/stories';

import { aQuestion, aStory } from './builders';

const negotiation = aQuestion('Tell me about a time you negotiated with a difficult stakeholder.', {
  keyTerms: ['negotiation', 'stakeholder map', 'BATNA'],
});

const vendorDeal = aStory({
  title: 'Renegotiating the logistics contract',
  tags: ['negotiation', 'stakeholders'],
  situation: 'Our main carrier raised prices by 18% with two weeks notice.',
  action: 'I built a stakeholder map, worked out our BATNA and negotiated a staged increase.',
  result: 'We kept the carrier and saved £120k in the first year.',
});
const migration = aStory({
  title: 'Moving billing to Postgres',
  tags: ['databases', 'migration'],
  situation: 'Billing ran on an ageing Oracle cluster.',
  action: 'I planned the migration table by table and ran both systems side by side for a month.',
  result: 'Cut licence costs by 40% with no downtime.',
});
const onboarding = aStory({
  title: 'Onboarding checklist',
  tags: ['process'],
  action: 'Our team wrote a checklist for the project with the people involved.',
  result: 'New joiners were productive in 2 weeks instead of 6.',
});

describe('suggestStories', () => {
  it('suggests the story about the question and not the unrelated ones', () => {
    const suggestions = suggestStories(negotiation, [migration, vendorDeal, onboarding]);
    expect(suggestions.map((s) => s.storyId)).toEqual([vendorDeal.id]);
    expect(suggestions[0]!.score).toBeGreaterThanOrEqual(MIN_SUGGESTION_SCORE);
  });

  it('says which of the story’s words matched, tags first, across word forms', () => {
    const [top] = suggestStories(negotiation, [vendorDeal]);
    // "negotiated" (question) meets the tag "negotiation"; "stakeholder" meets "stakeholders".
    expect(top!.matched.slice(0, 2).sort()).toEqual(['negotiation', 'stakeholders']);
    expect(top!.matched).toContain('batna');
    expect(top!.matched).not.toContain('tell');
    expect(top!.matched).not.toContain('time');
  });

  it('leaves out a story already linked to the question', () => {
    const linked = { ...vendorDeal, questionIds: [negotiation.id] };
    expect(suggestStories(negotiation, [linked, migration])).toEqual([]);
  });

  it('ignores function words and question phrasing, so a story sharing only those is not suggested', () => {
    const q = aQuestion('Tell me about a time when you had to give an example of something.');
    const story = aStory({ title: 'A time I gave an example', action: 'Tell them about it when you can.' });
    expect(scoreStory(q, story)).toBeNull();
    expect(suggestStories(q, [story])).toEqual([]);
  });

  it('does not suggest a story on vague words in its body alone', () => {
    const q = aQuestion('Describe a challenging project where your team had a problem.');
    expect(suggestStories(q, [onboarding])).toEqual([]);
    expect(scoreStory(q, onboarding)!.score).toBeLessThan(MIN_SUGGESTION_SCORE);
  });

  it('weighs a tag more than the title, and the title more than the body', () => {
    const q = aQuestion('How have you handled a conflict?');
    const inTag = aStory({ tags: ['conflict'], title: 'Release day' });
    const inTitle = aStory({ title: 'The conflict over release day' });
    const inBody = aStory({ title: 'Release day', action: 'I settled the conflict.' });
    const score = (s: typeof inTag) => scoreStory(q, s)?.score ?? 0;
    expect(score(inTag)).toBeGreaterThan(score(inTitle));
    expect(score(inTitle)).toBeGreaterThan(score(inBody));
    expect(suggestStories(q, [inBody, inTitle, inTag]).map((s) => s.storyId)).toEqual([inTag.id]);
  });

  it('matches "led" and "leading" to a "lead" tag, and key terms count more than the question’s own words', () => {
    const q = aQuestion('Describe a time you were leading a team through change.', { keyTerms: ['reorganisation'] });
    expect(scoreStory(q, aStory({ tags: ['lead'] }))!.matched).toEqual(['lead']);
    expect(scoreStory(q, aStory({ title: 'How I led the night shift' }))!.matched).toEqual(['led']);
    const byKeyTerm = aStory({ title: 'Reorganisation' });
    const byText = aStory({ title: 'Change' });
    expect(scoreStory(q, byKeyTerm)!.score).toBeGreaterThan(scoreStory(q, byText)!.score);
  });

  it('ranks by score, then the more recently edited story, and keeps to the limit', () => {
    const q = aQuestion('Tell me about a negotiation with a supplier.');
    const a = aStory({ tags: ['negotiation'], updatedAt: 1 });
    const b = aStory({ tags: ['negotiation'], updatedAt: 5 });
    const c = aStory({ tags: ['negotiation', 'supplier'], updatedAt: 0 });
    expect(suggestStories(q, [a, b, c]).map((s) => s.storyId)).toEqual([c.id, b.id, a.id]);
    expect(suggestStories(q, [a, b, c], { limit: 1 }).map((s) => s.storyId)).toEqual([c.id]);
    expect(suggestStories(q, [a, b, c], { limit: 0 })).toEqual([]);
  });

  it('works for a question without key terms and for no stories', () => {
    const q = aQuestion('What is your experience with database migration?');
    expect(suggestStories(q, [])).toEqual([]);
    expect(suggestStories(q, [migration, vendorDeal]).map((s) => s.storyId)).toEqual([migration.id]);
  });
});
