import { describe, expect, it } from 'vitest';

import { type AudioFigures, deliveryFigures } from '@/domain/delivery';

describe('deliveryFigures', () => {
  it('joins the audio and transcript figures, pace over the audio speaking time', () => {
    const audio: AudioFigures = {
      durationMs: 40000,
      speakingMs: 30000,
      firstWordMs: 1200,
      pauses: [
        { startMs: 8000, endMs: 10500 },
        { startMs: 20000, endMs: 23100 },
      ],
    };
    const f = deliveryFigures(audio, 'Um, I led the migration, like, end to end. '.repeat(8));
    expect(f).toMatchObject({
      durationMs: 40000,
      speakingMs: 30000,
      firstWordMs: 1200,
      pauses: audio.pauses,
      longestPauseMs: 3100,
      words: 72,
      wpm: 144,
      fillerCount: 16,
      fillersPerMin: 32,
    });
    // A copy: changing the audio figures later does not change what is kept on the attempt.
    expect(f.pauses).not.toBe(audio.pauses);
  });

  it('has no pace or pauses when nothing was said', () => {
    const f = deliveryFigures({ durationMs: 5000, speakingMs: 0, firstWordMs: null, pauses: [] }, '');
    expect(f).toEqual({
      durationMs: 5000,
      speakingMs: 0,
      firstWordMs: null,
      pauses: [],
      longestPauseMs: 0,
      words: 0,
      wpm: null,
      fillerCount: 0,
      fillersPerMin: null,
      fillers: [],
      hedgeCount: 0,
      hedges: [],
      repeatCount: 0,
    });
  });
});
