import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import type { SearchEntry } from '@/content/types';
import type { Attempt } from '@/domain/model';
import { CALIBRATION_MIN_RATED } from '@/domain/progress';
import { calibrationRatingsToGo } from '@/features/progress/calibration-status';
import { ProgressPage } from '@/features/progress/ProgressPage';

import { anAttempt, renderWithRouter, resetPracticeStore, seedPracticeStore } from '../../support';

const QUESTIONS: SearchEntry[] = [
  {
    id: 'sample-engineer--q1',
    guideSlug: 'sample-engineer',
    guideTitle: 'Sample Guide',
    category: 'Technical',
    number: 1,
    text: 'How do you design a rate limiter?',
  },
];
const at = (d: number) => new Date(2025, 2, d, 12).getTime();
const NOW = at(28);

/** `count` rated answers on consecutive days, each with its own id. */
function answers(count: number, overrides: Partial<Attempt> = {}): Attempt[] {
  return Array.from({ length: count }, (_, i) => anAttempt({ id: `a${i}`, submittedAt: at(i + 1), ...overrides }));
}

async function calibrationSection() {
  renderWithRouter(<ProgressPage questions={QUESTIONS} now={NOW} />);
  await screen.findByRole('heading', { name: 'Your progress' });
  return screen.getByRole('region', { name: 'How you rate yourself' });
}

beforeEach(() => resetPracticeStore());

describe('progress page: self-calibration before there is enough to compare', () => {
  it('says how many more rated answers it needs', async () => {
    expect(CALIBRATION_MIN_RATED).toBe(8);
    seedPracticeStore({ attempts: answers(3) });
    const section = await calibrationSection();
    expect(within(section).getByText('Rate 5 more answers to see how your ratings compare.')).toBeVisible();
  });

  it('counts one more in the singular, and leaves out skipped and unrated answers', async () => {
    seedPracticeStore({
      attempts: [
        ...answers(7),
        anAttempt({ id: 'skipped', skipped: true, submittedAt: at(20) }),
        anAttempt({
          id: 'unrated',
          ratings: { context: null, approach: null, example: null, outcome: null },
          ratedAt: null,
          submittedAt: at(21),
        }),
      ],
    });
    const section = await calibrationSection();
    expect(within(section).getByText('Rate 1 more answer to see how your ratings compare.')).toBeVisible();
  });

  it('says when there is enough and nothing to flag', async () => {
    // Middling ratings: neither a habit of 3–4 nor of 0–1 to compare with the hints.
    seedPracticeStore({
      attempts: answers(CALIBRATION_MIN_RATED, { ratings: { context: 2, approach: 2, example: 2, outcome: 2 } }),
    });
    const section = await calibrationSection();
    expect(within(section).queryByText(/more answer/)).not.toBeInTheDocument();
    expect(within(section).getByText(/agree/)).toBeVisible();
  });

  it('lists the findings once there are enough ratings', async () => {
    // Rated 3 every time, on answers the hints find nothing in: rated above what the answers show.
    seedPracticeStore({ attempts: answers(CALIBRATION_MIN_RATED) });
    const section = await calibrationSection();
    expect(within(section).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(section).queryByText(/more answer|agree/)).not.toBeInTheDocument();
  });
});

describe('calibrationRatingsToGo', () => {
  it('counts the part rated most often, so the first finding can appear when it reaches the threshold', () => {
    const naContext = answers(6, { ratings: { context: null, approach: 3, example: 3, outcome: 3 } } as never);
    expect(calibrationRatingsToGo(naContext)).toBe(2);
    expect(calibrationRatingsToGo([])).toBe(CALIBRATION_MIN_RATED);
    expect(calibrationRatingsToGo(answers(12))).toBe(0);
  });
});
