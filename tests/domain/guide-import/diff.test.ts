import { describe, expect, it } from 'vitest';

import { diffGuides } from '@/domain/guide-import';

import { fixture, guideOf } from './fixtures';

describe('diffGuides', () => {
  const old = guideOf('harbour-pilot.md');
  // The edited version, under the same name so its ids share the slug.
  const next = guideOf('harbour-pilot.md', fixture('harbour-pilot-v2.md'));

  it('sorts questions into added, changed, removed and unchanged by id', () => {
    const diff = diffGuides(old, next);
    const texts = (qs: { text: string }[]) => qs.map((q) => q.text);
    expect(texts(diff.added)).toEqual(['How do you handle a vessel with a language barrier on the bridge?']);
    expect(diff.changed.map((c) => [c.after.text, c.what])).toEqual([
      ['How do you plan a passage into an unfamiliar harbour?', ['answer']],
    ]);
    expect(texts(diff.removed)).toEqual(['What does squat mean for a large vessel in a channel?']);
    // Renumbered but the same text and answer: the same id, so the history stays.
    expect(texts(diff.unchanged)).toEqual([
      "Tell me about a time you disagreed with a ship's master.",
      'How do you keep your local knowledge current?',
      'What would you do if the engine failed in the approach channel?',
    ]);
    expect(diff.unchanged.map((q) => q.id)).toEqual(old.questions.filter((q) => q.number >= 3).map((q) => q.id));
    expect(diff.meta).toEqual([]);
  });

  it('finds no change between a guide and itself', () => {
    const diff = diffGuides(old, old);
    expect(diff.unchanged).toHaveLength(old.questions.length);
    expect([diff.added, diff.changed, diff.removed, diff.meta]).toEqual([[], [], [], []]);
  });

  it('reports a category move and changed frontmatter', () => {
    const moved = {
      ...old,
      title: 'Harbour Pilot Guide',
      questions: old.questions.map((q) => (q.number === 4 ? { ...q, category: 'Situational' } : q)),
    };
    const diff = diffGuides(old, moved);
    expect(diff.changed.map((c) => [c.after.number, c.what])).toEqual([[4, ['category']]]);
    expect(diff.meta).toEqual(['title']);
  });
});
