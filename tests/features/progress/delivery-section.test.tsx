import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import type { SearchEntry } from '@/content/types';
import type { DeliveryFigures, DeliverySelfRating } from '@/domain/delivery/types';
import type { Attempt } from '@/domain/model';
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

const at = (m: number, d: number, h = 12) => new Date(2025, m - 1, d, h).getTime();
const NOW = at(3, 20, 18);

function figures(wpm: number, fillersPerMin: number): DeliveryFigures {
  return {
    durationMs: 62_000,
    speakingMs: 60_000,
    firstWordMs: 1_000,
    pauses: [],
    longestPauseMs: 0,
    words: wpm,
    wpm,
    fillerCount: fillersPerMin,
    fillersPerMin,
    fillers: [],
    hedgeCount: 0,
    hedges: [],
    repeatCount: 0,
  };
}

let n = 0;
function attempt(day: number, delivery: DeliveryFigures | null, rating: DeliverySelfRating | null = null): Attempt {
  n++;
  return anAttempt({
    id: `t${n}`,
    submittedAt: at(3, day),
    delivery,
    deliverySelfRating: rating,
  });
}

const renderPage = () => renderWithRouter(<ProgressPage questions={QUESTIONS} now={NOW} />);
const section = () => screen.getByRole('region', { name: 'Delivery' });

beforeEach(() => {
  resetPracticeStore();
  n = 0;
});

describe('progress page: delivery', () => {
  it('has no delivery section without measured answers', async () => {
    seedPracticeStore({ attempts: [attempt(10, null), attempt(11, null)] });
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Your progress' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Delivery' })).not.toBeInTheDocument();
  });

  it('charts pace and fillers over time against their targets', async () => {
    const user = userEvent.setup();
    seedPracticeStore({
      attempts: [
        attempt(10, figures(180, 4)),
        attempt(12, figures(150, 1)),
        attempt(12, figures(140, 0)),
        attempt(13, null),
      ],
    });
    renderPage();
    await screen.findByRole('heading', { name: 'Your progress' });
    expect(within(section()).getByText(/From 3 recorded answers/)).toBeVisible();

    expect(
      within(section()).getByRole('img', {
        name: 'Line chart of your pace in words a minute, 2 days from Mar 10 to Mar 12: 180 on the first day, 145 on the latest. Target: 130–160 wpm.',
      }),
    ).toBeVisible();
    expect(
      within(section()).getByRole('img', {
        name: 'Line chart of your fillers a minute, 2 days from Mar 10 to Mar 12: 4 on the first day, 0.5 on the latest. Target: under 2.',
      }),
    ).toBeVisible();

    await user.click(within(section()).getByRole('button', { name: 'Show table: Words a minute by day' }));
    const table = within(section()).getByRole('table', { name: 'Words a minute by day' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    ).toEqual([
      ['Date', 'Recorded answers', 'Words a minute'],
      ['Mon, Mar 10, 2025', '1', '180'],
      ['Wed, Mar 12, 2025', '2', '145'],
    ]);
  });

  it('compares the user’s self-ratings with the figures', async () => {
    seedPracticeStore({
      attempts: [
        attempt(10, figures(180, 4), 'smooth'),
        attempt(11, figures(175, 1), 'smooth'),
        attempt(12, figures(150, 1), 'smooth'),
        attempt(12, figures(145, 1), 'rough'),
      ],
    });
    renderPage();
    await screen.findByRole('heading', { name: 'Your progress' });
    const table = within(section()).getByRole('table', { name: 'Your self-ratings of delivery against the figures' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    ).toEqual([
      ['You said', 'On target', 'Pace', 'Fillers'],
      ['Rough', '1 of 1', '145 wpm', '1/min'],
      ['Smooth', '1 of 3', '168 wpm', '2/min'],
    ]);
    expect(
      within(section()).getByText(
        'Of the 3 answers you heard as smooth, 1 had pace and fillers on target. Listen back to one of them: the figures suggest it sounded less smooth than it felt.',
      ),
    ).toBeVisible();
  });

  it('asks for self-ratings when there are none yet', async () => {
    seedPracticeStore({ attempts: [attempt(10, figures(150, 1))] });
    renderPage();
    await screen.findByRole('heading', { name: 'Your progress' });
    expect(within(section()).getByText(/say how it sounded to you \(rough, okay or smooth\)/)).toBeVisible();
    expect(within(section()).queryByRole('table')).not.toBeInTheDocument();
  });
});
