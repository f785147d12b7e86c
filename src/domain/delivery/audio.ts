/**
 * Delivery from the audio alone: where the speech is, the long pauses inside it, and the time to the
 * first word, from mono PCM samples. A small energy voice-activity detector, no model:
 *
 * - The signal is cut into 20 ms frames and each frame's loudness taken (RMS, in dB).
 * - The threshold between silence and speech comes from the recording itself: its noise floor (a low
 *   percentile of the frames) and its speech level (a high one), so a quiet mic, a loud mic and a
 *   steady background hum all work. A recording whose loudness hardly varies holds no speech.
 * - Voiced frames closer than BRIDGE_MS are one stretch (the gaps between words and syllables);
 *   stretches shorter than MIN_SPEECH_MS are clicks, pops and breaths, not words, and are dropped.
 * - A long pause is a gap over LONG_PAUSE_MS between the first and last stretch. Boundaries sit on
 *   the voiced frames themselves (no hangover added), so pauses are placed to within a frame.
 */
import { type AudioFigures, LONG_PAUSE_MS, type Pause } from './types';

const FRAME_MS = 20;
/** Gaps between voiced frames shorter than this are inside a word or between words. */
const BRIDGE_MS = 300;
/** A stretch of sound shorter than this (a click, a tap on the desk) is not speech. */
const MIN_SPEECH_MS = 100;
/** Quieter than this is digital silence or an unplugged mic, whatever the floor. */
const SILENCE_DB = -70;
/** Speech must stand this far above the floor to be found at all. */
const MIN_SPREAD_DB = 10;
/** The threshold sits this fraction of the way from the noise floor up to the speech level. */
const THRESHOLD_FRACTION = 0.35;
/** Below-floor frames (digital silence) count as this far under the speech level, at most. */
const MAX_RANGE_DB = 50;

/** Each frame's RMS level in dB (full scale = 0 dB), floored at -120 dB for digital silence. */
export function frameLevels(samples: Float32Array, sampleRate: number, frameMs = FRAME_MS): Float32Array {
  const size = Math.max(1, Math.round((sampleRate * frameMs) / 1000));
  const count = Math.ceil(samples.length / size);
  const levels = new Float32Array(count);
  for (let f = 0; f < count; f++) {
    const from = f * size;
    const to = Math.min(samples.length, from + size);
    let sum = 0;
    for (let i = from; i < to; i++) {
      const s = samples[i] as number;
      sum += s * s;
    }
    const rms = Math.sqrt(sum / Math.max(1, to - from));
    levels[f] = rms > 1e-6 ? 20 * Math.log10(rms) : -120;
  }
  return levels;
}

function percentile(sorted: Float32Array, p: number): number {
  if (sorted.length === 0) return -120;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[index] as number;
}

/**
 * The level above which a frame is speech, or null when the recording holds none. The floor is the
 * 10th percentile (any answer has some silence before its first word or between sentences); the
 * speech level is taken among the frames standing clear of it (the 80th percentile of those), so a
 * few seconds of speech in a long, mostly silent recording are still found.
 */
export function speechThreshold(levels: Float32Array): number | null {
  const sorted = Float32Array.from(levels).sort();
  const low = percentile(sorted, 0.1);
  let firstLoud = sorted.length;
  while (firstLoud > 0 && (sorted[firstLoud - 1] as number) >= low + MIN_SPREAD_DB) firstLoud--;
  const loud = sorted.subarray(firstLoud);
  if (loud.length * FRAME_MS < MIN_SPEECH_MS) return null;
  const speech = percentile(loud, 0.8);
  if (speech < SILENCE_DB) return null;
  const floor = Math.max(low, speech - MAX_RANGE_DB);
  return floor + THRESHOLD_FRACTION * (speech - floor);
}

/** Stretches of speech as [startMs, endMs), in order. */
export function speechStretches(samples: Float32Array, sampleRate: number): [number, number][] {
  if (!(sampleRate > 0) || samples.length === 0) return [];
  const levels = frameLevels(samples, sampleRate);
  const threshold = speechThreshold(levels);
  if (threshold === null) return [];
  const frameMs = (Math.max(1, Math.round((sampleRate * FRAME_MS) / 1000)) * 1000) / sampleRate;
  const totalMs = (samples.length * 1000) / sampleRate;
  const bridgeFrames = Math.round(BRIDGE_MS / frameMs);

  const stretches: [number, number][] = [];
  let start = -1;
  let lastVoiced = -1;
  const close = () => {
    const startMs = start * frameMs;
    const endMs = Math.min(totalMs, (lastVoiced + 1) * frameMs);
    if (endMs - startMs >= MIN_SPEECH_MS) stretches.push([startMs, endMs]);
  };
  for (let f = 0; f < levels.length; f++) {
    if ((levels[f] as number) < threshold) continue;
    if (start >= 0 && f - lastVoiced - 1 > bridgeFrames) {
      close();
      start = -1;
    }
    if (start < 0) start = f;
    lastVoiced = f;
  }
  if (start >= 0) close();
  return stretches;
}

/** Speaking time, long pauses and time to the first word of a mono recording. */
export function audioFigures(samples: Float32Array, sampleRate: number): AudioFigures {
  const durationMs = sampleRate > 0 ? Math.round((samples.length * 1000) / sampleRate) : 0;
  const stretches = speechStretches(samples, sampleRate);
  const first = stretches[0];
  const last = stretches.at(-1);
  if (!first || !last) return { durationMs, speakingMs: 0, firstWordMs: null, pauses: [] };

  const pauses: Pause[] = [];
  for (let i = 1; i < stretches.length; i++) {
    const startMs = (stretches[i - 1] as [number, number])[1];
    const endMs = (stretches[i] as [number, number])[0];
    if (endMs - startMs > LONG_PAUSE_MS) pauses.push({ startMs: Math.round(startMs), endMs: Math.round(endMs) });
  }
  const paused = pauses.reduce((sum, p) => sum + (p.endMs - p.startMs), 0);
  return {
    durationMs,
    speakingMs: Math.max(0, Math.round(last[1] - first[0]) - paused),
    firstWordMs: Math.round(first[0]),
    pauses,
  };
}

/**
 * The player's level strip: the loudest sample of each of `buckets` equal slices, scaled so the
 * loudest slice is 1 (a quiet mic still draws a strip), two decimals (it is stored with the recording).
 */
export function levelPeaks(samples: Float32Array, buckets: number): number[] {
  const count = Math.max(0, Math.floor(buckets));
  const peaks = new Array<number>(count).fill(0);
  if (count === 0 || samples.length === 0) return peaks;
  for (let b = 0; b < count; b++) {
    const from = Math.floor((b * samples.length) / count);
    const to = Math.floor(((b + 1) * samples.length) / count);
    let peak = 0;
    for (let i = from; i < to; i++) {
      const s = Math.abs(samples[i] as number);
      if (s > peak) peak = s;
    }
    peaks[b] = peak;
  }
  const loudest = peaks.reduce((a, b) => Math.max(a, b), 0);
  return loudest > 0 ? peaks.map((p) => Math.round((p / loudest) * 100) / 100) : peaks;
}
