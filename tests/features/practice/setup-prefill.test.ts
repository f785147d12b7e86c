import { describe, expect, it, vi } from 'vitest';

import type { Guide, GuideSummary } from '@/content/types';
import type { SessionSettings } from '@/domain/model';
import { DEFAULT_SETUP } from '@/domain/selection';
import { loadLinkedQuestions } from '@/features/practice/setup/pinned';
import {
  lastPractisedGuide,
  missingNotice,
  prefillSetup,
  toStoredSettings,
  type PrefillInput,
} from '@/features/practice/setup/prefill';
import { linkedQuestionIds, MAX_LINKED_QUESTIONS, parseSetupSearch } from '@/features/practice/setup/search';

function summary(slug: string, title = slug): GuideSummary {
  return {
    slug,
    title,
    description: '',
    category: '',
    vertical: '',
    tags: [],
    questionCount: 2,
    categories: [{ name: 'Technical', count: 2 }],
  };
}

/** A library of n guides, slugs g0000… in library order. */
const library = (n: number) => Array.from({ length: n }, (_, i) => summary(`g${String(i).padStart(4, '0')}`));
const THOUSAND = library(1000);
const setup = (overrides: Partial<SessionSettings> = {}): SessionSettings => ({ ...DEFAULT_SETUP, ...overrides });
const prefill = (input: Partial<PrefillInput>) =>
  prefillSetup({ guides: THOUSAND, lastSetup: null, search: {}, pinned: [], ...input });

describe('prefillSetup: the default choice of guides', () => {
  it('takes the guide the user came from, and says so', () => {
    const guides = [summary('a', 'Alpha Guide'), summary('ds', 'Data Scientist Interview Guide')];
    const { settings, reason, notice } = prefillSetup({
      guides,
      lastSetup: setup({ guideSlugs: ['a'] }),
      search: { guide: 'ds' },
      pinned: [],
      lastPractised: 'a',
    });
    expect(settings.guideSlugs).toEqual(['ds']);
    expect(reason).toBe('From Data Scientist Interview Guide');
    expect(notice).toBeNull();
  });

  it('keeps the guides of the last setup, in the order picked', () => {
    const { settings, reason } = prefill({
      lastSetup: setup({ guideSlugs: ['g0900', 'g0002', 'g0500'] }),
      lastPractised: 'g0001',
    });
    expect(settings.guideSlugs).toEqual(['g0900', 'g0002', 'g0500']);
    expect(reason).toBe('Your last practice');
  });

  it('never turns a stored "all" (older versions) into 1,000 ticked guides: the last practised guide instead', () => {
    const { settings, reason } = prefill({ lastSetup: setup({ guideSlugs: [] }), lastPractised: 'g0421' });
    expect(settings.guideSlugs).toEqual(['g0421']);
    expect(reason).toBe('The guide you practised last');
  });

  it('ticks nothing and asks for a choice with no stored setup and no history', () => {
    const { settings, reason } = prefill({ lastSetup: setup({ guideSlugs: [] }), lastPractised: 'retired-guide' });
    expect(settings.guideSlugs).toEqual([]);
    expect(reason).toBe('Choose the guides to practise.');
  });

  it('falls back from a stale link to the last setup, with a notice', () => {
    const { settings, notice } = prefill({ search: { guide: 'retired' }, lastSetup: setup({ guideSlugs: ['g0007'] }) });
    expect(settings.guideSlugs).toEqual(['g0007']);
    expect(notice).toMatch(/guide in the link is no longer in the library/);
  });

  it('ticks the only guide of a one-guide library', () => {
    const { settings, reason } = prefillSetup({ guides: library(1), lastSetup: null, search: {}, pinned: [] });
    expect(settings.guideSlugs).toEqual(['g0000']);
    expect(reason).toBeNull();
  });
});

