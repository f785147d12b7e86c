import { describe, expect, it } from 'vitest';

import type { SessionSettings } from '@/domain/model';
import { DEFAULT_SETUP, normalizeSetup, selectQuestions, type PoolQuestion } from '@/domain/selection';

/** mulberry32: a small seeded generator, so shuffles are reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pool order puts guide "b" first; within a guide, numbers are out of order.
const pool: PoolQuestion[] = [
  { id: 'b2', guideSlug: 'b', category: 'Technical', number: 2 },
  { id: 'b1', guideSlug: 'b', category: 'Behavioral', number: 1 },
  { id: 'a1', guideSlug: 'a', category: 'Behavioral', number: 1 },
  { id: 'a3', guideSlug: 'a', category: 'Technical', number: 3 },
  { id: 'a2', guideSlug: 'a', category: 'Situational', number: 2 },
  { id: 'c1', guideSlug: 'c', category: 'Behavioral', number: 1 },
];
const all = (patch: Partial<SessionSettings> = {}): SessionSettings => ({ ...DEFAULT_SETUP, count: 100, ...patch });
const never = () => {
  throw new Error('random should not be called');
};

describe('selectQuestions', () => {
  it('orders by guide as the pool lists them, then by number', () => {
    expect(selectQuestions(pool, all(), {}, never)).toEqual(['b1', 'b2', 'a1', 'a2', 'a3', 'c1']);
  });

  it('follows the order the guides were picked in, not the pool order', () => {
    expect(selectQuestions(pool, all({ guideSlugs: ['c', 'a', 'b'] }), {}, never)).toEqual([
      'c1',
      'a1',
      'a2',
      'a3',
      'b1',
      'b2',
    ]);
    expect(selectQuestions(pool, all({ guideSlugs: ['a', 'b'], count: 4 }), {}, never)).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
    ]);
    // Weakest first breaks its ties in picked order too.
    expect(selectQuestions(pool, all({ guideSlugs: ['c', 'a'], order: 'weakest' }), { a2: 3 }, never)).toEqual([
      'a2',
      'c1',
      'a1',
      'a3',
    ]);
  });

  it('filters by guides and categories; empty lists mean all', () => {
    expect(selectQuestions(pool, all({ guideSlugs: ['a'] }), {}, never)).toEqual(['a1', 'a2', 'a3']);
    expect(selectQuestions(pool, all({ categories: ['Behavioral'] }), {}, never)).toEqual(['b1', 'a1', 'c1']);
    expect(
      selectQuestions(pool, all({ guideSlugs: ['a', 'c'], categories: ['Behavioral', 'Technical'] }), {}, never),
    ).toEqual(['a1', 'a3', 'c1']);
    expect(selectQuestions(pool, all({ guideSlugs: ['zzz'] }), {}, never)).toEqual([]);
  });

  it('takes count questions, capped by what the selection has', () => {
    expect(selectQuestions(pool, all({ count: 2 }), {}, never)).toEqual(['b1', 'b2']);
    expect(selectQuestions(pool, all({ count: 0 }), {}, never)).toEqual([]);
    expect(selectQuestions(pool, all({ count: 50 }), {}, never)).toHaveLength(6);
    expect(selectQuestions([], all(), {}, never)).toEqual([]);
  });

  it('never returns a question twice', () => {
    expect(selectQuestions([...pool, pool[0]!], all(), {}, never)).toEqual(['b1', 'b2', 'a1', 'a2', 'a3', 'c1']);
  });

  it('shuffles reproducibly with a seeded random', () => {
    const first = selectQuestions(pool, all({ order: 'shuffled' }), {}, seeded(42));
    const again = selectQuestions(pool, all({ order: 'shuffled' }), {}, seeded(42));
    expect(first).toEqual(again);
    expect([...first].sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'c1']);
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
        selectQuestions(pool, all({ order: 'shuffled' }), {}, seeded(seed)).join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('is a Fisher–Yates shuffle of the guide order', () => {
    // random 0 swaps each last element with the first: [1,2,3,4] → [2,3,4,1].
    expect(selectQuestions(pool.slice(0, 4), all({ order: 'shuffled' }), {}, () => 0)).toEqual([
      'b2',
      'a1',
      'a3',
      'b1',
    ]);
    // random just under 1 swaps each element with itself: guide order.
    expect(selectQuestions(pool, all({ order: 'shuffled' }), {}, () => 0.9999)).toEqual([
      'b1',
      'b2',
      'a1',
      'a2',
      'a3',
      'c1',
    ]);
  });

  it('survives a random that returns out-of-range values', () => {
    for (const value of [1, 7, -3, Number.NaN]) {
      const ids = selectQuestions(pool, all({ order: 'shuffled' }), {}, () => value);
      expect([...ids].sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'c1']);
    }
  });

  it('shuffles before taking count, so a short session is drawn from the whole selection', () => {
    const picks = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      for (const id of selectQuestions(pool, all({ order: 'shuffled', count: 1 }), {}, seeded(seed))) picks.add(id);
    }
    expect(picks.size).toBeGreaterThan(3);
  });

  it('puts the weakest first: lowest score, then never practised, then practised without a score', () => {
    // b1 comes before a1 in guide order, so only the bucket puts the never-practised a1 first.
    const scores = { a3: 90, b2: 40, c1: 40, b1: null, a2: 10 };
    expect(selectQuestions(pool, all({ order: 'weakest' }), scores, never)).toEqual([
      'a2',
      'b2',
      'c1',
      'a3',
      'a1',
      'b1',
    ]);
    expect(selectQuestions(pool, all({ order: 'weakest', count: 2 }), scores, never)).toEqual(['a2', 'b2']);
  });

  it("puts due questions first in the given order, then the rest weakest first, for the 'due' order", () => {
    const due = ['c1', 'zz-not-in-pool', 'a3'];
    expect(selectQuestions(pool, all({ order: 'due' }), { b2: 20 }, never, due)).toEqual([
      'c1',
      'a3',
      'b2',
      'b1',
      'a1',
      'a2',
    ]);
    // Due questions outside the chosen guides are not asked.
    expect(selectQuestions(pool, all({ order: 'due', guideSlugs: ['a'] }), {}, never, due)).toEqual(['a3', 'a1', 'a2']);
    expect(selectQuestions(pool, all({ order: 'due', count: 1 }), {}, never, due)).toEqual(['c1']);
    // Other orders ignore the due list.
    expect(selectQuestions(pool, all(), {}, never, due)).toEqual(['b1', 'b2', 'a1', 'a2', 'a3', 'c1']);
  });

  it("treats 'due' with nothing due like weakest first", () => {
    expect(selectQuestions(pool, all({ order: 'due' }), {}, never)).toEqual(['b1', 'b2', 'a1', 'a2', 'a3', 'c1']);
  });

  it('keeps guide order among questions with no scores at all', () => {
    expect(selectQuestions(pool, all({ order: 'weakest' }), {}, never)).toEqual(['b1', 'b2', 'a1', 'a2', 'a3', 'c1']);
  });
});

describe('DEFAULT_SETUP', () => {
  it('is a two-minute, typed, guide-order session of five from everything', () => {
    expect(DEFAULT_SETUP).toEqual({
      guideSlugs: [],
      categories: [],
      count: 5,
      order: 'guide',
      timeLimitSec: 120,
      thinkTimeSec: 0,
      input: 'type',
    });
  });

  it('cannot be changed by accident', () => {
    expect(() => {
      (DEFAULT_SETUP as { count: number }).count = 3;
    }).toThrow();
    expect(() => {
      DEFAULT_SETUP.guideSlugs.push('x');
    }).toThrow();
  });
});

describe('normalizeSetup', () => {
  const available = { guideSlugs: ['alpha', 'beta', 'gamma'], categories: ['Behavioral', 'Technical'] };

  it.each([undefined, null, 42, 'text', [], true, () => 1])('falls back to the defaults for %o', (input) => {
    expect(normalizeSetup(input, available)).toEqual(DEFAULT_SETUP);
  });

  it('keeps a valid setup as it is', () => {
    const setup: SessionSettings = {
      guideSlugs: ['alpha', 'gamma'],
      categories: ['Technical'],
      count: 12,
      order: 'weakest',
      timeLimitSec: 180,
      thinkTimeSec: 30,
      input: 'voice',
    };
    expect(normalizeSetup(setup, available)).toEqual(setup);
  });

  it('repairs each invalid field on its own', () => {
    expect(
      normalizeSetup(
        {
          guideSlugs: ['beta', 'removed', 7, null],
          categories: 'not-a-list-item',
          count: -4,
          order: 'random',
          timeLimitSec: 90,
          thinkTimeSec: '10',
          input: 'VOICE',
          extra: 'ignored',
        },
        available,
      ),
    ).toEqual({
      guideSlugs: ['beta'],
      categories: [],
      count: 1,
      order: 'guide',
      timeLimitSec: 120,
      thinkTimeSec: 10,
      input: 'type',
    });
  });

  it('keeps the guides in the order given (the order picked)', () => {
    expect(normalizeSetup({ guideSlugs: ['gamma', 'removed', 'alpha', 'GAMMA'] }, available).guideSlugs).toEqual([
      'gamma',
      'alpha',
    ]);
  });

  it('reads URL-style strings: comma lists, numbers as text, any letter case', () => {
    expect(
      normalizeSetup(
        { guideSlugs: 'gamma, Alpha', categories: 'technical', count: '8', timeLimitSec: '60', order: 'shuffled' },
        available,
      ),
    ).toEqual({
      ...DEFAULT_SETUP,
      guideSlugs: ['gamma', 'alpha'],
      categories: ['Technical'],
      count: 8,
      timeLimitSec: 60,
      order: 'shuffled',
    });
  });

  it('rounds and clamps the count', () => {
    const count = (value: unknown) => normalizeSetup({ count: value }, available).count;
    expect(count(7.6)).toBe(8);
    expect(count(0)).toBe(1);
    expect(count(1e9)).toBe(100);
    expect(count(Number.POSITIVE_INFINITY)).toBe(5);
    expect(count(Number.NaN)).toBe(5);
    expect(count('')).toBe(5);
    expect(count('ten')).toBe(5);
    expect(count({})).toBe(5);
  });

  it('drops duplicates', () => {
    expect(normalizeSetup({ guideSlugs: ['beta', 'beta', 'BETA'] }, available).guideSlugs).toEqual(['beta']);
  });

  it('never throws, even on objects whose fields throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(normalizeSetup(hostile, available)).toEqual(DEFAULT_SETUP);
    expect(normalizeSetup({ guideSlugs: ['alpha'] }, { guideSlugs: [], categories: [] }).guideSlugs).toEqual([]);
  });

  it('returns fresh lists, not the shared defaults', () => {
    const setup = normalizeSetup(undefined, available);
    setup.guideSlugs.push('alpha');
    expect(DEFAULT_SETUP.guideSlugs).toEqual([]);
  });
});
