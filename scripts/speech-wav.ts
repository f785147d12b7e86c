/**
 * Test answers as WAV files: spoken text (espeak-ng) with silences of an exact length (sox) between
 * the parts, plus the ground truth the delivery figures are checked against. Used by the e2e tests
 * (Chromium's fake microphone plays the file) and by `npm run bench:delivery`.
 *
 * The truth comes from sample counts, not from listening: every spoken part is trimmed of its own
 * leading and trailing silence first, so the silences between parts are exactly the ones asked for.
 *
 * In Chromium: `--use-fake-ui-for-media-stream --use-fake-device-for-media-stream
 * --use-file-for-fake-audio-capture=<out>%noloop` (without `%noloop` the file repeats). Checked by
 * hand: through getUserMedia (default processing), MediaRecorder (Opus) and audioFigures, the pauses
 * came out within 30 ms of the truth, speaking time within 1%, the first word exact.
 *
 * Needs Debian's `espeak-ng` and `sox` (apt-get install espeak-ng sox); `.ci/run` installs them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { LONG_PAUSE_MS } from '../src/domain/delivery/types.ts';

const run = promisify(execFile);

export type AnswerPart = string | { silenceMs: number };

export interface AnswerWavOptions {
  /** Spoken text and silences, in order. Adjacent silences add up. */
  parts: AnswerPart[];
  /** Where to write the WAV. */
  out: string;
  /** espeak-ng speed in words a minute (its `-s`); 160 when absent. */
  wpm?: number;
  /** espeak-ng voice (`-v`), e.g. "en-us", "en-gb", "en-us+f3"; "en-us" when absent. */
  voice?: string;
  /** Silence before the first part, in ms; 0 when absent. */
  leadSilenceMs?: number;
  /** 48000 when absent (what browsers decode to). */
  sampleRate?: 16000 | 48000;
}

export interface Span {
  startMs: number;
  endMs: number;
}

export interface AnswerWav {
  out: string;
  durationMs: number;
  /** Each spoken part, trimmed, where it sits in the file. */
  speech: Span[];
  /** Inserted silences of LONG_PAUSE_MS or more between two spoken parts. */
  pauses: Span[];
  /** From the start of the first spoken part to the end of the last, minus `pauses`. */
  speakingMs: number;
  /** Where the first spoken part starts. */
  firstWordMs: number;
}

export const AUDIO_TOOLS_MISSING =
  'Making test recordings needs espeak-ng and sox, which were not found on the PATH. ' +
  'Install them with: sudo apt-get install espeak-ng sox';

/** Whether espeak-ng and sox can be run here. */
export function isAudioToolingAvailable(): boolean {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    execFileSync('sox', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Samples in a mono 16-bit PCM WAV, from its data chunk's size. */
export function wavSampleCount(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const id = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    // sox writes 0xffffffff-ish sizes only when streaming to a pipe; files get the real size.
    if (id === 'data') return Math.floor(Math.min(size, bytes.byteLength - offset - 8) / 2);
    offset += 8 + size + (size % 2);
  }
  throw new Error('Not a WAV file: no data chunk found.');
}

/** Writes the answer and returns where its speech and long pauses are. */
export async function makeAnswerWav(options: AnswerWavOptions): Promise<AnswerWav> {
  if (!isAudioToolingAvailable()) throw new Error(AUDIO_TOOLS_MISSING);
  const rate = options.sampleRate ?? 48000;
  const wpm = options.wpm ?? 160;
  const voice = options.voice ?? 'en-us';
  const format = ['-r', String(rate), '-c', '1', '-b', '16', '-e', 'signed-integer'];

  // Merge adjacent silences and put the lead silence in front, so each piece is speech or one silence.
  const pieces: ({ text: string } | { silenceSamples: number })[] = [];
  const addSilence = (ms: number) => {
    if (!(ms > 0)) return;
    const samples = Math.round((ms * rate) / 1000);
    const last = pieces.at(-1);
    if (last && 'silenceSamples' in last) last.silenceSamples += samples;
    else pieces.push({ silenceSamples: samples });
  };
  addSilence(options.leadSilenceMs ?? 0);
  for (const part of options.parts) {
    if (typeof part === 'string') {
      if (part.trim() === '') throw new Error('makeAnswerWav: a spoken part is empty.');
      pieces.push({ text: part });
    } else addSilence(part.silenceMs);
  }
  if (!pieces.some((p) => 'text' in p)) throw new Error('makeAnswerWav: give at least one spoken part.');

  const dir = await mkdtemp(join(tmpdir(), 'speech-wav-'));
  try {
    const files: string[] = [];
    const counts: number[] = [];
    for (const [i, piece] of pieces.entries()) {
      const file = join(dir, `${String(i).padStart(3, '0')}.wav`);
      if ('text' in piece) {
        const raw = join(dir, `raw-${i}.wav`);
        await run('espeak-ng', ['-v', voice, '-s', String(wpm), '-w', raw, '--', piece.text]);
        // Trim the synthesiser's own lead-in and tail (under 1% of full scale), then resample.
        await run('sox', [
          raw,
          ...format,
          file,
          'silence',
          '1',
          '0.02',
          '1%',
          'reverse',
          'silence',
          '1',
          '0.02',
          '1%',
          'reverse',
        ]);
      } else {
        // The null input needs the rate too: `trim`'s sample count is read at the input's rate.
        await run('sox', [
          '-r',
          String(rate),
          '-c',
          '1',
          '-n',
          ...format,
          file,
          'trim',
          '0',
          `${piece.silenceSamples}s`,
        ]);
      }
      const count = wavSampleCount(await readFile(file));
      if ('text' in piece && count === 0) throw new Error(`makeAnswerWav: espeak-ng said nothing for "${piece.text}".`);
      if ('silenceSamples' in piece && count !== piece.silenceSamples)
        throw new Error(`makeAnswerWav: sox wrote ${count} samples of silence, not ${piece.silenceSamples}.`);
      files.push(file);
      counts.push(count);
    }
    await run('sox', [...files, ...format, options.out]);

    const ms = (samples: number) => (samples * 1000) / rate;
    const speech: Span[] = [];
    const pauses: Span[] = [];
    let at = 0;
    for (const [i, piece] of pieces.entries()) {
      const count = counts[i] ?? 0;
      const span = { startMs: ms(at), endMs: ms(at + count) };
      if ('text' in piece) speech.push(span);
      else if (i > 0 && i < pieces.length - 1 && span.endMs - span.startMs >= LONG_PAUSE_MS) pauses.push(span);
      at += count;
    }
    const first = speech[0] as Span;
    const last = speech.at(-1) as Span;
    const pausedMs = pauses.reduce((sum, p) => sum + (p.endMs - p.startMs), 0);
    const written = wavSampleCount(await readFile(options.out));
    if (written !== at)
      throw new Error(`makeAnswerWav: expected ${at} samples in ${options.out}, sox wrote ${written}.`);
    return {
      out: options.out,
      durationMs: ms(at),
      speech,
      pauses,
      speakingMs: last.endMs - first.startMs - pausedMs,
      firstWordMs: first.startMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
