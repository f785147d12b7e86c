import { describe, expect, it } from 'vitest';

import type { DeliveryFigures, DeliverySelfRating } from '@/domain/delivery/types';
import type { Attempt } from '@/domain/model';
import { dayKey, localDay } from '@/domain/progress';
import {
  calibrationNote,
  deliveryLine,
  deliveryOf,
  deliveryProgress,
  deliveryTotals,
  deliveryVerdict,
  formatAt,
  selfRatingNote,
  selfRatingOf,
  totalsOnTarget,
} from '@/domain/progress/delivery';

import { anAttempt } from '../../support/records';

/** A minute of speech at 145 words a minute with one filler and no long pause: on target. */
function figures(overrides: Partial<DeliveryFigures> = {}): DeliveryFigures {
  return {
    durationMs: 62_000,
    speakingMs: 60_000,
    firstWordMs: 1_200,
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
    ...overrides,
  };
}

const at = (m: number, d: number, h = 12) => new Date(2025, m - 1, d, h).getTime();

let n = 0;
function measured(
  delivery: DeliveryFigures | null,
  rating: DeliverySelfRating | null = null,
  overrides: Partial<Attempt> = {},
): Attempt {
  n++;
  return anAttempt({
    id: `a${n}`,
    submittedAt: at(3, 1),
    ...overrides,
    delivery,
    deliverySelfRating: rating,
  });
}

describe('deliveryOf and selfRatingOf', () => {
  it('reads measured, answered attempts only', () => {
    const f = figures();
    expect(deliveryOf(measured(f))).toBe(f);
    expect(deliveryOf(measured(null))).toBeNull();
    expect(deliveryOf(anAttempt())).toBeNull();
    expect(deliveryOf(measured(f, null, { skipped: true }))).toBeNull();
  });

  it('ignores a self-rating that is not one of the three', () => {
    expect(selfRatingOf(measured(figures(), 'smooth'))).toBe('smooth');
    expect(selfRatingOf(measured(figures(), 'great' as DeliverySelfRating))).toBeNull();
    expect(selfRatingOf(anAttempt())).toBeNull();
  });
});

describe('deliveryTotals', () => {
  it('averages over speaking time, not per answer', () => {
    // 30 s at 200 wpm (100 words, 3 fillers) and 90 s at 120 wpm (180 words, 0 fillers):
    // 280 words in 2 minutes is 140 wpm (a plain mean of 200 and 120 would say 160).
    const totals = deliveryTotals([
      measured(figures({ speakingMs: 30_000, words: 100, wpm: 200, fillerCount: 3, fillersPerMin: 6 })),
      measured(
        figures({
          speakingMs: 90_000,
          words: 180,
          wpm: 120,
          fillerCount: 0,
          fillersPerMin: 0,
          pauses: [
            { startMs: 10_000, endMs: 12_500 },
            { startMs: 40_000, endMs: 44_000 },
          ],
          longestPauseMs: 4_000,
        }),
      ),
      anAttempt({ id: 'typed' }),
    ]);
    expect(totals).toEqual({ answers: 2, wpm: 140, fillersPerMin: 1.5, longPauses: 2, longestPauseMs: 4_000 });
  });

  it('has no pace or fillers without speech, and nothing with no measured answer', () => {
    expect(
      deliveryTotals([measured(figures({ speakingMs: 0, words: 0, wpm: null, fillersPerMin: null, fillerCount: 0 }))]),
    ).toEqual({ answers: 1, wpm: null, fillersPerMin: null, longPauses: 0, longestPauseMs: 0 });
    expect(deliveryTotals([anAttempt()])).toEqual({
      answers: 0,
      wpm: null,
      fillersPerMin: null,
      longPauses: 0,
      longestPauseMs: 0,
    });
  });

  it('judges averages against 130–160 wpm and under 2 fillers a minute', () => {
    expect(totalsOnTarget({ wpm: 130, fillersPerMin: 1.9 })).toEqual({ pace: true, fillers: true });
    expect(totalsOnTarget({ wpm: 161, fillersPerMin: 2 })).toEqual({ pace: false, fillers: false });
    expect(totalsOnTarget({ wpm: null, fillersPerMin: null })).toEqual({ pace: null, fillers: null });
  });
});

