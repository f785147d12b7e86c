/**
 * A fake speech synthesis engine for jsdom, which has none. Utterances wait
 * in a queue until the test ends them (`finish`), fails them (`fail`) or
 * cancels them; `autoEnd` ends each one on the next tick like a working engine.
 */
import { vi } from 'vitest';

export class FakeUtterance {
  text: string;
  rate = 1;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

export function fakeVoice(name: string, lang: string, isDefault = false): SpeechSynthesisVoice {
  return { name, lang, voiceURI: name, default: isDefault, localService: true } as SpeechSynthesisVoice;
}

export class FakeSynth extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  /** Every utterance ever passed to speak(), in order. */
  spoken: FakeUtterance[] = [];
  queue: FakeUtterance[] = [];
  cancelCalls = 0;
  autoEnd = false;
  /** Some engines fire nothing on the utterances cancel() drops. */
  silentCancel = false;

  getVoices() {
    return this.voices;
  }

  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (this.autoEnd) setTimeout(() => this.finish(), 0);
  }

  cancel() {
    this.cancelCalls += 1;
    const queued = this.queue;
    this.queue = [];
    if (this.silentCancel) return;
    for (const u of queued) u.onerror?.({ error: 'interrupted' });
  }

  resume() {}
  pause() {}

  /** The engine finishes the utterance it is speaking. */
  finish() {
    this.queue.shift()?.onend?.();
  }

  /** The engine reports an error on the utterance it is speaking. */
  fail(error: string) {
    this.queue.shift()?.onerror?.({ error });
  }

  setVoices(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  get texts() {
    return this.spoken.map((u) => u.text);
  }
}

/** Installs a fresh fake engine on window; undo with vi.unstubAllGlobals(). */
export function installFakeSpeech(): FakeSynth {
  const synth = new FakeSynth();
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}

/** Lets pending promise callbacks run. */
export async function flush() {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}
