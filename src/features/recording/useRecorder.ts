import { useCallback, useEffect, useRef, useState } from 'react';

import { classifyError, type Recorder, type RecordingResult, startRecording } from './recorder';

export type RecorderStatus = 'idle' | 'starting' | 'recording' | 'paused' | 'stopped' | 'failed';

export interface RecorderState {
  status: RecorderStatus;
  /** What went wrong, for the user; null when all is well. */
  problem: string | null;
  /** The live microphone while recording, for the level meter. */
  stream: MediaStream | null;
  start: () => void;
  pause: () => void;
  resume: () => void;
  /** Stops recording; the audio is kept for Submit (a new start replaces it). */
  stop: () => void;
  /** Ends the recording (if one runs) and settles to its result; rejects when there is no usable audio. */
  finish: () => Promise<RecordingResult>;
  /** Whether there is audio to submit: a recording running, paused or stopped. */
  hasAudio: () => boolean;
  elapsedMs: () => number;
}

/**
 * One recording per answer, in React terms. The recorder itself lives in a ref: nothing here re-renders
 * per chunk or per frame, only when the status changes. A recording still running when the screen goes
 * away without `finish()` (a skip, leaving the page) is thrown away and the microphone released.
 */
export function useRecorder(): RecorderState {
  const [status, setStatus] = useState<RecorderStatus>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const recorderRef = useRef<Recorder | null>(null);
  // Set once the recording was handed over (finish): unmounting must not cancel it then.
  const handedOver = useRef(false);
  const result = useRef<Promise<RecordingResult> | null>(null);
  const startId = useRef(0);
  const mounted = useRef(true);
  // The length of the last stopped recording, shown after Stop.
  const lastElapsed = useRef(0);

  const fail = useCallback((message: string) => {
    recorderRef.current = null;
    setStream(null);
    setProblem(message);
    setStatus('failed');
  }, []);

  const start = useCallback(() => {
    if (recorderRef.current || handedOver.current) return;
    const id = ++startId.current;
    result.current = null;
    setProblem(null);
    setStatus('starting');
    startRecording().then(
      (recorder) => {
        // The screen went away (or another start won) while the browser asked for the microphone.
        if (!mounted.current || id !== startId.current || handedOver.current) {
          recorder.cancel();
          return;
        }
        recorder.onFailure = (error) => fail(error.message);
        recorderRef.current = recorder;
        setStream(recorder.stream);
        setStatus('recording');
      },
      (error: unknown) => {
        if (mounted.current && id === startId.current) fail(classifyError(error).message);
      },
    );
  }, [fail]);

  const pause = useCallback(() => {
    if (!recorderRef.current) return;
    recorderRef.current.pause();
    setStatus('paused');
  }, []);

  const resume = useCallback(() => {
    if (!recorderRef.current) return;
    recorderRef.current.resume();
    setStatus('recording');
  }, []);

  const stopNow = useCallback((): Promise<RecordingResult> | null => {
    const recorder = recorderRef.current;
    if (!recorder) return result.current;
    recorderRef.current = null;
    lastElapsed.current = recorder.elapsedMs();
    const stopped = recorder.stop();
    result.current = stopped;
    setStream(null);
    setStatus('stopped');
    stopped.catch((error: unknown) => {
      if (!mounted.current || handedOver.current) return;
      // Nothing usable to submit: the message is shown now, and Submit goes ahead with the text alone.
      result.current = null;
      fail(classifyError(error).message);
    });
    return stopped;
  }, [fail]);

  const finish = useCallback((): Promise<RecordingResult> => {
    handedOver.current = true;
    startId.current++;
    return stopNow() ?? Promise.reject(new Error('Nothing was recorded.'));
  }, [stopNow]);

  const hasAudio = useCallback(() => recorderRef.current !== null || result.current !== null, []);
  const elapsedMs = useCallback(() => recorderRef.current?.elapsedMs() ?? lastElapsed.current, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (!handedOver.current) recorderRef.current?.cancel();
      recorderRef.current = null;
    };
  }, []);

  const stop = useCallback(() => void stopNow(), [stopNow]);

  return { status, problem, stream, start, pause, resume, stop, finish, hasAudio, elapsedMs };
}
