/**
 * The slice of the Web Speech API that dictation uses, typed here because
 * TypeScript's DOM library does not declare `SpeechRecognition`. Everything is
 * looked up on `window` when called, never captured at import, so tests (and
 * browsers that add the API late) can install a constructor at any time.
 */

export type SpeechAvailability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

export interface SpeechRecognitionResultLike {
  readonly isFinal: boolean;
  readonly length: number;
  readonly [index: number]: { readonly transcript: string };
}

export interface SpeechRecognitionEventLike {
  readonly resultIndex: number;
  readonly results: { readonly length: number; readonly [index: number]: SpeechRecognitionResultLike };
}

export interface SpeechRecognitionErrorEventLike {
  readonly error: string;
  readonly message?: string;
}

export interface SpeechRecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  /** Chrome 139+: refuse to send audio off the device. Absent in older engines. */
  processLocally?: boolean;
  onresult: ((event: SpeechRecognitionEventLike) => void) | null;
  onerror: ((event: SpeechRecognitionErrorEventLike) => void) | null;
  onend: (() => void) | null;
  onstart?: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

export interface SpeechRecognitionConstructor {
  new (): SpeechRecognitionLike;
  /** Chrome 139+: whether recognition for these languages can run (on the device, with processLocally). */
  available?: (options: { langs: string[]; processLocally?: boolean }) => Promise<SpeechAvailability>;
}

type SpeechWindow = Window & {
  SpeechRecognition?: SpeechRecognitionConstructor;
  webkitSpeechRecognition?: SpeechRecognitionConstructor;
};

export function getSpeechRecognition(): SpeechRecognitionConstructor | undefined {
  if (typeof window === 'undefined') return undefined;
  const w = window as SpeechWindow;
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

export function speechLanguage(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

/**
 * Whether this browser can keep the audio on the device: true only when it
 * both says the language is installed locally and lets us insist on it.
 * Anything else (older Chrome, Safari, a failing check) counts as "may be
 * sent to a service", which is the honest default to tell the user.
 */
export async function canRecogniseLocally(ctor: SpeechRecognitionConstructor, lang: string): Promise<boolean> {
  if (typeof ctor.available !== 'function') return false;
  try {
    return (await ctor.available({ langs: [lang], processLocally: true })) === 'available';
  } catch {
    return false;
  }
}

/** What to tell the user for a recognition error; null for errors that need no message. */
export function describeSpeechError(code: string): { message: string; fatal: boolean } | null {
  switch (code) {
    case 'aborted':
      return null;
    case 'no-speech':
      return { message: 'No speech heard. Check your microphone and try again.', fatal: false };
    case 'not-allowed':
    case 'service-not-allowed':
      return {
        message:
          'Microphone access is blocked. Allow it in your browser’s site settings to dictate; typing still works.',
        fatal: true,
      };
    case 'audio-capture':
      return { message: 'No microphone was found. Connect one to dictate; typing still works.', fatal: true };
    case 'network':
      return {
        message: 'The speech service could not be reached. Check your connection, or type your answer.',
        fatal: true,
      };
    case 'language-not-supported':
      return { message: 'Dictation does not support your browser’s language. Type your answer instead.', fatal: true };
    default:
      return { message: 'Dictation stopped unexpectedly. Try again, or type your answer.', fatal: true };
  }
}

/** Appends dictated words to the answer with exactly one space between. */
export function appendDictated(text: string, spoken: string): string {
  const words = spoken.trim();
  if (!words) return text;
  if (!text) return words;
  return /\s$/.test(text) ? text + words : `${text} ${words}`;
}
