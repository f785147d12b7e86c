/**
 * Delivery figures of a recorded answer, on the device: the recording is decoded with Web Audio,
 * mixed down to mono and measured by the pure functions in domain/delivery. Loaded with `import()`
 * where a recording is analysed, never with the first page.
 *
 * It decodes at 16 kHz: plenty for the loudness of speech, and a third of the memory of 48 kHz for
 * a long answer (decodeAudioData resamples to the context's rate). Browsers that refuse that rate
 * get 48 kHz.
 */
import { audioFigures, deliveryFigures, type DeliveryFigures, levelPeaks } from '@/domain/delivery';

/** Bars in the player's level strip. */
export const PEAK_BUCKETS = 120;

const RATES = [16000, 48000];

export interface RecordingAnalysis {
  figures: DeliveryFigures;
  peaks: number[];
}

type OfflineContextClass = new (channels: number, length: number, sampleRate: number) => BaseAudioContext;

function offlineContext(): BaseAudioContext {
  const Context =
    (globalThis as { OfflineAudioContext?: OfflineContextClass; webkitOfflineAudioContext?: OfflineContextClass })
      .OfflineAudioContext ??
    (globalThis as { webkitOfflineAudioContext?: OfflineContextClass }).webkitOfflineAudioContext;
  if (!Context) throw new Error('This browser cannot decode audio, so there are no delivery figures for this answer.');
  for (const rate of RATES) {
    try {
      return new Context(1, 1, rate);
    } catch {
      // Not this rate here: try the next.
    }
  }
  throw new Error('This browser would not open an audio decoder, so there are no delivery figures for this answer.');
}

/** A Blob's bytes (FileReader where `Blob.arrayBuffer` is missing: Safari before 14, jsdom). */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The recording could not be read.'));
    reader.readAsArrayBuffer(blob);
  });
}

/** The recording as mono samples at the decoder's rate (channels averaged). */
export async function decodeMono(blob: Blob): Promise<{ samples: Float32Array; sampleRate: number }> {
  if (blob.size === 0) throw new Error('The recording is empty, so there are no delivery figures for this answer.');
  const data = await bytesOf(blob);
  const context = offlineContext();
  let buffer: AudioBuffer;
  try {
    // The callback form as well as the promise: older Safari only calls back.
    buffer = await new Promise<AudioBuffer>((resolve, reject) => {
      const pending = context.decodeAudioData(data, resolve, reject) as Promise<AudioBuffer> | undefined;
      pending?.then(resolve, reject);
    });
  } catch {
    throw new Error(
      `This browser could not read the recording (${blob.type || 'unknown format'}), so there are no delivery figures for this answer.`,
    );
  }
  const channels = buffer.numberOfChannels;
  if (channels <= 1) return { samples: buffer.getChannelData(0), sampleRate: buffer.sampleRate };
  const samples = new Float32Array(buffer.length);
  for (let c = 0; c < channels; c++) {
    const channel = buffer.getChannelData(c);
    for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] as number) + (channel[i] as number) / channels;
  }
  return { samples, sampleRate: buffer.sampleRate };
}

/**
 * Speaking time, long pauses, time to first word, pace and fillers of a recorded answer, and its level
 * strip. Rejects with a message for people when the recording is empty or cannot be decoded here.
 */
export async function analyseRecording(blob: Blob, transcript: string): Promise<RecordingAnalysis> {
  const { samples, sampleRate } = await decodeMono(blob);
  return {
    figures: deliveryFigures(audioFigures(samples, sampleRate), transcript),
    peaks: levelPeaks(samples, PEAK_BUCKETS),
  };
}
