import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { classifyError, pickMimeType, RecordingError, startRecording } from '@/features/recording/recorder';

import { FakeMediaRecorder, installMedia, uninstallMedia } from './fake-media';

let media: ReturnType<typeof installMedia>;
beforeEach(() => {
  media = installMedia();
});
afterEach(() => uninstallMedia());

describe('pickMimeType', () => {
  it('prefers Opus in WebM', () => {
    expect(pickMimeType()).toBe('audio/webm;codecs=opus');
  });

  it('falls back to AAC in MP4 where only that is written (Safari)', () => {
    FakeMediaRecorder.supported = new Set(['audio/mp4']);
    expect(pickMimeType()).toBe('audio/mp4');
  });

  it('takes Opus in Ogg when it is the only one', () => {
    FakeMediaRecorder.supported = new Set(['audio/ogg;codecs=opus']);
    expect(pickMimeType()).toBe('audio/ogg;codecs=opus');
  });

  it('leaves the choice to the browser when none is known', () => {
    FakeMediaRecorder.supported = new Set();
    expect(pickMimeType()).toBe('');
  });
});

describe('startRecording', () => {
  it('asks for the microphone with echo cancellation and noise suppression, and records the chosen type', async () => {
    const recorder = await startRecording();
    expect(media.getUserMedia).toHaveBeenCalledWith({ audio: { echoCancellation: true, noiseSuppression: true } });
    expect(FakeMediaRecorder.latest().mimeType).toBe('audio/webm;codecs=opus');
    expect(recorder.mimeType).toBe('audio/webm;codecs=opus');
  });

  it('measures the duration from the clock, without the paused stretch', async () => {
    let now = 1000;
    const recorder = await startRecording(() => now);
    now += 3000;
    recorder.pause();
    now += 10_000;
    recorder.resume();
    now += 2000;
    const result = await recorder.stop();
    expect(result.durationMs).toBe(5000);
    expect(result.blob.size).toBe(2048);
    expect(result.mimeType).toBe('audio/webm;codecs=opus');
  });

  it('releases the microphone when it stops', async () => {
    const recorder = await startRecording();
    const stop = recorder.stream.getTracks()[0]!.stop;
    await recorder.stop();
    expect(stop).toHaveBeenCalled();
  });

  it('rejects an empty recording with the Bluetooth advice', async () => {
    const recorder = await startRecording();
    FakeMediaRecorder.latest().data = new Blob([]);
    await expect(recorder.stop()).rejects.toThrow(
      'The recording came back empty — this happens with some Bluetooth headsets; your typed answer is safe. Try the built-in microphone.',
    );
  });

  it.each([
    ['NotAllowedError', 'permission', /address bar, choose Allow/],
    ['NotFoundError', 'no-microphone', /No microphone was found/],
    ['OverconstrainedError', 'no-microphone', /No microphone was found/],
    ['NotReadableError', 'busy', /in use by another app/],
  ])('turns %s into a clear message', async (name, problem, message) => {
    media.getUserMedia.mockRejectedValueOnce(new DOMException('no', name));
    const error = await startRecording().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordingError);
    expect((error as RecordingError).problem).toBe(problem);
    expect((error as RecordingError).message).toMatch(message);
    expect((error as RecordingError).message).toMatch(/Typing works as usual/);
  });

  it('says when the browser cannot record at all', async () => {
    uninstallMedia();
    await expect(startRecording()).rejects.toThrow(/cannot record audio/);
  });

  it('reports a recorder that fails mid-answer, once, and lets go of the microphone', async () => {
    const recorder = await startRecording();
    const failures: RecordingError[] = [];
    recorder.onFailure = (error) => failures.push(error);
    FakeMediaRecorder.latest().fail();
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message).toMatch(/stopped because of an error in the browser\. Your typed answer is safe/);
    expect(recorder.stream.getTracks()[0]!.stop).toHaveBeenCalled();
  });

  it('classifies an unknown error as a recorder error', () => {
    expect(classifyError(new Error('odd')).problem).toBe('recorder');
  });
});
