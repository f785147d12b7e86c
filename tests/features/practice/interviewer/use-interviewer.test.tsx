import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { UNSUPPORTED_MESSAGE } from '@/features/practice/interviewer/speech-synthesis';
import {
  TIME_CUE_TEXT,
  type TimeCueOptions,
  useInterviewer,
  useTimeCue,
} from '@/features/practice/interviewer/useInterviewer';
import { usePracticeStore } from '@/stores';

import { resetPracticeStore } from '../../../support';
import { type FakeSynth, fakeVoice, flush, installFakeSpeech } from './fake-speech';

let synth: FakeSynth;

beforeEach(() => {
  resetPracticeStore();
  synth = installFakeSpeech();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useInterviewer', () => {
  it('reads the question with the chosen voice and rate, then is done', async () => {
    synth.voices = [fakeVoice('Samantha', 'en-US', true), fakeVoice('Daniel', 'en-GB')];
    usePracticeStore.getState().setRecordingSettings({ voice: 'Daniel', rate: 1.2 });
    const { result } = renderHook(() => useInterviewer({ enabled: true, text: 'Tell me about yourself.' }));

    expect(result.current.phase).toBe('reading');
    await act(flush);
    expect(synth.texts).toEqual(['Tell me about yourself.']);
    expect(synth.spoken[0]!.voice?.name).toBe('Daniel');
    expect(synth.spoken[0]!.rate).toBe(1.2);
    expect(result.current.phase).toBe('reading');

    await act(async () => {
      synth.finish();
      await flush();
    });
    expect(result.current).toMatchObject({ phase: 'done', error: null });
  });

  it('reads at normal speed with the default voice when nothing was chosen', async () => {
    renderHook(() => useInterviewer({ enabled: true, text: 'Why us?' }));
    await act(flush);
    expect(synth.spoken[0]!.rate).toBe(1);
    expect(synth.spoken[0]!.voice).toBeNull();
  });

  it('skip stops the voice and is done at once', async () => {
    const { result } = renderHook(() => useInterviewer({ enabled: true, text: 'A long question. With parts.' }));
    await act(flush);
    act(() => result.current.skip());
    expect(result.current.phase).toBe('done');
    expect(synth.cancelCalls).toBe(1);
    await act(flush);
    expect(synth.texts).toEqual(['A long question.']);
  });

  it('reads the next question from the start', async () => {
    const { result, rerender } = renderHook(({ text }) => useInterviewer({ enabled: true, text }), {
      initialProps: { text: 'First?' },
    });
    await act(async () => {
      await flush();
      synth.finish();
      await flush();
    });
    expect(result.current.phase).toBe('done');

    rerender({ text: 'Second?' });
    expect(result.current.phase).toBe('reading');
    await act(flush);
    expect(synth.texts).toEqual(['First?', 'Second?']);
  });

  it('stops reading when the screen unmounts', async () => {
    const { unmount } = renderHook(() => useInterviewer({ enabled: true, text: 'One. Two.' }));
    await act(flush);
    unmount();
    await flush();
    expect(synth.cancelCalls).toBeGreaterThanOrEqual(1);
    expect(synth.texts).toEqual(['One.']);
  });

  it('reads nothing and is done when not enabled', async () => {
    const { result } = renderHook(() => useInterviewer({ enabled: false, text: 'Why us?' }));
    expect(result.current).toMatchObject({ phase: 'done', error: null });
    await act(flush);
    expect(synth.spoken).toHaveLength(0);
  });

  it('is done with a message when the browser has no speech synthesis', () => {
    vi.unstubAllGlobals();
    vi.stubGlobal('speechSynthesis', undefined);
    const { result } = renderHook(() => useInterviewer({ enabled: true, text: 'Why us?' }));
    expect(result.current).toMatchObject({ phase: 'done', error: UNSUPPORTED_MESSAGE });
  });

  it('is done with a message when the browser refuses to speak', async () => {
    const { result } = renderHook(() => useInterviewer({ enabled: true, text: 'Why us?' }));
    await act(async () => {
      await flush();
      synth.fail('not-allowed');
      await flush();
    });
    expect(result.current.phase).toBe('done');
    expect(result.current.error).toMatch(/did not let this page speak/);
  });

  it('is done even if the engine never says it finished', async () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useInterviewer({ enabled: true, text: 'Why us?' }));
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.phase).toBe('done');
  });
});

describe('useTimeCue', () => {
  const base: TimeCueOptions = { enabled: true, remainingSec: 120, limitSec: 120, key: 'q1' };

  function countdown(options: Partial<TimeCueOptions> = {}, from = 35, to = 0) {
    const { rerender, unmount } = renderHook((props: TimeCueOptions) => useTimeCue(props), {
      initialProps: { ...base, ...options, remainingSec: from },
    });
    for (let sec = from - 1; sec >= to; sec -= 1) rerender({ ...base, ...options, remainingSec: sec });
    return { rerender, unmount };
  }

  it('says "Thirty seconds left" once when the clock crosses 30 s', async () => {
    usePracticeStore.getState().setRecordingSettings({ cue: true, rate: 0.8 });
    countdown();
    await flush();
    expect(synth.texts).toEqual([TIME_CUE_TEXT]);
    expect(synth.spoken[0]!.rate).toBe(0.8);
  });

  it('says it again for the next answer', async () => {
    usePracticeStore.getState().setRecordingSettings({ cue: true });
    const { rerender } = countdown({}, 35, 20);
    await flush();
    rerender({ ...base, key: 'q2', remainingSec: 120 });
    rerender({ ...base, key: 'q2', remainingSec: 30 });
    await flush();
    expect(synth.texts).toEqual([TIME_CUE_TEXT, TIME_CUE_TEXT]);
  });

  it('stays quiet when the cue is off', async () => {
    countdown();
    await flush();
    expect(synth.spoken).toHaveLength(0);
  });

  it('stays quiet outside interviewer mode or with a limit of 30 s or less', async () => {
    usePracticeStore.getState().setRecordingSettings({ cue: true });
    countdown({ enabled: false });
    countdown({ limitSec: 30 }, 30);
    await flush();
    expect(synth.spoken).toHaveLength(0);
  });

  it('does not announce 30 s when an answer resumes with less left', async () => {
    usePracticeStore.getState().setRecordingSettings({ cue: true });
    countdown({}, 12);
    await flush();
    expect(synth.spoken).toHaveLength(0);
  });

  it('stops the cue when the screen unmounts', async () => {
    usePracticeStore.getState().setRecordingSettings({ cue: true });
    const { unmount } = countdown({}, 35, 29);
    await flush();
    expect(synth.queue).toHaveLength(1);
    unmount();
    expect(synth.queue).toHaveLength(0);
  });
});
