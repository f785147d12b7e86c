/**
 * Reading text aloud with the browser's speech synthesis, made dependable.
 *
 * What this module guarantees, whatever the engine does:
 * - `speak()` always settles. `done` resolves when the text has been read,
 *   cancelled or given up on (a per-sentence deadline covers engines that
 *   never fire `end`), and rejects only with a user-facing message when the
 *   browser refused to speak or has no speech synthesis at all.
 * - Long text is read sentence by sentence: Chrome silently stops an
 *   utterance after about 15 seconds, so no single utterance is long.
 * - A chosen voice is honoured even when the voice list arrives late (Chrome
 *   fills `getVoices()` only after `voiceschanged`).
 *
 * Everything is looked up on `window` when called, never captured at import,
 * so tests can install a fake engine at any time.
 */

export interface VoiceOption {
  /** What is stored in the settings: the voice's URI (its name in most engines). */
  id: string;
  name: string;
  lang: string;
  /** The engine's own default voice. */
  isDefault: boolean;
}

export interface SpeakOptions {
  /** A `VoiceOption.id` (or voice name); null or unknown = the browser's default voice. */
  voice?: string | null;
  /** 1 = normal speed; clamped to 0.5–2. */
  rate?: number;
}

export interface Speech {
  done: Promise<void>;
  cancel(): void;
}

export const UNSUPPORTED_MESSAGE = 'This browser cannot read questions aloud; you will read them on screen.';
const BLOCKED_MESSAGE =
  'The browser did not let this page speak yet. Read the question on screen, or click anywhere on the page and try again.';
const FAILED_MESSAGE = 'The browser could not read the question aloud. Read it on screen instead.';

/** Chrome cuts an utterance off after about 15 s; 180 characters is about 12 s at normal speed. */
export const MAX_CHUNK_CHARS = 180;
/** How long to wait for a late voice list before speaking with the default voice. */
export const VOICES_WAIT_MS = 1000;
/** Speaking speed used to estimate how long a chunk may take before we stop waiting for `end`. */
const CHARS_PER_SECOND = 14;
const DEADLINE_MARGIN_MS = 4000;

