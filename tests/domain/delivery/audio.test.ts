import { describe, expect, it } from 'vitest';

import { audioFigures, levelPeaks, speechThreshold } from '@/domain/delivery';

const RATE = 16000;

/** A deterministic noise source (mulberry32), so every run hears the same noise. */
function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

type Piece = { toneMs: number } | { silenceMs: number };

/**
 * A fake answer: "words" are 200 Hz tone bursts of 180 ms with 70 ms gaps (syllables and the gaps
 * between words), silences are silence; all over steady noise at `noiseAmp`, scaled by `gain`.
 */
function signal(pieces: Piece[], { gain = 0.5, noiseAmp = 0.001, rate = RATE } = {}): Float32Array {
  const ms = (n: number) => Math.round((n * rate) / 1000);
  const total = pieces.reduce((sum, p) => sum + ms('toneMs' in p ? p.toneMs : p.silenceMs), 0);
  const out = new Float32Array(total);
  const rand = noise(7);
  let at = 0;
  for (const p of pieces) {
    const length = ms('toneMs' in p ? p.toneMs : p.silenceMs);
    for (let i = 0; i < length; i++) {
      const t = i / rate;
      // Bursts of 180 ms on, 70 ms off, inside a tone piece.
      const on = 'toneMs' in p && i % ms(250) < ms(180);
      out[at + i] = (on ? gain * Math.sin(2 * Math.PI * 200 * t) : 0) + noiseAmp * rand();
    }
    at += length;
  }
  return out;
}

describe('audioFigures', () => {
  it('finds the first word, long pauses and speaking time of a clean answer', () => {
    const samples = signal([
      { silenceMs: 1500 },
      { toneMs: 3000 },
      { silenceMs: 2500 },
      { toneMs: 2000 },
      { silenceMs: 1000 },
    ]);
    const f = audioFigures(samples, RATE);
    expect(f.durationMs).toBe(10000);
    expect(f.firstWordMs).toBeGreaterThanOrEqual(1480);
    expect(f.firstWordMs).toBeLessThanOrEqual(1520);
    expect(f.pauses).toHaveLength(1);
    // The tone piece ends with a 70 ms gap (3000 ms = 12 bursts of 250 ms), so the pause opens at 4430.
    expect(f.pauses[0]!.startMs).toBeGreaterThanOrEqual(4400);
    expect(f.pauses[0]!.startMs).toBeLessThanOrEqual(4460);
    expect(f.pauses[0]!.endMs).toBeGreaterThanOrEqual(6980);
    expect(f.pauses[0]!.endMs).toBeLessThanOrEqual(7020);
    // Speech from 1500 to 8930 (the last burst ends 70 ms early), minus the 2570 ms pause: 4860.
    expect(Math.abs(f.speakingMs - 4860)).toBeLessThanOrEqual(40);
  });

  it('does not count gaps of 2 s or less as long pauses', () => {
    const samples = signal([
      { silenceMs: 500 },
      { toneMs: 1000 },
      { silenceMs: 1800 },
      { toneMs: 1000 },
      { silenceMs: 1200 },
      { toneMs: 1000 },
    ]);
    const f = audioFigures(samples, RATE);
    expect(f.pauses).toEqual([]);
    // All of it from the first burst to the last is speaking time.
    expect(f.speakingMs).toBeGreaterThan(5800);
  });

  it('gives the same answer for a quiet mic, a loud one, and one over steady noise', () => {
    const pieces: Piece[] = [{ silenceMs: 800 }, { toneMs: 2000 }, { silenceMs: 3000 }, { toneMs: 2000 }];
    const quiet = audioFigures(signal(pieces, { gain: 0.01, noiseAmp: 0.0002 }), RATE);
    const loud = audioFigures(signal(pieces, { gain: 0.95, noiseAmp: 0.002 }), RATE);
    const hum = audioFigures(signal(pieces, { gain: 0.3, noiseAmp: 0.03 }), RATE);
    for (const f of [quiet, loud, hum]) {
      expect(f.pauses).toHaveLength(1);
      expect(Math.abs(f.firstWordMs! - 800)).toBeLessThanOrEqual(40);
      expect(Math.abs(f.pauses[0]!.endMs - 5800)).toBeLessThanOrEqual(40);
    }
  });

  it('hears no speech in silence, in steady noise, or in nothing at all', () => {
    const none = { speakingMs: 0, firstWordMs: null, pauses: [] };
    expect(audioFigures(new Float32Array(RATE * 3), RATE)).toEqual({ durationMs: 3000, ...none });
    expect(audioFigures(signal([{ silenceMs: 3000 }], { noiseAmp: 0.05 }), RATE)).toEqual({
      durationMs: 3000,
      ...none,
    });
    expect(audioFigures(new Float32Array(0), RATE)).toEqual({ durationMs: 0, ...none });
    expect(audioFigures(new Float32Array(100), 0)).toEqual({ durationMs: 0, ...none });
  });

  it('finds a little speech in a long, mostly silent recording', () => {
    // 1.5 s of words in a minute: far under the loudest 5% of the frames.
    const f = audioFigures(signal([{ silenceMs: 40000 }, { toneMs: 1500 }, { silenceMs: 18500 }]), RATE);
    expect(Math.abs(f.firstWordMs! - 40000)).toBeLessThanOrEqual(20);
    expect(Math.abs(f.speakingMs - 1430)).toBeLessThanOrEqual(40);
    expect(f.pauses).toEqual([]);
  });

  it('ignores a click in the middle of a long pause', () => {
    const samples = signal([{ silenceMs: 500 }, { toneMs: 1000 }, { silenceMs: 4000 }, { toneMs: 1000 }]);
    // A 10 ms full-scale click 2 s into the pause.
    const click = Math.round(RATE * 3.5);
    for (let i = 0; i < RATE / 100; i++) samples[click + i] = i % 2 ? 0.9 : -0.9;
    const f = audioFigures(samples, RATE);
    expect(f.pauses).toHaveLength(1);
    expect(f.pauses[0]!.endMs - f.pauses[0]!.startMs).toBeGreaterThan(3900);
  });

  it('works at 48 kHz too', () => {
    const samples = signal([{ silenceMs: 1000 }, { toneMs: 1000 }, { silenceMs: 2200 }, { toneMs: 1000 }], {
      rate: 48000,
    });
    const f = audioFigures(samples, 48000);
    expect(f.durationMs).toBe(5200);
    expect(f.pauses).toHaveLength(1);
    expect(Math.abs(f.firstWordMs! - 1000)).toBeLessThanOrEqual(20);
  });
});

