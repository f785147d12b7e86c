/**
 * `npm run bench:delivery [-- --keep]`
 *
 * Measures the delivery figures' audio side (`audioFigures` in src/domain/delivery/audio.ts) against
 * recordings whose truth is known: answers spoken by espeak-ng in several voices and speeds, with
 * long pauses (2.3–5 s) and short gaps (under 2 s, which must not count) inserted by sox at known
 * places (scripts/speech-wav.ts). Some are played back quieter or louder, or over steady noise, as
 * different microphones would.
 *
 * Prints truth against measurement per recording and a summary line; exits 1 unless every
 * recording's long-pause count is exact and its speaking time within 5%. The WAVs go to a temporary
 * folder, removed afterwards unless `--keep`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { audioFigures } from '../src/domain/delivery/audio.ts';
import { Rng } from './rng.ts';
import { AUDIO_TOOLS_MISSING, type AnswerPart, isAudioToolingAvailable, makeAnswerWav } from './speech-wav.ts';
import { usageError } from './usage.ts';

const usage = usageError('bench:delivery', '[--keep]');
const argv = process.argv.slice(2);
for (const arg of argv) if (arg !== '--keep') usage(`unknown option ${arg}`);
const keep = argv.includes('--keep');

/** How the microphone changes the clean synthesised signal. */
interface Mic {
  name: string;
  gain: number;
  /** Steady white noise, RMS in dB full scale; null for none. */
  noiseDb: number | null;
}

interface Case {
  voice: string;
  wpm: number;
  sampleRate: 16000 | 48000;
  leadSilenceMs: number;
  parts: AnswerPart[];
  mic: Mic;
}

const CLEAN: Mic = { name: 'clean', gain: 1, noiseDb: null };
const QUIET: Mic = { name: 'quiet', gain: 0.05, noiseDb: -75 };
const NOISY: Mic = { name: 'noisy', gain: 0.7, noiseDb: -45 };
const LOUD: Mic = { name: 'loud', gain: 1.8, noiseDb: -60 };

const p = (silenceMs: number) => ({ silenceMs });

