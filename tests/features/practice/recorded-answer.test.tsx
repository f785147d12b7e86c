import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { PracticeSession } from '@/domain/model';
import { resetPending } from '@/features/recording/pending';
import { usePracticeStore } from '@/stores';

import { loadChunks, makeSession, renderApp, resetPracticeStore, seedPracticeStore } from '../../support';
import { FakeMediaRecorder, installMedia, uninstallMedia } from '../recording/fake-media';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));

// The interviewer's voice is another helper's code: here it reads until the test says it is done.
const interviewer = vi.hoisted(() => ({
  phase: 'reading' as 'reading' | 'done',
  skip: () => {},
  timeCue: vi.fn(),
}));
vi.mock('@/features/practice/interviewer/useInterviewer', async () => {
  const { useState } = await import('react');
  return {
    useInterviewer: () => {
      const [phase, setPhase] = useState(interviewer.phase);
      interviewer.skip = () => setPhase('done');
      return { phase, error: null, skip: interviewer.skip };
    },
    useTimeCue: interviewer.timeCue,
  };
});
// The analysis (decoding audio) is the delivery helper's and needs a real browser.
vi.mock('@/lib/recording/analyse', () => ({
  analyseRecording: vi.fn(async () => ({ figures: { durationMs: 1 }, peaks: [0.5] })),
}));

beforeAll(() => loadChunks('reveal'));

const SESSION_ID = 'session-1';
const Q1 = 'sample-engineer--q1';

function session(input: string): PracticeSession {
  const base = makeSession({ id: SESSION_ID, questionIds: [Q1, 'sample-engineer--q2'] });
  return {
    ...base,
    currentIndex: 0,
    settings: { ...base.settings, timeLimitSec: 60, thinkTimeSec: 0, input },
  } as PracticeSession;
}

async function open() {
  renderApp(`/practice/${SESSION_ID}`);
  await screen.findByRole('heading', { level: 1, name: 'How do you design a rate limiter?' }, { timeout: 5000 });
}

let saveRecording: ReturnType<typeof vi.fn>;
let setDelivery: ReturnType<typeof vi.fn>;
beforeEach(() => {
  resetPracticeStore();
  resetPending();
  installMedia();
  // The store's recording actions (integrator's), stood in for on the live store.
  saveRecording = vi.fn(async () => null);
  setDelivery = vi.fn();
  usePracticeStore.setState({
    saveRecording,
    setDelivery,
    recordings: {},
    loadRecording: vi.fn(async () => null),
  } as never);
  interviewer.phase = 'reading';
});
afterEach(() => uninstallMedia());

const attempts = () => Object.values(usePracticeStore.getState().attempts);

describe('voice mode', () => {
  it('records, and submits a recorded answer with an empty transcript, saving the audio under the attempt', async () => {
    seedPracticeStore({ sessions: [session('voice')] });
    await open();
    await userEvent.click(await screen.findByRole('button', { name: 'Record' }));
    await screen.findByRole('button', { name: 'Stop recording' });
    expect(FakeMediaRecorder.latest().state).toBe('recording');

    await userEvent.click(screen.getByRole('button', { name: 'Submit answer' }));

    await waitFor(() => expect(attempts()).toHaveLength(1));
    const attempt = attempts()[0]!;
    expect(attempt.answer).toBe('');
    await waitFor(() => expect(saveRecording).toHaveBeenCalledTimes(1));
    expect(saveRecording).toHaveBeenCalledWith(
      expect.objectContaining({ attemptId: attempt.id, mimeType: 'audio/webm;codecs=opus', peaks: [] }),
    );
    const saved = saveRecording.mock.calls[0]![0] as { blob: Blob; durationMs: number };
    expect(saved.blob.size).toBe(2048);
    expect(saved.durationMs).toBeGreaterThanOrEqual(0);
    await waitFor(() => expect(setDelivery).toHaveBeenCalledWith(attempt.id, { durationMs: 1 }));
  });

  it('still asks for an answer when nothing was recorded or written', async () => {
    seedPracticeStore({ sessions: [session('voice')] });
    await open();
    await userEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Record, dictate or write an answer first, or skip this question.',
    );
    expect(attempts()).toHaveLength(0);
  });

  it('says the microphone is blocked and keeps the text box for typing', async () => {
    const { getUserMedia } = installMedia();
    getUserMedia.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    seedPracticeStore({ sessions: [session('voice')] });
    await open();
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    await userEvent.type(box, 'Token bucket');
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByText(/The microphone is blocked for this site/)).toBeInTheDocument();
    expect(box).toHaveValue('Token bucket');
    await userEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    await waitFor(() => expect(attempts()[0]?.answer).toBe('Token bucket'));
    expect(saveRecording).not.toHaveBeenCalled();
  });
});

describe('interviewer mode', () => {
  it('asks the question, then records with the text box hidden, and Stop & submit saves it', async () => {
    seedPracticeStore({ sessions: [session('interviewer')] });
    await open();
    expect(await screen.findByText('The interviewer is asking…')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your answer' })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: 'Skip reading' }));

    // No think time in this session: recording starts by itself.
    await screen.findByText('Recording');
    expect(screen.queryByRole('textbox', { name: 'Your answer' })).toBeNull();
    // The 30 s cue is handed the running clock, keyed by the question.
    await waitFor(() =>
      expect(interviewer.timeCue).toHaveBeenLastCalledWith(
        expect.objectContaining({ enabled: true, limitSec: 60, key: Q1 }),
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Stop & submit' }));

    await waitFor(() => expect(saveRecording).toHaveBeenCalledTimes(1));
    expect(saveRecording.mock.calls[0]![0]).toMatchObject({ attemptId: attempts()[0]!.id });
  });

  it('opens the text box when there is no microphone', async () => {
    const { getUserMedia } = installMedia();
    getUserMedia.mockRejectedValue(new DOMException('none', 'NotFoundError'));
    seedPracticeStore({ sessions: [session('interviewer')] });
    await open();
    await userEvent.click(await screen.findByRole('button', { name: 'Skip reading' }));
    expect(await screen.findByText(/No microphone was found/)).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Your answer' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeInTheDocument();
  });

  it('shows the save’s problem on the reveal', async () => {
    saveRecording.mockResolvedValue('Storage is full: the recording was not saved.');
    seedPracticeStore({ sessions: [session('interviewer')] });
    await open();
    await userEvent.click(await screen.findByRole('button', { name: 'Skip reading' }));
    await screen.findByText('Recording');
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Stop & submit' }));
    });
    expect(await screen.findByText('Storage is full: the recording was not saved.')).toBeInTheDocument();
  });
});
