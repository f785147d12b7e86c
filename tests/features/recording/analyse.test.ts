import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { analyseRecording, decodeMono, PEAK_BUCKETS } from '@/features/recording/analyse';

const RATE = 16000;

/** Tone bursts (syllables) for `toneMs`, then silence, per piece; a quiet noise floor under all. */
function speech(pieces: { toneMs?: number; silenceMs?: number }[], gain = 0.4): Float32Array {
  const ms = (n: number) => Math.round((n * RATE) / 1000);
  const total = pieces.reduce((sum, p) => sum + ms(p.toneMs ?? p.silenceMs ?? 0), 0);
  const out = new Float32Array(total);
  let at = 0;
  for (const p of pieces) {
    const length = ms(p.toneMs ?? p.silenceMs ?? 0);
    for (let i = 0; i < length; i++) {
      const on = p.toneMs !== undefined && i % ms(250) < ms(180);
      out[at + i] = (on ? gain * Math.sin((2 * Math.PI * 220 * i) / RATE) : 0) + 0.0005 * Math.sin(i * 12.9898);
    }
    at += length;
  }
  return out;
}

/** A stand-in for the decoded AudioBuffer. */
function audioBuffer(channels: Float32Array[], sampleRate = RATE) {
  return {
    numberOfChannels: channels.length,
    sampleRate,
    length: channels[0]!.length,
    duration: channels[0]!.length / sampleRate,
    getChannelData: (c: number) => channels[c]!,
  };
}

const decoded: { data: ArrayBuffer | null; rates: number[] } = { data: null, rates: [] };

function installDecoder(result: () => ReturnType<typeof audioBuffer>, { refuse16k = false } = {}) {
  class FakeOfflineAudioContext {
    constructor(_channels: number, _length: number, rate: number) {
      decoded.rates.push(rate);
      if (refuse16k && rate === 16000) throw new DOMException('rate', 'NotSupportedError');
    }
    decodeAudioData(data: ArrayBuffer): Promise<unknown> {
      decoded.data = data;
      return Promise.resolve().then(result);
    }
  }
  vi.stubGlobal('OfflineAudioContext', FakeOfflineAudioContext);
}

beforeEach(() => {
  decoded.data = null;
  decoded.rates = [];
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('analyseRecording', () => {
  it('decodes the blob and measures its delivery and level strip', async () => {
    const samples = speech([{ silenceMs: 1000 }, { toneMs: 3000 }, { silenceMs: 2500 }, { toneMs: 3000 }]);
    installDecoder(() => audioBuffer([samples]));
    const blob = new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'audio/webm' });

    const { figures, peaks } = await analyseRecording(blob, 'Um, we shipped it, you know. '.repeat(10));

    expect(new Uint8Array(decoded.data!)).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(decoded.rates).toEqual([16000]);
    expect(figures.durationMs).toBe(9500);
    expect(Math.abs(figures.firstWordMs! - 1000)).toBeLessThanOrEqual(20);
    expect(figures.pauses).toHaveLength(1);
    expect(figures.longestPauseMs).toBeGreaterThan(2500);
    // Speaking time: 1000 → 9430 minus the ~2570 ms pause, about 5.86 s; 60 words over it.
    expect(Math.abs(figures.speakingMs - 5860)).toBeLessThanOrEqual(60);
    expect(figures.words).toBe(60);
    expect(figures.wpm).toBe(Math.round(60 / (figures.speakingMs / 60000)));
    expect(figures.fillers).toEqual([
      { term: 'um', count: 10 },
      { term: 'you know', count: 10 },
    ]);
    expect(peaks).toHaveLength(PEAK_BUCKETS);
    expect(Math.max(...peaks)).toBe(1);
    // The first second is silence, the first bar of the strip is flat.
    expect(peaks[0]).toBeLessThan(0.01);
  });

  it('rejects an empty recording without decoding it', async () => {
    installDecoder(() => audioBuffer([new Float32Array(10)]));
    await expect(analyseRecording(new Blob([]), 'text')).rejects.toThrow(/recording is empty/);
    expect(decoded.data).toBeNull();
  });

  it('says so when the browser cannot read the recording', async () => {
    installDecoder(() => {
      throw new DOMException('Unable to decode audio data', 'EncodingError');
    });
    await expect(analyseRecording(new Blob([new Uint8Array(8)], { type: 'audio/mp4' }), '')).rejects.toThrow(
      'This browser could not read the recording (audio/mp4), so there are no delivery figures for this answer.',
    );
  });

  it('says so when there is no audio decoder at all', async () => {
    vi.stubGlobal('OfflineAudioContext', undefined);
    await expect(analyseRecording(new Blob([new Uint8Array(8)]), '')).rejects.toThrow(/cannot decode audio/);
  });
});

describe('decodeMono', () => {
  it('averages the channels', async () => {
    installDecoder(() => audioBuffer([Float32Array.from([0.5, 0.2, -1]), Float32Array.from([0.1, -0.2, -1])]));
    const { samples, sampleRate } = await decodeMono(new Blob([new Uint8Array(8)]));
    expect(sampleRate).toBe(RATE);
    expect(Array.from(samples).map((s) => Math.round(s * 1000) / 1000)).toEqual([0.3, 0, -1]);
  });

  it('falls back to 48 kHz where 16 kHz is refused', async () => {
    installDecoder(() => audioBuffer([new Float32Array(4)], 48000), { refuse16k: true });
    const { sampleRate } = await decodeMono(new Blob([new Uint8Array(8)]));
    expect(decoded.rates).toEqual([16000, 48000]);
    expect(sampleRate).toBe(48000);
  });
});
