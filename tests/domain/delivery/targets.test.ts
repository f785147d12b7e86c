import { describe, expect, it } from 'vitest';

import { type DeliveryAdvice, deliveryAdvice, type DeliveryFigures, onTarget } from '@/domain/delivery';

function figures(patch: Partial<DeliveryFigures> = {}): DeliveryFigures {
  return {
    durationMs: 62000,
    speakingMs: 60000,
    firstWordMs: 1500,
    pauses: [],
    longestPauseMs: 0,
    words: 145,
    wpm: 145,
    fillerCount: 1,
    fillersPerMin: 1,
    fillers: [{ term: 'um', count: 1 }],
    hedgeCount: 0,
    hedges: [],
    repeatCount: 0,
    ...patch,
  };
}

function row(f: DeliveryFigures, id: DeliveryAdvice['id']): DeliveryAdvice | undefined {
  return deliveryAdvice(f).find((r) => r.id === id);
}

describe('deliveryAdvice: pace', () => {
  it('coaches towards 130–160 words a minute', () => {
    expect(row(figures({ wpm: 172 }), 'pace')).toEqual({
      id: 'pace',
      label: 'Pace',
      value: '172 words a minute',
      target: '130–160 words a minute',
      onTarget: false,
      message: 'A touch fast: 172 words a minute; aim for 130–160.',
    });
    expect(row(figures({ wpm: 190 }), 'pace')!.message).toBe(
      'Fast: 190 words a minute; aim for 130–160. Take a breath at the end of each point.',
    );
    expect(row(figures({ wpm: 122 }), 'pace')!.message).toBe('A touch slow: 122 words a minute; aim for 130–160.');
    expect(row(figures({ wpm: 100 }), 'pace')!.message).toMatch(/^Slow: 100 words a minute; aim for 130–160\./);
    expect(row(figures({ wpm: 145 }), 'pace')).toMatchObject({
      onTarget: true,
      message: 'A steady pace: 145 words a minute, inside 130–160.',
    });
  });

  it('counts both ends of the range as on target', () => {
    expect(row(figures({ wpm: 130 }), 'pace')!.onTarget).toBe(true);
    expect(row(figures({ wpm: 160 }), 'pace')!.onTarget).toBe(true);
    expect(row(figures({ wpm: 129 }), 'pace')!.onTarget).toBe(false);
    expect(row(figures({ wpm: 161 }), 'pace')!.onTarget).toBe(false);
  });
});

describe('deliveryAdvice: fillers', () => {
  it('says which fillers and how often, against under 2 a minute', () => {
    const f = figures({
      fillerCount: 7,
      fillersPerMin: 3.5,
      fillers: [
        { term: 'um', count: 4 },
        { term: 'like', count: 2 },
        { term: 'you know', count: 1 },
      ],
    });
    expect(row(f, 'fillers')).toEqual({
      id: 'fillers',
      label: 'Fillers',
      value: '7 fillers, 3.5 a minute',
      target: 'under 2 a minute',
      onTarget: false,
      message:
        '7 fillers ("um" ×4, "like" ×2, "you know"), 3.5 a minute; aim for under 2. A silent pause does the same job.',
    });
    expect(row(figures(), 'fillers')).toMatchObject({
      onTarget: true,
      message: '1 filler ("um"), 1 a minute: under 2.',
    });
    expect(row(figures({ fillerCount: 0, fillersPerMin: 0, fillers: [] }), 'fillers')!.message).toBe(
      'No fillers in the transcript.',
    );
    expect(row(figures({ fillersPerMin: 2 }), 'fillers')!.onTarget).toBe(false);
  });
});