describe('deliveryProgress', () => {
  it('puts pace and fillers on each local day, oldest first', () => {
    const p = deliveryProgress([
      measured(figures({ wpm: 170, words: 170 }), null, { submittedAt: at(3, 5, 9) }),
      measured(figures({ fillerCount: 4, fillersPerMin: 4 }), null, { submittedAt: at(3, 2, 23) }),
      measured(figures({ words: 125, wpm: 125, fillerCount: 0, fillersPerMin: 0 }), null, {
        submittedAt: at(3, 5, 18),
      }),
      anAttempt({ id: 'typed', submittedAt: at(3, 3) }),
    ]);
    expect(p.measured).toBe(3);
    expect(p.overTime).toEqual([
      { date: dayKey(localDay(at(3, 2))), day: localDay(at(3, 2)), count: 1, wpm: 145, fillersPerMin: 4 },
      { date: dayKey(localDay(at(3, 5))), day: localDay(at(3, 5)), count: 2, wpm: 147.5, fillersPerMin: 0.5 },
    ]);
    expect(p.overTime[0]!.date).toBe('2025-03-02');
  });

  it('is empty with no measured answers', () => {
    const p = deliveryProgress({ t: anAttempt() });
    expect(p).toMatchObject({ measured: 0, overTime: [], calibration: [], calibrationNote: null });
  });

  it('compares each self-rating with the figures: rated smooth, on target N of M', () => {
    const on = figures();
    const fast = figures({ words: 190, wpm: 190 });
    const filled = figures({ fillerCount: 5, fillersPerMin: 5 });
    const p = deliveryProgress([
      measured(on, 'smooth'),
      measured(fast, 'smooth'),
      measured(filled, 'smooth'),
      measured(on, 'rough'),
      measured(on), // not self-rated: in the trend, not the table
      measured(figures({ speakingMs: 0, words: 0, wpm: null, fillerCount: 0, fillersPerMin: null }), 'okay'), // nothing to judge
    ]);
    expect(p.calibration).toEqual([
      { rating: 'rough', answers: 1, onTarget: 1, wpm: 145, fillersPerMin: 1 },
      { rating: 'smooth', answers: 3, onTarget: 1, wpm: (145 + 190 + 145) / 3, fillersPerMin: (1 + 1 + 5) / 3 },
    ]);
    expect(p.calibrationNote).toBe(
      'Of the 3 answers you heard as smooth, 1 had pace and fillers on target. Listen back to one of them: the figures suggest it sounded less smooth than it felt.',
    );
  });

  it('says nothing of calibration until there are enough self-rated answers', () => {
    expect(calibrationNote([{ rating: 'smooth', answers: 2, onTarget: 0, wpm: 180, fillersPerMin: 3 }])).toBeNull();
    expect(calibrationNote([{ rating: 'rough', answers: 3, onTarget: 3, wpm: 140, fillersPerMin: 1 }])).toBe(
      'Of the 3 answers you heard as rough, 3 had pace and fillers on target. You may be hearing yourself more harshly than a listener would.',
    );
    expect(
      calibrationNote([
        { rating: 'okay', answers: 2, onTarget: 1, wpm: 140, fillersPerMin: 1 },
        { rating: 'smooth', answers: 2, onTarget: 2, wpm: 140, fillersPerMin: 1 },
      ]),
    ).toBe('Your sense of how an answer sounded mostly matches the figures.');
  });
});

describe('one answer in words', () => {
  it('judges an answer on target only when every figure that can be judged is', () => {
    expect(deliveryVerdict(figures())).toBe('on');
    expect(deliveryVerdict(figures({ fillersPerMin: 3, fillerCount: 3 }))).toBe('off');
    expect(deliveryVerdict(figures({ wpm: 100, words: 100 }))).toBe('off');
    expect(deliveryVerdict(figures({ speakingMs: 0, wpm: null, fillersPerMin: null }))).toBeNull();
  });

  it('writes the calibration line after a self-rating', () => {
    expect(selfRatingNote('smooth', figures())).toBe('You said smooth; pace and fillers were on target.');
    expect(selfRatingNote('smooth', figures({ fillerCount: 4, fillersPerMin: 4.2 }))).toBe(
      'You said smooth, though fillers were 4.2 a minute.',
    );
    expect(selfRatingNote('smooth', figures({ words: 185, wpm: 185, fillersPerMin: 3, fillerCount: 3 }))).toBe(
      'You said smooth, though your pace was 185 words a minute (faster than 130–160) and fillers were 3 a minute.',
    );
    expect(selfRatingNote('okay', figures({ words: 110, wpm: 110 }))).toBe(
      'You said okay; your pace was 110 words a minute (slower than 130–160): that is the one to work on.',
    );
    expect(selfRatingNote('rough', figures())).toBe(
      'You said rough, yet pace and fillers were on target: it may have sounded better than it felt.',
    );
    expect(selfRatingNote('rough', figures({ fillersPerMin: 2.5, fillerCount: 2 }))).toBe(
      'You said rough, and the figures agree: fillers were 2.5 a minute.',
    );
    expect(selfRatingNote('okay', figures({ speakingMs: 0, wpm: null, fillersPerMin: null }))).toBe(
      'You said okay; there was too little speech to measure pace or fillers.',
    );
  });

  it('sums an answer up in one line', () => {
    expect(deliveryLine(figures())).toBe('145 words a minute · 1 filler a minute · no long pauses');
    expect(
      deliveryLine(
        figures({
          wpm: 151.6,
          fillersPerMin: 2.25,
          pauses: [
            { startMs: 5_000, endMs: 7_400 },
            { startMs: 20_000, endMs: 23_400 },
          ],
          longestPauseMs: 3_400,
        }),
      ),
    ).toBe('152 words a minute · 2.3 fillers a minute · 2 long pauses (longest 3.4 s)');
    expect(deliveryLine(figures({ wpm: null, fillersPerMin: null }))).toBe('no long pauses');
  });

  it('writes a place in the recording as m:ss', () => {
    expect(formatAt(0)).toBe('0:00');
    expect(formatAt(7_900)).toBe('0:07');
    expect(formatAt(102_000)).toBe('1:42');
  });
});
