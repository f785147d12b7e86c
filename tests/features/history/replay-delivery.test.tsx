import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { DeliveryFigures } from '@/domain/delivery/types';
import { YourAnswer } from '@/features/history/ReplayBlocks';

import { anAttempt } from '../../support/records';

const FIGURES: DeliveryFigures = {
  durationMs: 64_000,
  speakingMs: 60_000,
  firstWordMs: 1_400,
  pauses: [{ startMs: 12_300, endMs: 15_400 }],
  longestPauseMs: 3_100,
  words: 142,
  wpm: 142,
  fillerCount: 3,
  fillersPerMin: 3,
  fillers: [{ term: 'um', count: 3 }],
  hedgeCount: 0,
  hedges: [],
  repeatCount: 0,
};

describe('the replay’s delivery line', () => {
  it('reads a recorded answer’s figures back, with how the user said it sounded', () => {
    render(<YourAnswer attempt={anAttempt({ delivery: FIGURES, deliverySelfRating: 'okay' })} />);
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            'Delivery: 142 words a minute · 3 fillers a minute · 1 long pause (longest 3.1 s). You said it sounded okay.',
      ),
    ).toBeVisible();
  });

  it('has no delivery line for a typed answer', () => {
    render(<YourAnswer attempt={anAttempt()} />);
    expect(screen.queryByText('Delivery:')).not.toBeInTheDocument();
  });
});
