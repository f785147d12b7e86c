import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import AudioPlayer, { DELETED_MESSAGE, NOT_FOUND_MESSAGE } from '@/features/recording/AudioPlayer';
import { resetPending, trackSave } from '@/features/recording/pending';
import { usePracticeStore } from '@/stores';

import { resetPracticeStore } from '../../support';

const ATTEMPT = 'attempt-1';

function recordingMeta(overrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    attemptId: ATTEMPT,
    sessionId: 'session-1',
    questionId: 'q1',
    guideSlug: 'sample',
    mimeType: 'audio/webm',
    bytes: 4,
    durationMs: 42_000,
    createdAt: 0,
    peaks: [0.1, 0.5, 0.9, 0.2],
    ...overrides,
  };
}

/** The store's recording state and loader, set on the live store (merged in by zustand's setState). */
function seed(recordings: Record<string, unknown>, blob: Blob | null) {
  const loadRecording = vi.fn(async () => blob);
  usePracticeStore.setState({ recordings, loadRecording } as never);
  return loadRecording;
}

let play: ReturnType<typeof vi.fn>;
beforeEach(() => {
  resetPracticeStore();
  resetPending();
  play = vi.fn(() => Promise.resolve());
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(play as never);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {});
  URL.createObjectURL = vi.fn(() => 'blob:recording');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe('AudioPlayer', () => {
  it('loads the attempt’s recording and plays it', async () => {
    const loadRecording = seed({ [ATTEMPT]: recordingMeta() }, new Blob(['abcd'], { type: 'audio/webm' }));
    render(<AudioPlayer attemptId={ATTEMPT} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Play your answer' }));
    expect(loadRecording).toHaveBeenCalledWith(ATTEMPT);
    expect(play).toHaveBeenCalledTimes(1);
    // The total comes from the saved metadata: recorded WebM often reports no duration.
    expect(screen.getByText('0:00 / 0:42')).toBeInTheDocument();
    expect(screen.getByTestId('level-strip').children).toHaveLength(4);
  });

  it('toggles the speed between 1× and 1.5×', async () => {
    seed({ [ATTEMPT]: recordingMeta() }, new Blob(['abcd']));
    const { container } = render(<AudioPlayer attemptId={ATTEMPT} />);
    const speed = await screen.findByRole('button', { name: 'Playback speed 1×' });
    const audio = container.querySelector('audio')!;
    await userEvent.click(speed);
    expect(audio.playbackRate).toBe(1.5);
    await userEvent.click(screen.getByRole('button', { name: 'Playback speed 1.5×' }));
    expect(audio.playbackRate).toBe(1);
  });

  it('seeks with the slider', async () => {
    seed({ [ATTEMPT]: recordingMeta() }, new Blob(['abcd']));
    const { container } = render(<AudioPlayer attemptId={ATTEMPT} />);
    const slider = await screen.findByRole('slider', { name: 'Seek' });
    fireEvent.change(slider, { target: { value: '12' } });
    expect(container.querySelector('audio')!.currentTime).toBe(12);
    expect(screen.getByText('0:12 / 0:42')).toBeInTheDocument();
  });

  it('says the recording is not on this device when its audio is gone', async () => {
    seed({ [ATTEMPT]: recordingMeta() }, null);
    render(<AudioPlayer attemptId={ATTEMPT} />);
    expect(await screen.findByText(NOT_FOUND_MESSAGE)).toBeInTheDocument();
  });

  it('says the recording was deleted when the attempt has none any more', async () => {
    seed({}, null);
    render(<AudioPlayer attemptId={ATTEMPT} />);
    expect(await screen.findByText(DELETED_MESSAGE)).toBeInTheDocument();
  });

  it('waits for a save under way, then shows what went wrong', async () => {
    seed({}, null);
    let finish: (problem: string | null) => void = () => {};
    trackSave(ATTEMPT, new Promise((resolve) => (finish = resolve)));
    render(<AudioPlayer attemptId={ATTEMPT} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the recording…');
    finish('Storage is full: the recording was not saved.');
    expect(await screen.findByRole('alert')).toHaveTextContent('Storage is full: the recording was not saved.');
  });
});
