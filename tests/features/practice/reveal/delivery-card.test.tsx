import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { deliveryAdvice } from '@/domain/delivery';
import type { DeliveryFigures } from '@/domain/delivery/types';
import type { Attempt } from '@/domain/model';
import { DeliveryCard } from '@/features/practice/reveal/DeliveryCard';
import { ensureMeasured } from '@/features/recording/save';
import { usePracticeStore } from '@/stores';

import { anAttempt, resetPracticeStore, seedPracticeStore } from '../../../support';

const TRANSCRIPT = 'Um, I think maybe we we shipped it, you know, on time.';

/** Fast and full of fillers, with two long pauses, a hedge and a repeat: every figure shows. */
const FIGURES: DeliveryFigures = {
  durationMs: 64_000,
  speakingMs: 60_000,
  firstWordMs: 1_400,
  pauses: [
    { startMs: 12_300, endMs: 15_400 },
    { startMs: 47_000, endMs: 49_200 },
  ],
  longestPauseMs: 3_100,
  words: 175,
  wpm: 175,
  fillerCount: 4,
  fillersPerMin: 4,
  fillers: [
    { term: 'um', count: 3 },
    { term: 'you know', count: 1 },
  ],
  hedgeCount: 1,
  hedges: [{ term: 'I think maybe', count: 1 }],
  repeatCount: 1,
};

function seed(overrides: Partial<Attempt> = {}, recorded = true, recordedAt = Date.now()) {
  const attempt = anAttempt({ answer: TRANSCRIPT, source: 'dictated', ...overrides });
  seedPracticeStore({ attempts: [attempt] });
  usePracticeStore.setState({
    recordings: recorded
      ? {
          [attempt.id]: {
            schemaVersion: 1,
            attemptId: attempt.id,
            sessionId: attempt.sessionId,
            questionId: attempt.questionId,
            guideSlug: attempt.guideSlug,
            mimeType: 'audio/webm',
            bytes: 48_000,
            durationMs: 64_000,
            createdAt: recordedAt,
            peaks: [],
          },
        }
      : {},
  });
  return attempt;
}

/** The card reads its attempt from the store, as the reveal passes it. */
function Subject() {
  const attempt = usePracticeStore((state) => state.attempts['attempt-1']!);
  return <DeliveryCard attempt={attempt} headingId="delivery" />;
}

const card = () => screen.getByRole('region', { name: 'Your delivery' });

// The analysis itself (decoding audio) is the recording feature's; here it only says whether it worked.
vi.mock('@/features/recording/save', () => ({ ensureMeasured: vi.fn() }));
const measure = vi.mocked(ensureMeasured);

beforeEach(() => {
  resetPracticeStore();
  measure.mockReset();
  measure.mockReturnValue(new Promise<boolean>(() => {}));
});

