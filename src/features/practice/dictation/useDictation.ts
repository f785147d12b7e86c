import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

import {
  canRecogniseLocally,
  describeSpeechError,
  getSpeechRecognition,
  speechLanguage,
  type SpeechRecognitionLike,
} from './speech';

export type DictationStatus = 'unsupported' | 'idle' | 'listening';

/** Where the audio goes: known only once the browser has answered the on-device check. */
export type DictationPrivacy = 'on-device' | 'service' | 'unknown';

export interface Dictation {
  status: DictationStatus;
  /** Words heard but not settled yet: shown as a preview, never written into the answer. */
  interim: string;
  /** Why dictation stopped or cannot start; null when all is well. */
  problem: string | null;
  privacy: DictationPrivacy;
  start: () => void;
  stop: () => void;
  toggle: () => void;
}

export const UNSUPPORTED_MESSAGE =
  'Dictation needs speech recognition, which this browser does not offer (Chrome, Edge and Safari do). Typing works as usual.';

/** Chrome ends a continuous session after a minute or so of talk; sessions shorter than this are not restarted, so a failing microphone cannot loop. */
const MIN_RUN_BEFORE_RESTART_MS = 2000;

interface Options {
  /** Called with each settled phrase, in order. */
  onFinal: (text: string) => void;
  lang?: string;
}

/**
 * Dictation over the Web Speech API. Prefers on-device recognition when the
 * browser can promise it (`processLocally`), and says so through `privacy`;
 * otherwise the browser may send the audio to its vendor's service.
 */
export function useDictation({ onFinal, lang = speechLanguage() }: Options): Dictation {
  // Read at render, not once: the API can be installed (by a test or a polyfill) after this module loads.
  const supported = getSpeechRecognition() !== undefined;
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [onDevice, setOnDevice] = useState<boolean | null>(null);

  const recognitionRef = useRef<SpeechRecognitionLike | null>(null);
  // Whether the user still wants to listen: the browser ends sessions on its own, and those are resumed.
  const wantedRef = useRef(false);
  const onFinalRef = useRef(onFinal);
  useLayoutEffect(() => {
    onFinalRef.current = onFinal;
  });

  useEffect(() => {
    const ctor = getSpeechRecognition();
    if (!ctor) return;
    let cancelled = false;
    void canRecogniseLocally(ctor, lang).then((local) => {
      if (!cancelled) setOnDevice(local);
    });
    return () => {
      cancelled = true;
    };
  }, [lang]);

  const begin = useCallback(
    function begin() {
      const Ctor = getSpeechRecognition();
      if (!Ctor) {
        setProblem(UNSUPPORTED_MESSAGE);
        return;
      }
      if (recognitionRef.current) return;
      wantedRef.current = true;
      setProblem(null);

      const recognition = new Ctor();
      recognition.lang = lang;
      recognition.continuous = true;
      recognition.interimResults = true;
      if (onDevice && 'processLocally' in recognition) recognition.processLocally = true;
      const startedAt = Date.now();

      recognition.onresult = (event) => {
        let pending = '';
        for (let i = event.resultIndex; i < event.results.length; i++) {
          const result = event.results[i];
          const transcript = result?.[0]?.transcript ?? '';
          if (!result || !transcript) continue;
          if (result.isFinal) onFinalRef.current(transcript);
          else pending += transcript;
        }
        if (recognitionRef.current === recognition) setInterim(pending.trim());
      };
      recognition.onerror = (event) => {
        const described = describeSpeechError(event.error);
        if (!described) return;
        if (recognitionRef.current !== recognition) return;
        setProblem(described.message);
        // Restarting after "no speech" or a blocked microphone would only fail again.
        wantedRef.current = false;
      };
      recognition.onend = () => {
        if (recognitionRef.current !== recognition) return;
        recognitionRef.current = null;
        setInterim('');
        if (wantedRef.current && Date.now() - startedAt >= MIN_RUN_BEFORE_RESTART_MS) {
          begin();
          return;
        }
        wantedRef.current = false;
        setListening(false);
      };

      recognitionRef.current = recognition;
      try {
        recognition.start();
        setListening(true);
      } catch {
        recognitionRef.current = null;
        wantedRef.current = false;
        setListening(false);
        setProblem(describeSpeechError('')!.message);
      }
    },
    [lang, onDevice],
  );

  const stop = useCallback(() => {
    wantedRef.current = false;
    const recognition = recognitionRef.current;
    // Detached at once so a new start need not wait for the old session's end event.
    recognitionRef.current = null;
    setListening(false);
    setInterim('');
    // stop(), not abort(): the browser still delivers the words it heard before the click.
    recognition?.stop();
  }, []);

  useEffect(
    () => () => {
      wantedRef.current = false;
      const recognition = recognitionRef.current;
      recognitionRef.current = null;
      if (recognition) {
        recognition.onresult = null;
        recognition.onend = null;
        recognition.onerror = null;
        recognition.abort();
      }
    },
    [],
  );

  const start = useCallback(() => begin(), [begin]);
  const toggle = useCallback(() => (recognitionRef.current ? stop() : begin()), [begin, stop]);

  return {
    status: !supported ? 'unsupported' : listening ? 'listening' : 'idle',
    interim,
    problem: !supported ? UNSUPPORTED_MESSAGE : problem,
    privacy: onDevice === null ? 'unknown' : onDevice ? 'on-device' : 'service',
    start,
    stop,
    toggle,
  };
}
