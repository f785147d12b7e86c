/**
 * Recording one spoken answer with MediaRecorder. Guarantees:
 * - The container is the first the browser can write of Opus/WebM, WebM, AAC/MP4 (Safari), Opus/Ogg.
 * - The duration is the time actually recorded: the clock from start to stop, minus paused stretches
 *   (MediaRecorder's own files often carry no duration, so it is not read back from them).
 * - Every failure ends as a `RecordingError` whose message says what happened and what to do; none of
 *   them touches the typed answer, which lives elsewhere.
 * - The microphone is released (its tracks stopped) on stop, on failure and on `cancel()`.
 */

/** In order of preference: Opus in WebM where the browser can, AAC in MP4 on Safari. */
export const MIME_PREFERENCE = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'] as const;

export type RecordingProblem = 'permission' | 'no-microphone' | 'busy' | 'recorder' | 'empty' | 'unsupported';

const MESSAGES: Record<RecordingProblem, string> = {
  permission:
    'The microphone is blocked for this site, so nothing is being recorded. To allow it, click the microphone or lock icon in the address bar, choose Allow, then press Record again. Typing works as usual.',
  'no-microphone':
    'No microphone was found. Plug one in or check your sound settings, then press Record again. Typing works as usual.',
  busy: 'The microphone is in use by another app or tab, or the system blocked it. Close the other app, then press Record again. Typing works as usual.',
  recorder:
    'The recording stopped because of an error in the browser. Your typed answer is safe; press Record to try again.',
  empty:
    'The recording came back empty — this happens with some Bluetooth headsets; your typed answer is safe. Try the built-in microphone.',
  unsupported:
    'This browser cannot record audio (it has no MediaRecorder). Your answer can still be typed or dictated; Chrome, Edge, Firefox and Safari can record.',
};

export class RecordingError extends Error {
  readonly problem: RecordingProblem;
  constructor(problem: RecordingProblem, cause?: unknown) {
    super(MESSAGES[problem], { cause });
    this.name = 'RecordingError';
    this.problem = problem;
  }
}

/** What getUserMedia's (or the recorder's) error means for the user. */
export function classifyError(error: unknown): RecordingError {
  if (error instanceof RecordingError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return new RecordingError('permission', error);
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return new RecordingError('no-microphone', error);
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new RecordingError('busy', error);
    default:
      return new RecordingError('recorder', error);
  }
}

export function recordingSupported(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function'
  );
}

/** The first type in MIME_PREFERENCE the browser can write; '' lets the browser choose. */
export function pickMimeType(): string {
  if (typeof MediaRecorder === 'undefined' || typeof MediaRecorder.isTypeSupported !== 'function') return '';
  return MIME_PREFERENCE.find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
}

export interface RecordingResult {
  blob: Blob;
  mimeType: string;
  durationMs: number;
}

export interface Recorder {
  /** The microphone's stream, for the level meter. */
  readonly stream: MediaStream;
  readonly mimeType: string;
  pause(): void;
  resume(): void;
  /** Ends the recording; rejects with a RecordingError (an empty recording included). */
  stop(): Promise<RecordingResult>;
  /** Ends it and throws the audio away (the screen went away without submitting). */
  cancel(): void;
  /** Recorded time so far, pauses excluded. */
  elapsedMs(): number;
  /** Called once if the recorder fails on its own, mid-recording. */
  onFailure: ((error: RecordingError) => void) | null;
}

/** Chunks every second, so a recorder that dies mid-answer has still handed over what it had. */
const TIMESLICE_MS = 1000;

/**
 * Asks for the microphone and starts recording. Rejects with a RecordingError (permission, no
 * microphone, busy, unsupported).
 */
export async function startRecording(now: () => number = () => performance.now()): Promise<Recorder> {
  if (!recordingSupported()) throw new RecordingError('unsupported');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
  } catch (error) {
    throw classifyError(error);
  }
  const release = () => stream.getTracks().forEach((track) => track.stop());

  const preferred = pickMimeType();
  let media: MediaRecorder;
  try {
    media = preferred ? new MediaRecorder(stream, { mimeType: preferred }) : new MediaRecorder(stream);
    media.start(TIMESLICE_MS);
  } catch (error) {
    release();
    throw classifyError(error);
  }

  const chunks: Blob[] = [];
  let bankedMs = 0;
  let since: number | null = now();
  let settled = false;
  let finishing: { resolve: (r: RecordingResult) => void; reject: (e: RecordingError) => void } | null = null;
  const elapsedMs = () => bankedMs + (since === null ? 0 : Math.max(0, now() - since));
  // The recorder's own type once it started: it may add the codec, or pick one when we gave none.
  const mimeType = media.mimeType || preferred || 'audio/webm';

  const recorder: Recorder = {
    stream,
    mimeType,
    onFailure: null,
    elapsedMs,
    pause() {
      if (since === null || media.state !== 'recording') return;
      bankedMs = elapsedMs();
      since = null;
      media.pause();
    },
    resume() {
      if (since !== null || media.state !== 'paused') return;
      since = now();
      media.resume();
    },
    stop() {
      if (settled) return Promise.reject(new RecordingError('recorder'));
      const durationMs = elapsedMs();
      bankedMs = durationMs;
      since = null;
      return new Promise<RecordingResult>((resolve, reject) => {
        finishing = {
          resolve: (result) => resolve({ ...result, durationMs }),
          reject,
        };
        if (media.state === 'inactive') finish();
        else media.stop();
      });
    },
    cancel() {
      settled = true;
      media.ondataavailable = null;
      media.onstop = null;
      media.onerror = null;
      if (media.state !== 'inactive') media.stop();
      release();
    },
  };

  function finish() {
    if (settled) return;
    settled = true;
    release();
    const blob = new Blob(chunks, { type: mimeType });
    if (blob.size === 0) finishing?.reject(new RecordingError('empty'));
    else finishing?.resolve({ blob, mimeType, durationMs: elapsedMs() });
  }

  media.ondataavailable = (event) => {
    if (event.data && event.data.size > 0) chunks.push(event.data);
  };
  media.onstop = () => finish();
  media.onerror = (event) => {
    if (settled) return;
    const error = classifyError((event as Event & { error?: unknown }).error);
    const failed = error.problem === 'busy' ? error : new RecordingError('recorder', error.cause);
    if (finishing) {
      settled = true;
      release();
      finishing.reject(failed);
      return;
    }
    recorder.cancel();
    recorder.onFailure?.(failed);
  };

  return recorder;
}
