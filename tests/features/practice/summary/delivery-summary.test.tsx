import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { DeliveryFigures } from '@/domain/delivery/types';

import { anAttempt, aSession, renderApp, resetPracticeStore, sampleGuide, seedPracticeStore } from '../../../support';

vi.mock('virtual:question-bank', () => import('../../../support/question-bank'));

const [q1, q2, q3] = sampleGuide.questions.map((q) => q.id) as [string, string, string];

function figures(overrides: Partial<DeliveryFigures>): DeliveryFigures {
  return {
    durationMs: 62_000,
    speakingMs: 60_000,
    firstWordMs: 1_000,
    pauses: [],
    longestPauseMs: 0,
    words: 150,
    wpm: 150,
    fillerCount: 1,
    fillersPerMin: 1,
    fillers: [],
    hedgeCount: 0,
    hedges: [],
    repeatCount: 0,
    ...overrides,
  };
}

function seed(recorded: boolean) {
  seedPracticeStore({
    sessions: [aSession({ questionIds: [q1, q2, q3], status: 'completed', completedAt: Date.UTC(2025, 2, 1, 10) })],
    attempts: [
      anAttempt({
        id: 'a1',
        questionId: q1,
        delivery: recorded
          ? figures({
              speakingMs: 30_000,
              words: 100,
              wpm: 200,
              fillerCount: 3,
              fillersPerMin: 6,
              pauses: [{ startMs: 9_000, endMs: 12_400 }],
              longestPauseMs: 3_400,
            })
          : null,
      }),
      anAttempt({
        id: 'a2',
        questionId: q2,
        delivery: recorded
          ? figures({ speakingMs: 90_000, words: 180, wpm: 120, fillerCount: 0, fillersPerMin: 0 })
          : null,
      }),
      anAttempt({ id: 'a3', questionId: q3 }),
    ],
  });
}

async function renderSummary() {
  renderApp('/practice/session-1/summary');
  await screen.findByRole('heading', { level: 1, name: 'How it went' });
}

beforeEach(() => {
  resetPracticeStore();
});

describe('session summary: delivery', () => {
  it('sums up the recorded answers’ delivery, and each one’s in its row', async () => {
    seed(true);
    await renderSummary();
    const section = screen.getByRole('region', { name: 'Delivery' });
    expect(section).toHaveTextContent('Across your 2 recorded answers');
    const value = (label: string) => within(section).getByText(label, { selector: 'dt' }).nextElementSibling;
    // 280 words in 2 minutes of speech; 3 fillers in 2 minutes.
    expect(value('Average pace')).toHaveTextContent('140 wpm');
    expect(value('Fillers')).toHaveTextContent('1.5 a minute');
    expect(value('Long pauses')).toHaveTextContent('1');
    expect(section).toHaveTextContent('On target · target 130–160 wpm');
    expect(section).toHaveTextContent('the longest 3.4 s');

    const rows = within(screen.getByRole('list', { name: 'Questions' })).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent(
      'Delivery: 200 words a minute · 6 fillers a minute · 1 long pause (longest 3.4 s)',
    );
    expect(rows[1]).toHaveTextContent('Delivery: 120 words a minute · 0 fillers a minute · no long pauses');
    expect(rows[2]).not.toHaveTextContent('Delivery:');
  });

  it('has no delivery line for a typed session', async () => {
    seed(false);
    await renderSummary();
    expect(screen.queryByRole('region', { name: 'Delivery' })).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Questions' })).not.toHaveTextContent('Delivery:');
  });
});