describe('lastPractisedGuide', () => {
  it('is the guide of the most recently submitted answer', () => {
    expect(lastPractisedGuide({})).toBeNull();
    expect(
      lastPractisedGuide({
        a: { guideSlug: 'old', submittedAt: 1 },
        b: { guideSlug: 'new', submittedAt: 3 },
        c: { guideSlug: 'middle', submittedAt: 2 },
      }),
    ).toBe('new');
  });
});

describe('toStoredSettings', () => {
  it('stores the guides as picked, never as "all", dropping unknown ones', () => {
    const guides = library(3);
    const stored = toStoredSettings(setup({ guideSlugs: ['g0002', 'gone', 'g0000', 'g0001'] }), guides);
    expect(stored.guideSlugs).toEqual(['g0002', 'g0000', 'g0001']);
    expect(stored.categories).toEqual([]);
  });
});

describe('the questions param', () => {
  it('reads a JSON array or a comma list, trimmed, without repeats, at most 50', () => {
    expect(parseSetupSearch({ questions: ['b--q1', ' a--q2 ', 'b--q1', '', 7] })).toEqual({
      questions: ['b--q1', 'a--q2'],
    });
    expect(parseSetupSearch({ questions: 'a--q1,b--q2' }).questions).toEqual(['a--q1', 'b--q2']);
    const many = Array.from({ length: 80 }, (_, i) => `g--q${i}`);
    expect(parseSetupSearch({ questions: many }).questions).toEqual(many.slice(0, MAX_LINKED_QUESTIONS));
    expect(parseSetupSearch({ questions: [] })).toEqual({});
    expect(parseSetupSearch({ questions: { a: 1 } })).toEqual({});
  });

  it('takes the list before the single question', () => {
    expect(linkedQuestionIds({ question: 'a--q1', questions: ['b--q1', 'c--q1'] })).toEqual(['b--q1', 'c--q1']);
    expect(linkedQuestionIds({ question: 'a--q1' })).toEqual(['a--q1']);
    expect(linkedQuestionIds({})).toEqual([]);
  });

  const guide = (slug: string, numbers: number[]): Guide => ({
    ...summary(slug),
    pubDate: null,
    modDate: null,
    author: '',
    overview: '',
    notes: [],
    questions: numbers.map((n) => ({
      id: `${slug}--q${n}`,
      number: n,
      category: 'Technical',
      text: `${slug} ${n}?`,
      sections: [],
      keyTerms: [],
      line: n,
    })),
  });

  it('finds the questions in the link order, loading each named guide once, and counts unknown ids', async () => {
    const load = vi.fn((slug: string) =>
      Promise.resolve({ a: guide('a', [1, 2]), b: guide('b', [1]) }[slug] as Guide | undefined),
    );
    const { pinned, missing } = await loadLinkedQuestions(['b--q1', 'a--q2', 'gone--q1', 'a--q9', 'a--q1'], load);
    expect(pinned.map((p) => p.question.id)).toEqual(['b--q1', 'a--q2', 'a--q1']);
    expect(pinned[0]).toMatchObject({ guideSlug: 'b', guideTitle: 'b' });
    expect(missing).toBe(2);
    expect(load.mock.calls.map(([slug]) => slug).sort()).toEqual(['a', 'b', 'gone']);
  });

  it('says how many linked questions are gone', () => {
    expect(missingNotice(0, 3)).toBeNull();
    expect(missingNotice(2, 3)).toBe('2 of the questions are no longer in the library.');
    expect(missingNotice(1, 3)).toBe('1 of the questions is no longer in the library.');
    expect(missingNotice(3, 0)).toMatch(/questions in the link are no longer in the library/);
  });

  it('pins the found questions: their guides in order, and as many as found', () => {
    const pinned = [guide('b', [1]), guide('a', [2])].map((g) => ({
      question: g.questions[0]!,
      guideSlug: g.slug,
      guideTitle: g.title,
    }));
    const { settings, notice } = prefill({ pinned, missing: 2, lastSetup: setup({ count: 9 }) });
    expect(settings).toMatchObject({ guideSlugs: ['b', 'a'], count: 2 });
    expect(notice).toBe('2 of the questions are no longer in the library.');
  });
});
