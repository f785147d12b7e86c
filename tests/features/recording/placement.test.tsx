import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { YourAnswer } from '@/features/history/ReplayBlocks';
import { resetPending } from '@/features/recording/pending';
import { usePracticeStore } from '@/stores';

import { resetPracticeStore } from '../../support';
import { makeAttempt } from '../../support/practice-store';

function withRecordingOf(attemptId: string) {
  usePracticeStore.setState({
    recordings: {
      [attemptId]: {
        schemaVersion: 1,
        attemptId,
        sessionId: 's',
        questionId: 'q',
        guideSlug: 'g',
        mimeType: 'audio/webm',
        bytes: 3,
        durationMs: 3000,
        createdAt: 0,
        peaks: [],
      },
    },
    loadRecording: vi.fn(async () => new Blob(['abc'])),
  } as never);
}

beforeEach(() => {
  resetPracticeStore();
  resetPending();
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  usePracticeStore.setState({ recordings: {} } as never);
});

describe('the player in history’s replay', () => {
  it('plays a recorded answer beside its text, loaded lazily', async () => {
    const attempt = makeAttempt({ answer: 'Token bucket' });
    withRecordingOf(attempt.id);
    render(<YourAnswer attempt={attempt} />);
    const answer = screen.getByRole('region', { name: 'Your answer' });
    expect(await within(answer).findByRole('button', { name: 'Play this answer' })).toBeVisible();
    expect(within(answer).getByRole('slider', { name: 'Seek' })).toBeVisible();
  });

  it('shows no player for a typed answer', () => {
    render(<YourAnswer attempt={makeAttempt({ answer: 'Typed' })} />);
    expect(screen.queryByRole('button', { name: /Play/ })).toBeNull();
    expect(screen.queryByText(/Loading the/)).toBeNull();
  });
});