describe('deliveryAdvice: long pauses', () => {
  it('says a few are fine, with the longest and where it was', () => {
    const f = figures({
      pauses: [
        { startMs: 12000, endMs: 14500 },
        { startMs: 42000, endMs: 45100 },
      ],
      longestPauseMs: 3100,
    });
    expect(row(f, 'pauses')).toMatchObject({
      value: '2, longest 3.1 s',
      onTarget: true,
      message: '2 long pauses (longest 3.1 s at 0:42): a pause to think is fine, say so out loud.',
    });
    const one = figures({ pauses: [{ startMs: 65000, endMs: 67400 }], longestPauseMs: 2400 });
    expect(row(one, 'pauses')!.message).toBe(
      '1 long pause (2.4 s at 1:05): a pause to think is fine, say so out loud.',
    );
    expect(row(figures(), 'pauses')).toMatchObject({ value: 'none', onTarget: true, message: 'No long pauses.' });
  });

  it('suggests thinking out loud when there are many', () => {
    const pauses = [0, 1, 2, 3].map((k) => ({ startMs: 10000 * (k + 1), endMs: 10000 * (k + 1) + 2500 + k * 100 }));
    const r = row(figures({ pauses, longestPauseMs: 2800 }), 'pauses')!;
    expect(r.onTarget).toBe(false);
    expect(r.message).toMatch(/^4 long pauses \(longest 2\.8 s at 0:40\): a few are fine/);
  });
});

describe('deliveryAdvice: first word', () => {
  it('is on target within 5 s', () => {
    expect(row(figures({ firstWordMs: 5000 }), 'first-word')).toMatchObject({ onTarget: true, value: 'after 5.0 s' });
    expect(row(figures({ firstWordMs: 7400 }), 'first-word')).toMatchObject({
      onTarget: false,
      message: expect.stringMatching(/^7\.4 s before your first word: a moment to gather your thoughts is fine/),
    });
  });

  it('says to check the microphone when no speech was heard, and shows nothing it cannot measure', () => {
    const silent = figures({ firstWordMs: null, speakingMs: 0, wpm: null, fillersPerMin: null, words: 0 });
    const rows = deliveryAdvice(silent);
    expect(rows.map((r) => r.id)).toEqual(['first-word']);
    expect(rows[0]!.message).toMatch(/check that the microphone is on/);
  });
});

describe('deliveryAdvice: hedges and repeats, and the order', () => {
  it('lists every row in order for a full answer', () => {
    expect(deliveryAdvice(figures()).map((r) => r.id)).toEqual([
      'pace',
      'fillers',
      'pauses',
      'first-word',
      'hedges',
      'repeats',
    ]);
  });

  it('leaves out the transcript rows without a transcript', () => {
    const f = figures({ words: 0, wpm: null, fillerCount: 0, fillersPerMin: 0, fillers: [] });
    expect(deliveryAdvice(f).map((r) => r.id)).toEqual(['pauses', 'first-word']);
  });

  it('names the hedges and counts the repeats', () => {
    const f = figures({
      hedgeCount: 3,
      hedges: [
        { term: 'sort of', count: 2 },
        { term: 'I guess', count: 1 },
      ],
      repeatCount: 3,
    });
    expect(row(f, 'hedges')).toMatchObject({
      onTarget: false,
      message: '3 hedges ("sort of" ×2, "I guess"): say it plainly; where you are unsure, say what you would check.',
    });
    expect(row(f, 'repeats')).toMatchObject({ onTarget: false, value: '3' });
    expect(row(figures({ repeatCount: 1 }), 'repeats')).toMatchObject({
      onTarget: true,
      message: '1 repeated word: normal in speech.',
    });
  });

  it('never scores: no row is a number out of something', () => {
    for (const r of deliveryAdvice(figures({ wpm: 200, fillersPerMin: 9, fillerCount: 9 })))
      expect(`${r.value} ${r.message}`).not.toMatch(/\/\s*\d|score|%/i);
  });
});

describe('onTarget', () => {
  it('judges pace and fillers, null where there is nothing to judge', () => {
    expect(onTarget(figures())).toEqual({ pace: true, fillers: true });
    expect(onTarget(figures({ wpm: 170, fillersPerMin: 2.5 }))).toEqual({ pace: false, fillers: false });
    expect(onTarget(figures({ wpm: null, fillersPerMin: null }))).toEqual({ pace: null, fillers: null });
  });
});