export function getSynth(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined') return undefined;
  const synth = (window as Window & { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  const Utterance = (window as Window & { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
  return synth && typeof Utterance === 'function' ? synth : undefined;
}

export function speechSynthesisSupported(): boolean {
  return getSynth() !== undefined;
}

function pageLanguage(): string {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return (lang || (typeof navigator === 'undefined' ? '' : navigator.language) || 'en').toLowerCase();
}

/** How well a voice's language fits the page's: same tag, same language, other. */
function languageFit(voiceLang: string, page: string): number {
  const lang = voiceLang.toLowerCase().replace('_', '-');
  if (lang === page) return 0;
  if (lang.split('-')[0] === page.split('-')[0]) return 1;
  return 2;
}

/** The browser's voices, those in the page's language first (default voice first among them), then by name. */
export function listVoices(): VoiceOption[] {
  const synth = getSynth();
  if (!synth) return [];
  const page = pageLanguage();
  return synth
    .getVoices()
    .map((v) => ({ id: v.voiceURI || v.name, name: v.name, lang: v.lang, isDefault: v.default }))
    .sort(
      (a, b) =>
        languageFit(a.lang, page) - languageFit(b.lang, page) ||
        Number(b.isDefault) - Number(a.isDefault) ||
        a.name.localeCompare(b.name),
    );
}

/** Calls `listener` whenever the voice list changes; returns the unsubscribe. */
export function onVoicesChanged(listener: () => void): () => void {
  const synth = getSynth();
  if (!synth) return () => {};
  synth.addEventListener('voiceschanged', listener);
  return () => synth.removeEventListener('voiceschanged', listener);
}

function findVoice(synth: SpeechSynthesis, id: string): SpeechSynthesisVoice | undefined {
  const voices = synth.getVoices();
  return voices.find((v) => v.voiceURI === id) ?? voices.find((v) => v.name === id);
}

/** The chosen voice, waiting up to `VOICES_WAIT_MS` for a voice list that has not arrived yet. */
function resolveVoice(synth: SpeechSynthesis, id: string | null | undefined): Promise<SpeechSynthesisVoice | null> {
  if (!id) return Promise.resolve(null);
  const found = findVoice(synth, id);
  // A non-empty list without the voice means it was uninstalled: waiting would not bring it back.
  if (found || synth.getVoices().length > 0) return Promise.resolve(found ?? null);
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', finish);
      resolve(findVoice(synth, id) ?? null);
    };
    const timer = setTimeout(finish, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', finish);
  });
}

/**
 * Splits text into chunks of at most `max` characters, at sentence ends where
 * possible, then at commas or semicolons, then between words.
 */
export function splitForSpeech(text: string, max = MAX_CHUNK_CHARS): string[] {
  const sentences =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/[^.!?]+(?:[.!?]+["')\]]*|$)/g) ?? [];
  const chunks: string[] = [];
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!sentence) continue;
    if (sentence.length <= max) {
      chunks.push(sentence);
      continue;
    }
    let current = '';
    for (const piece of sentence.split(/(?<=[,;:])\s+|\s+/)) {
      // Words longer than a chunk (a URL, say) are cut; an engine reads the pieces just the same.
      const parts = piece.length > max ? (piece.match(new RegExp(`.{1,${max}}`, 'g')) ?? []) : [piece];
      for (const part of parts) {
        if (current && current.length + 1 + part.length > max) {
          chunks.push(current);
          current = part;
        } else {
          current = current ? `${current} ${part}` : part;
        }
      }
    }
    if (current) chunks.push(current);
  }
  return chunks;
}

/** How long to wait for a chunk's `end` before assuming the engine lost it. */
export function chunkDeadlineMs(chunk: string, rate: number): number {
  return Math.round((chunk.length / (CHARS_PER_SECOND * rate)) * 2000) + DEADLINE_MARGIN_MS;
}

function clampRate(rate: number | undefined): number {
  if (rate === undefined || !Number.isFinite(rate)) return 1;
  return Math.min(2, Math.max(0.5, rate));
}

/*
 * Chrome drops the events of an utterance that has been garbage-collected, so
 * `end` never fires; holding each one until it settles keeps it alive.
 */
const speaking = new Set<SpeechSynthesisUtterance>();

/** Reads `text` aloud. See the module header for what `done` promises. */
export function speak(text: string, options: SpeakOptions = {}): Speech {
  const synth = getSynth();
  if (!synth) return { done: Promise.reject(new Error(UNSUPPORTED_MESSAGE)), cancel: () => {} };

  const rate = clampRate(options.rate);
  const chunks = splitForSpeech(text);
  let cancelled = false;
  let stopCurrent: (() => void) | null = null;
  // Cancelling settles `done` at once, even while a late voice list is still awaited.
  let onCancel = () => {};
  const cancelledEarly = new Promise<void>((resolve) => (onCancel = resolve));

  const speakChunk = (chunk: string, voice: SpeechSynthesisVoice | null) =>
    new Promise<void>((resolve, reject) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.rate = rate;
      if (voice) {
        utterance.voice = voice;
        utterance.lang = voice.lang;
      }
      const settle = (error?: Error) => {
        clearTimeout(timer);
        speaking.delete(utterance);
        utterance.onend = null;
        utterance.onerror = null;
        stopCurrent = null;
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(() => settle(), chunkDeadlineMs(chunk, rate));
      utterance.onend = () => settle();
      utterance.onerror = (event) => {
        // Cancelling (ours or another caller's) reports an error; it is not a failure to speak.
        if (event.error === 'interrupted' || event.error === 'canceled') settle();
        else settle(new Error(event.error === 'not-allowed' ? BLOCKED_MESSAGE : FAILED_MESSAGE));
      };
      stopCurrent = () => settle();
      speaking.add(utterance);
      synth.speak(utterance);
    });

  const run = async () => {
    const voice = await resolveVoice(synth, options.voice);
    if (cancelled) return;
    // A paused engine (Chrome after a tab switch) queues silently until resumed.
    synth.resume();
    for (const chunk of chunks) {
      if (cancelled) return;
      await speakChunk(chunk, voice);
    }
  };

  return {
    done: Promise.race([run(), cancelledEarly]),
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      const stop = stopCurrent;
      synth.cancel();
      stop?.();
      onCancel();
    },
  };
}
