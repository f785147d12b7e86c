import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { OwnSearchSources } from '@/lib/question-bank';
import { createSearch, highlightRuns, searchBank, type SearchSources } from '@/lib/search';

import { fakeSearchModule, searchLoads, stockQuestionBank } from '../support/question-bank';
import { financeGuide, leadershipGuide, ownGuide, searchGuides } from './search-fixtures';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

const NONE: OwnSearchSources = { guides: [], notes: [] };

function search(own: OwnSearchSources = NONE) {
  const guides = new Map([...searchGuides, ownGuide].map((g) => [g.slug, g]));
  const sources = {
    loadModule: vi.fn(() => Promise.resolve(fakeSearchModule())),
    loadOwn: vi.fn(() => Promise.resolve(own)),
    loadGuide: vi.fn((slug: string) => Promise.resolve(guides.get(slug))),
  } satisfies SearchSources;
  return { ...createSearch(sources), sources };
}
const ids = async (s: ReturnType<typeof search>, query: string) => (await s.searchBank(query)).hits.map((h) => h.id);

beforeEach(() => {
  stockQuestionBank({ guides: searchGuides });
});

describe('searchBank', () => {
  it('finds other forms of a word (stemming)', async () => {
    const s = search();
    expect(await ids(s, 'terminating')).toEqual(expect.arrayContaining(['portfolio-analyst--q4', 'team-lead--q3']));
    expect(await ids(s, 'negotiation ')).toEqual(expect.arrayContaining(['team-lead--q2', 'team-lead--q4']));
  });

  it('finds words that are only in the model answer, and says where', async () => {
    const s = search();
    const { hits } = await s.searchBank('EBITDA');
    expect(hits.map((h) => [h.id, h.fields])).toEqual([['portfolio-analyst--q1', ['answer']]]);
    expect(await ids(s, 'sharpe')).toEqual(['portfolio-analyst--q2']);
  });

  it('forgives a typo after the first two letters, not in them', async () => {
    expect(await ids(search(), 'leadrship ')).toContain('team-lead--q1');
    // Its shard ("la…") is not the one "leadership" is in. (A shard an earlier query loaded may match: not tested.)
    expect(await ids(search(), 'laedership ')).toEqual([]);
  });

  it('matches the last word as a prefix while it is typed', async () => {
    const s = search();
    expect(await ids(s, 'negoti')).toEqual(expect.arrayContaining(['team-lead--q2', 'team-lead--q4']));
    // Finished words (followed by a space) must match whole.
    expect(await ids(s, 'negoti ')).toEqual(expect.arrayContaining(['team-lead--q2']));
    expect(await ids(s, 'valuat')).toContain('portfolio-analyst');
  });

  it('finds guides by title, description and tags', async () => {
    const { hits } = await search().searchBank('valuation');
    expect(hits[0]).toMatchObject({
      kind: 'guide',
      id: 'portfolio-analyst',
      number: 0,
      category: '',
      fields: ['guide'],
    });
  });

  it('needs every word, and says so when it has to relax to some of them', async () => {
    const s = search();
    const both = await s.searchBank('deadline client');
    expect(both.hits.map((h) => h.id)).toEqual(['team-lead--q2']);
    expect(both.relaxed).toBeUndefined();
    const relaxed = await s.searchBank('ebitda sharpe');
    expect(relaxed.relaxed).toBe(true);
    expect(relaxed.hits.map((h) => h.id).sort()).toEqual(['portfolio-analyst--q1', 'portfolio-analyst--q2']);
  });

  it('matches a quoted phrase word for word, in the question or the answer', async () => {
    const s = search();
    // "tell … about yourself" is in team-lead--q3's answer, but not as this phrase.
    expect(await ids(s, '"tell me about yourself"')).toEqual(['portfolio-analyst--q3']);
    expect(await ids(s, '"full cycle"')).toEqual(['portfolio-analyst--q2']);
    expect(await ids(s, '"cycle full"')).toEqual([]);
  });

  it('loads only the parts of the index the words need', async () => {
    const s = search();
    await s.searchBank('sharpe ');
    expect(searchLoads.filter((p) => p.startsWith('shard/'))).toEqual(['shard/sh']);
    // Only the doc-table chunk of the one hit.
    expect(searchLoads.filter((p) => p.startsWith('docs/'))).toHaveLength(1);
    searchLoads.length = 0;
    await s.searchBank('sharpe ');
    expect(searchLoads).toEqual([]);
  });

  it('finds the user’s own guides and notes, marked as theirs', async () => {
    const s = search({
      guides: [ownGuide],
      notes: [
        { attemptId: 'a1', questionId: 'team-lead--q5', guideSlug: 'team-lead', note: 'Mention the forecasting work' },
      ],
    });
    const { hits } = await s.searchBank('forecasting');
    expect(hits.map((h) => [h.id, h.fields, h.mine])).toEqual(
      expect.arrayContaining([
        ['my-prep--q1', ['answer'], true],
        ['team-lead--q5', ['note'], true],
      ]),
    );
    const note = hits.find((h) => h.id === 'team-lead--q5')!;
    expect(note).toMatchObject({
      guideTitle: leadershipGuide.title,
      number: 5,
      text: 'Which metrics do you track for a team?',
    });
    expect(await s.snippetFor(note)).toBe('Mention the forecasting work');
  });

  it('gives a snippet of the model answer around the match', async () => {
    const s = search();
    const [hit] = (await s.searchBank('discounted')).hits;
    expect(await s.snippetFor(hit!)).toBe('Start from EBITDA multiples, then a discounted cash flow.');
    expect(s.sources.loadGuide).toHaveBeenCalledWith(financeGuide.slug);
  });

  it('ignores queries shorter than two characters', async () => {
    expect((await search().searchBank('a')).hits).toEqual([]);
  });

  it('limits the hits and counts the rest', async () => {
    const r = await search().searchBank('team', { limit: 1 });
    expect(r.hits).toHaveLength(1);
    expect(r.total).toBeGreaterThan(1);
  });

  it('reaches the bundled index through the question bank', async () => {
    const { hits } = await searchBank('sharpe');
    expect(hits.map((h) => h.id)).toEqual(['portfolio-analyst--q2']);
  });
});

describe('highlightRuns', () => {
  it('marks other forms of a matched term and prefixes of words', () => {
    expect(highlightRuns('Terminating a contract: terms', ['termin'])).toEqual([
      { text: 'Terminating', match: true },
      { text: ' a contract: terms', match: false },
    ]);
    expect(highlightRuns('Négociation', ['negoci'])).toEqual([{ text: 'Négociation', match: true }]);
  });
});
