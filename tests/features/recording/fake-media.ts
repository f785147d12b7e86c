import { vi } from 'vitest';

/**
 * Stand-ins for the browser's recording APIs (jsdom has none): a MediaRecorder the test drives by hand,
 * getUserMedia that grants or throws, and an AudioContext whose analyser reads silence.
 */
export class FakeMediaRecorder {
  static instances: FakeMediaRecorder[] = [];
  static supported = new Set(['audio/webm;codecs=opus', 'audio/webm']);
  static isTypeSupported = (type: string) => FakeMediaRecorder.supported.has(type);
  static latest() {
    const recorder = FakeMediaRecorder.instances.at(-1);
    if (!recorder) throw new Error('No MediaRecorder was made');
    return recorder;
  }

  state: 'inactive' | 'recording' | 'paused' = 'inactive';
  mimeType: string;
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: ((event: Event & { error?: unknown }) => void) | null = null;
  /** What stop() hands over; a test sets it to an empty Blob for the zero-byte case. */
  data: Blob = new Blob([new Uint8Array(2048)], { type: 'audio/webm' });

  constructor(
    readonly stream: MediaStream,
    options?: { mimeType?: string },
  ) {
    this.mimeType = options?.mimeType ?? 'audio/webm';
    FakeMediaRecorder.instances.push(this);
  }
  start() {
    this.state = 'recording';
  }
  pause() {
    this.state = 'paused';
  }
  resume() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    queueMicrotask(() => {
      this.ondataavailable?.({ data: this.data });
      this.onstop?.();
    });
  }
  fail(name = 'UnknownError') {
    this.onerror?.(Object.assign(new Event('error'), { error: new DOMException('failed', name) }));
  }
}

export function fakeStream() {
  const track = { stop: vi.fn(), kind: 'audio' };
  return { getTracks: () => [track], getAudioTracks: () => [track], track } as unknown as MediaStream & {
    track: { stop: ReturnType<typeof vi.fn> };
  };
}

class FakeAudioContext {
  createAnalyser() {
    return { fftSize: 512, getFloatTimeDomainData: (a: Float32Array) => a.fill(0) };
  }
  createMediaStreamSource() {
    return { connect() {}, disconnect() {} };
  }
  close() {
    return Promise.resolve();
  }
}

/** Installs the fakes; `getUserMedia` resolves to a fresh stream unless a test makes it throw. */
export function installMedia() {
  FakeMediaRecorder.instances = [];
  FakeMediaRecorder.supported = new Set(['audio/webm;codecs=opus', 'audio/webm']);
  const getUserMedia = vi.fn(async (_constraints?: MediaStreamConstraints) => fakeStream());
  vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
  vi.stubGlobal('AudioContext', FakeAudioContext);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  return { getUserMedia };
}

export function uninstallMedia() {
  vi.unstubAllGlobals();
  Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
}