/** Sentences of the sort an answer holds, with fillers, numbers and short words. */
const CASES: Case[] = [
  {
    voice: 'en-us',
    wpm: 160,
    sampleRate: 48000,
    leadSilenceMs: 1200,
    mic: CLEAN,
    parts: [
      'In my last role I led the migration of our billing service to a new database.',
      p(2600),
      'Um, the hard part was keeping both systems in step while customers kept paying.',
      p(900),
      'We ran them side by side for six weeks and compared every invoice.',
    ],
  },
  {
    voice: 'en-gb',
    wpm: 130,
    sampleRate: 48000,
    leadSilenceMs: 800,
    mic: CLEAN,
    parts: [
      'The situation was a release that kept slipping.',
      p(1500),
      'I sat down with the team, and we cut the scope to what customers had asked for.',
    ],
  },
  {
    voice: 'en-us+f3',
    wpm: 175,
    sampleRate: 16000,
    leadSilenceMs: 2500,
    mic: QUIET,
    parts: [
      'So, basically, I think the first thing I would do is measure where the time goes.',
      p(3100),
      'Then, like, you know, fix the slowest query first.',
      p(4200),
      'That usually gets you most of the way.',
      p(1200),
      'After that, cache what is read often and changes rarely.',
    ],
  },
  {
    voice: 'en-gb-scotland',
    wpm: 150,
    sampleRate: 48000,
    leadSilenceMs: 400,
    mic: NOISY,
    parts: [
      'A time I disagreed with my manager was about hiring.',
      p(2300),
      'I wrote down both options with their costs.',
      p(2800),
      'We tried mine for a month.',
      p(3500),
      'It worked, and we kept it.',
      p(5000),
      'I learned to bring numbers, not opinions.',
    ],
  },
  {
    voice: 'en-us',
    wpm: 190,
    sampleRate: 48000,
    leadSilenceMs: 600,
    mic: LOUD,
    parts: [
      'Uh, the system has three parts: an API, a queue, and a pool of workers.',
      p(700),
      'The API accepts the upload and returns at once.',
      p(1900),
      'Workers pull jobs from the queue and write results to storage.',
      p(2400),
      'If a worker dies, the job becomes visible again after a timeout.',
    ],
  },
  {
    voice: 'en-gb-x-rp',
    wpm: 140,
    sampleRate: 16000,
    leadSilenceMs: 3000,
    mic: CLEAN,
    parts: [
      'My greatest strength is that I finish things.',
      p(4500),
      'Erm, for example, the reporting tool nobody wanted to own.',
      p(1000),
      'I took it on, wrote the tests, and shipped it in a month.',
    ],
  },
  {
    voice: 'en-029',
    wpm: 165,
    sampleRate: 48000,
    leadSilenceMs: 1000,
    mic: NOISY,
    parts: [
      'I would start by asking who the users are and what they need most.',
      p(1600),
      'Then I would sketch the simplest design that meets that, and look for the riskiest part.',
      p(3300),
      'I would build that part first, to learn early.',
    ],
  },
  {
    voice: 'en-us+m3',
    wpm: 145,
    sampleRate: 48000,
    leadSilenceMs: 1500,
    mic: QUIET,
    parts: [
      'We had an outage on a Friday night.',
      p(2500),
      'I rolled back the deploy, then wrote up what happened.',
      p(800),
      'The fix was a missing index.',
      p(2700),
      'Since then every migration is checked against production sized data.',
    ],
  },
  {
    voice: 'en-gb',
    wpm: 185,
    sampleRate: 16000,
    leadSilenceMs: 700,
    mic: LOUD,
    parts: [
      'Honestly, I kind of struggled with feedback early on.',
      p(1800),
      'I took every comment personally.',
      p(1400),
      'A mentor showed me how to separate the work from myself, and that changed a lot.',
    ],
  },
  {
    voice: 'en-us+f2',
    wpm: 135,
    sampleRate: 48000,
    leadSilenceMs: 2000,
    mic: CLEAN,
    parts: [
      'Five years from now I want to lead a small team.',
      p(3800),
      'I want to keep writing code, though.',
      p(2300),
      'The best leads I had still reviewed pull requests.',
      p(1500),
      'So that is my plan.',
    ],
  },
  {
    voice: 'en-us-nyc',
    wpm: 170,
    sampleRate: 16000,
    leadSilenceMs: 300,
    mic: NOISY,
    parts: [
      'To design a rate limiter I would use a token bucket per user, stored in Redis.',
      p(4000),
      'Each request takes a token; tokens refill at a fixed rate.',
      p(600),
      'When the bucket is empty the request gets a four twenty nine.',
    ],
  },
  {
    voice: 'en-gb-x-gbclan',
    wpm: 155,
    sampleRate: 48000,
    leadSilenceMs: 5200,
    mic: CLEAN,
    parts: [
      'Why this company?',
      p(1700),
      'Because you build tools that teachers actually use, and I have seen them in my sister’s classroom.',
      p(2900),
      'I want my work to be that close to the people it helps.',
    ],
  },
  {
    // Long thinking before a short answer: speech is a small part of the recording.
    voice: 'en-us',
    wpm: 160,
    sampleRate: 16000,
    leadSilenceMs: 4800,
    mic: NOISY,
    parts: ['Yes.', p(9000), 'I would do it again.', p(12000)],
  },
];

/** Mono float samples of a 16-bit PCM WAV (what speech-wav writes). */
function decodeWav(bytes: Uint8Array): { samples: Float32Array; sampleRate: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('Not a WAV file.');
  let sampleRate = 0;
  let channels = 0;
  let bits = 0;
  for (let at = 12; at + 8 <= bytes.byteLength;) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ') {
      channels = view.getUint16(at + 10, true);
      sampleRate = view.getUint32(at + 12, true);
      bits = view.getUint16(at + 22, true);
    } else if (id === 'data') {
      if (bits !== 16) throw new Error(`Only 16-bit PCM is read here, not ${bits}-bit.`);
      const frames = Math.floor(Math.min(size, bytes.byteLength - at - 8) / (2 * channels));
      const samples = new Float32Array(frames);
      for (let f = 0; f < frames; f++) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += view.getInt16(at + 8 + (f * channels + c) * 2, true);
        samples[f] = sum / channels / 32768;
      }
      return { samples, sampleRate };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV file without a data chunk.');
}