describe('speechThreshold', () => {
  it('sits between the noise floor and the speech level', () => {
    const levels = Float32Array.from([...Array<number>(50).fill(-60), ...Array<number>(50).fill(-20)]);
    const threshold = speechThreshold(levels)!;
    expect(threshold).toBeGreaterThan(-60);
    expect(threshold).toBeLessThan(-20);
  });

  it('is null when the level hardly changes', () => {
    expect(speechThreshold(Float32Array.from(Array<number>(100).fill(-30)))).toBeNull();
    expect(speechThreshold(new Float32Array(0))).toBeNull();
  });
});

describe('levelPeaks', () => {
  it('gives each bucket its loudest sample, the loudest bucket as 1', () => {
    const samples = Float32Array.from([0.1, -0.2, 0, 0, 0.05, -0.4, 0.1, 0]);
    expect(levelPeaks(samples, 4)).toEqual([0.5, 0, 1, 0.25]);
  });

  it('scales a quiet recording up to the full strip', () => {
    expect(levelPeaks(Float32Array.from([0.001, 0.002]), 2)).toEqual([0.5, 1]);
  });

  it('returns zeros for silence and too many buckets, nothing for no buckets', () => {
    expect(levelPeaks(new Float32Array(10), 3)).toEqual([0, 0, 0]);
    expect(levelPeaks(Float32Array.from([0.5]), 3)).toEqual([0, 0, 1]);
    expect(levelPeaks(Float32Array.from([0.5]), 0)).toEqual([]);
    expect(levelPeaks(new Float32Array(0), 2)).toEqual([0, 0]);
  });

  it('returns exactly the buckets asked for', () => {
    expect(levelPeaks(signal([{ toneMs: 5000 }]), 120)).toHaveLength(120);
  });
});