describe('DeliveryCard', () => {
  it('is not there for a typed answer', () => {
    seed({}, false);
    render(<Subject />);
    expect(screen.queryByRole('region', { name: 'Your delivery' })).not.toBeInTheDocument();
  });

  it('measures a recording that has no figures yet (after a reload too), saying so, then shows them', async () => {
    seed({ delivery: null });
    render(<Subject />);
    expect(within(card()).getByRole('status')).toHaveTextContent('Measuring your delivery…');
    expect(measure).toHaveBeenCalledWith('attempt-1');

    await act(async () => usePracticeStore.getState().setDelivery('attempt-1', FIGURES));
    expect(within(card()).queryByText('Measuring your delivery…')).not.toBeInTheDocument();
    const pace = deliveryAdvice(FIGURES).find((item) => item.id === 'pace')!;
    expect(within(card()).getByText(`Target: ${pace.target}`)).toBeVisible();
  });

  it('says so when a recording cannot be measured', async () => {
    measure.mockResolvedValue(false);
    seed({ delivery: null }, true, Date.now() - 5 * 60_000);
    render(<Subject />);
    expect(await within(card()).findByText(/could not be measured/)).toBeVisible();
    expect(within(card()).getByRole('status')).toHaveTextContent(
      'Your delivery could not be measured from this recording. The recording and your answer are saved.',
    );
  });

  it('shows each figure against its target, as coaching', () => {
    seed({ delivery: FIGURES });
    render(<Subject />);
    const advice = deliveryAdvice(FIGURES);
    expect(advice.map((item) => item.id)).toEqual(
      expect.arrayContaining(['pace', 'fillers', 'pauses', 'first-word', 'hedges', 'repeats']),
    );

    const terms = within(card()).getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual(advice.map((item) => item.label));
    for (const item of advice) {
      const group = terms[advice.indexOf(item)]!.parentElement!.parentElement!;
      expect(within(group).getByText(item.value)).toBeVisible();
      expect(within(group).getByText(`Target: ${item.target}`)).toBeVisible();
      expect(within(group).getByText(item.message)).toBeVisible();
      // On or off target in words, never by colour alone.
      expect(group).toHaveTextContent(item.onTarget ? 'On target' : 'Off target');
    }
    const pace = advice.find((item) => item.id === 'pace')!;
    expect(pace.onTarget).toBe(false);

    // Where the long pauses were, as m:ss.
    expect(within(card()).getByText('At 0:12 (3.1 s), 0:47 (2.2 s)')).toBeVisible();
    // Never a score.
    expect(card()).not.toHaveTextContent(/\/100|\d%/);
  });

  it('marks fillers, hedges and repeats in the transcript, with a legend', () => {
    seed({ delivery: FIGURES });
    render(<Subject />);
    const marks = [...card().querySelectorAll('p mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(expect.arrayContaining(['Um (filler)', 'I think maybe (hedge)', 'you know (filler)']));
    expect(marks.some((text) => text?.endsWith('(repeated word)'))).toBe(true);

    const legend = within(card()).getByRole('list', { name: 'Marked in your words' });
    expect(within(legend).getByText('2 fillers')).toBeVisible();
    expect(within(legend).getByText('1 hedge')).toBeVisible();
    expect(within(legend).getByText('1 repeated word')).toBeVisible();
  });

  it('saves how it sounded to the user and answers with the figures', async () => {
    const user = userEvent.setup();
    seed({ delivery: FIGURES });
    render(<Subject />);
    const group = within(card()).getByRole('group', { name: 'How did it sound to you?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['rough', 'okay', 'smooth']);
    expect(within(card()).getByRole('status')).toBeEmptyDOMElement();

    await user.click(within(group).getByRole('radio', { name: 'Smooth' }));
    expect(usePracticeStore.getState().attempts['attempt-1']!.deliverySelfRating).toBe('smooth');
    expect(within(group).getByRole('radio', { name: 'Smooth' })).toBeChecked();
    expect(within(card()).getByRole('status')).toHaveTextContent(
      'You said smooth, though your pace was 175 words a minute (faster than 130–160) and fillers were 4 a minute.',
    );

    await user.click(within(group).getByRole('radio', { name: 'Rough' }));
    expect(usePracticeStore.getState().attempts['attempt-1']!.deliverySelfRating).toBe('rough');
    expect(within(card()).getByRole('status')).toHaveTextContent('You said rough, and the figures agree');
  });

  it('leaves out hedges and repeats when there are none', () => {
    seed({ delivery: { ...FIGURES, hedgeCount: 0, hedges: [], repeatCount: 0 } });
    render(<Subject />);
    const terms = within(card())
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toContain('Pace');
    expect(terms).not.toContain('Hedges');
    expect(terms).not.toContain('Repeated words');
  });

  it('says so when pace and fillers were on target', async () => {
    const user = userEvent.setup();
    seed({ delivery: { ...FIGURES, words: 145, wpm: 145, fillerCount: 1, fillersPerMin: 1 } });
    render(<Subject />);
    await user.click(within(card()).getByRole('radio', { name: 'Smooth' }));
    expect(within(card()).getByRole('status')).toHaveTextContent('You said smooth; pace and fillers were on target.');
  });
});