/** The microphone's gain and noise, seeded so every run hears the same thing. */
function throughMic(samples: Float32Array, mic: Mic, rng: Rng): Float32Array {
  const out = new Float32Array(samples.length);
  // Uniform noise in [-a, a] has RMS a/√3.
  const amplitude = mic.noiseDb === null ? 0 : Math.sqrt(3) * 10 ** (mic.noiseDb / 20);
  for (let i = 0; i < samples.length; i++) {
    const s = (samples[i] as number) * mic.gain + (amplitude ? (rng.next() * 2 - 1) * amplitude : 0);
    out[i] = Math.max(-1, Math.min(1, s));
  }
  return out;
}

const s = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(2));

if (!isAudioToolingAvailable()) {
  console.error(AUDIO_TOOLS_MISSING);
  process.exit(1);
}

const dir = await mkdtemp(join(tmpdir(), 'bench-delivery-'));
const rng = new Rng(16);
let countExact = 0;
let speakingOk = 0;
let worstPauseErrorMs = 0;
const rows: string[][] = [];
try {
  for (const [i, c] of CASES.entries()) {
    const truth = await makeAnswerWav({
      parts: c.parts,
      out: join(dir, `answer-${String(i + 1).padStart(2, '0')}.wav`),
      voice: c.voice,
      wpm: c.wpm,
      sampleRate: c.sampleRate,
      leadSilenceMs: c.leadSilenceMs,
    });
    const { samples, sampleRate } = decodeWav(await readFile(truth.out));
    const measured = audioFigures(throughMic(samples, c.mic, rng), sampleRate);

    const exact = measured.pauses.length === truth.pauses.length;
    // Each inserted pause against the measured one nearest to it (start and end).
    let pauseErrorMs = 0;
    for (const t of truth.pauses) {
      const nearest = measured.pauses.reduce<number>(
        (best, m) => Math.min(best, Math.max(Math.abs(m.startMs - t.startMs), Math.abs(m.endMs - t.endMs))),
        Infinity,
      );
      pauseErrorMs = Math.max(pauseErrorMs, nearest);
    }
    const speakingError = (measured.speakingMs - truth.speakingMs) / truth.speakingMs;
    const within = Math.abs(speakingError) <= 0.05;
    if (exact) countExact++;
    if (within) speakingOk++;
    if (Number.isFinite(pauseErrorMs)) worstPauseErrorMs = Math.max(worstPauseErrorMs, pauseErrorMs);
    rows.push([
      String(i + 1),
      `${c.voice} ${c.wpm} ${c.sampleRate / 1000}k ${c.mic.name}`,
      `${truth.pauses.length}/${measured.pauses.length}${exact ? '' : ' ✗'}`,
      truth.pauses.length ? `${Math.round(pauseErrorMs)} ms` : '–',
      `${s(truth.speakingMs)}/${s(measured.speakingMs)}`,
      `${(speakingError * 100).toFixed(1)}%${within ? '' : ' ✗'}`,
      `${s(truth.firstWordMs)}/${s(measured.firstWordMs)}`,
    ]);
  }
} finally {
  if (keep) console.log(`recordings kept in ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}

const header = [
  '#',
  'voice wpm rate mic',
  'pauses truth/measured',
  'pause error',
  'speaking s',
  'error',
  'first word s',
];
const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)));
for (const row of [header, ...rows]) console.log(row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  '));
console.log(`worst pause position error: ${Math.round(worstPauseErrorMs)} ms`);
console.log(`pause count exact: ${countExact}/${CASES.length}, speaking time within 5%: ${speakingOk}/${CASES.length}`);
if (countExact < CASES.length || speakingOk < CASES.length) process.exit(1);
