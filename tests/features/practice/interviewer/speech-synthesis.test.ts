import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  chunkDeadlineMs,
  listVoices,
  MAX_CHUNK_CHARS,
  speak,
  speechSynthesisSupported,
  splitForSpeech,
  UNSUPPORTED_MESSAGE,
  VOICES_WAIT_MS,
} from '@/features/practice/interviewer/speech-synthesis';

import { type FakeSynth, fakeVoice, flush, installFakeSpeech } from './fake-speech';

let synth: FakeSynth;

beforeEach(() => {
  synth = installFakeSpeech();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.documentElement.lang = '';
});

/** Tracks whether a promise has settled, and how. */
function watch(promise: Promise<void>) {
  const state: { settled: boolean; error: unknown } = { settled: false, error: undefined };
  promise.then(
    () => (state.settled = true),
    (error: unknown) => {
      state.settled = true;
      state.error = error;
    },
  );
  return state;
}

describe('splitForSpeech', () => {
  it('splits at sentence ends', () => {
    expect(splitForSpeech('Tell me about yourself.  Why this role? Go on!')).toEqual([
      'Tell me about yourself.',
      'Why this role?',
      'Go on!',
    ]);
  });

  it('keeps a sentence without a full stop', () => {
    expect(splitForSpeech('Describe a conflict')).toEqual(['Describe a conflict']);
  });

  it('cuts a long sentence into chunks short enough for Chrome, at commas or spaces', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i},`).join(' ') + ' end.';
    const chunks = splitForSpeech(long);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    expect(chunks.join(' ')).toBe(long);
  });

  it('cuts a single overlong word', () => {
    const chunks = splitForSpeech('x'.repeat(400), 180);
    expect(chunks.map((c) => c.length)).toEqual([180, 180, 40]);
  });

  it('returns nothing for blank text', () => {
    expect(splitForSpeech('   ')).toEqual([]);
  });
});

describe('speak', () => {
  it('queues the sentences one after another and resolves after the last', async () => {
    const speech = watch(speak('First question. Second part.', { rate: 1.2 }).done);
    await flush();
    expect(synth.texts).toEqual(['First question.']);
    expect(synth.spoken[0]!.rate).toBe(1.2);

    synth.finish();
    await flush();
    expect(synth.texts).toEqual(['First question.', 'Second part.']);
    expect(speech.settled).toBe(false);

    synth.finish();
    await flush();
    expect(speech.settled).toBe(true);
    expect(speech.error).toBeUndefined();
  });

  it('uses the chosen voice and its language', async () => {
    synth.voices = [fakeVoice('Alex', 'en-US', true), fakeVoice('Amélie', 'fr-FR')];
    void speak('Bonjour.', { voice: 'Amélie' }).done;
    await flush();
    expect(synth.spoken[0]!.voice?.name).toBe('Amélie');
    expect(synth.spoken[0]!.lang).toBe('fr-FR');
  });

  it('waits for voices that arrive late, then speaks with the chosen one', async () => {
    vi.useFakeTimers();
    void speak('Hello.', { voice: 'Daniel' }).done;
    await flush();
    expect(synth.spoken).toHaveLength(0);

    synth.setVoices([fakeVoice('Samantha', 'en-US', true), fakeVoice('Daniel', 'en-GB')]);
    await flush();
    expect(synth.spoken).toHaveLength(1);
    expect(synth.spoken[0]!.voice?.name).toBe('Daniel');
  });

  it('speaks with the default voice when the voice list never arrives', async () => {
    vi.useFakeTimers();
    void speak('Hello.', { voice: 'Daniel' }).done;
    await vi.advanceTimersByTimeAsync(VOICES_WAIT_MS - 1);
    expect(synth.spoken).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(synth.spoken).toHaveLength(1);
    expect(synth.spoken[0]!.voice).toBeNull();
  });

  it('does not wait when the chosen voice is gone from a loaded list', async () => {
    synth.voices = [fakeVoice('Samantha', 'en-US', true)];
    void speak('Hello.', { voice: 'Uninstalled' }).done;
    await flush();
    expect(synth.spoken).toHaveLength(1);
    expect(synth.spoken[0]!.voice).toBeNull();
  });

  it('cancel stops the engine, skips the rest and resolves', async () => {
    const speech = speak('One. Two. Three.');
    const state = watch(speech.done);
    await flush();
    speech.cancel();
    await flush();
    expect(synth.cancelCalls).toBe(1);
    expect(state.settled).toBe(true);
    expect(state.error).toBeUndefined();
    expect(synth.texts).toEqual(['One.']);
  });

  it('cancel resolves even when the engine fires nothing for the dropped utterance', async () => {
    synth.silentCancel = true;
    const speech = speak('One. Two.');
    const state = watch(speech.done);
    await flush();
    speech.cancel();
    await flush();
    expect(state.settled).toBe(true);
    expect(synth.texts).toEqual(['One.']);
  });

  it('cancel settles at once while waiting for voices', async () => {
    vi.useFakeTimers();
    const speech = speak('Hello.', { voice: 'Daniel' });
    const state = watch(speech.done);
    speech.cancel();
    await flush();
    expect(state.settled).toBe(true);
    await vi.advanceTimersByTimeAsync(VOICES_WAIT_MS);
    expect(synth.spoken).toHaveLength(0);
  });

  it('moves on when the engine never fires end (timeout fallback)', async () => {
    vi.useFakeTimers();
    const state = watch(speak('Never ends. Nor this.').done);
    await flush();
    expect(synth.texts).toEqual(['Never ends.']);

    await vi.advanceTimersByTimeAsync(chunkDeadlineMs('Never ends.', 1) - 1);
    expect(synth.texts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(synth.texts).toEqual(['Never ends.', 'Nor this.']);

    await vi.advanceTimersByTimeAsync(chunkDeadlineMs('Nor this.', 1));
    expect(state.settled).toBe(true);
    expect(state.error).toBeUndefined();
  });

  it('gives slower speech a longer deadline', () => {
    expect(chunkDeadlineMs('a'.repeat(100), 0.8)).toBeGreaterThan(chunkDeadlineMs('a'.repeat(100), 1.5));
  });

  it('treats an interruption by someone else as the end, not a failure', async () => {
    const state = watch(speak('Hello.').done);
    await flush();
    synth.fail('interrupted');
    await flush();
    expect(state.settled).toBe(true);
    expect(state.error).toBeUndefined();
  });

  it('rejects with a plain message when the browser refuses to speak', async () => {
    const state = watch(speak('Hello. Again.').done);
    await flush();
    synth.fail('not-allowed');
    await flush();
    expect((state.error as Error).message).toMatch(/did not let this page speak/);
    expect(synth.texts).toEqual(['Hello.']);
  });

  it('rejects with the unsupported message when there is no speech synthesis', async () => {
    vi.unstubAllGlobals();
    vi.stubGlobal('speechSynthesis', undefined);
    expect(speechSynthesisSupported()).toBe(false);
    await expect(speak('Hello.').done).rejects.toThrow(UNSUPPORTED_MESSAGE);
    expect(listVoices()).toEqual([]);
  });
});

describe('listVoices', () => {
  it('lists voices in the page language first, then by language fit, the default first in each group', () => {
    document.documentElement.lang = 'en-GB';
    synth.voices = [
      fakeVoice('Thomas', 'fr-FR', true),
      fakeVoice('Samantha', 'en-US'),
      fakeVoice('Daniel', 'en-GB'),
      fakeVoice('Arthur', 'en-GB'),
      fakeVoice('Anna', 'de-DE'),
    ];
    expect(listVoices().map((v) => `${v.name} ${v.lang}`)).toEqual([
      'Arthur en-GB',
      'Daniel en-GB',
      'Samantha en-US',
      'Thomas fr-FR',
      'Anna de-DE',
    ]);
  });
});
