// A stored recording without delivery figures (the analysis after submit never finished) is measured on demand.
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { DeliveryFigures } from '@/domain/delivery/types';
import { ensureMeasured } from '@/features/recording/save';
import { analyseRecording } from '@/lib/recording/analyse';
import { usePracticeStore } from '@/stores';

import { anAttempt, resetPracticeStore } from '../../support';

vi.mock('@/lib/recording/analyse', () => ({ analyseRecording: vi.fn() }));
const analyse = vi.mocked(analyseRecording);

const FIGURES = { durationMs: 1000, wpm: 140 } as DeliveryFigures;

function seed(blob: Blob | null, delivery: DeliveryFigures | null = null) {
  const attempt = anAttempt({ id: 'a1', answer: 'Um, I led the team.', delivery });
  const setDelivery = vi.fn();
  const setRecordingPeaks = vi.fn();
  usePracticeStore.setState({
    attempts: { a1: attempt },
    loadRecording: vi.fn(async () => blob),
    setDelivery,
    setRecordingPeaks,
  } as never);
  return { setDelivery, setRecordingPeaks };
}

beforeEach(() => {
  resetPracticeStore();
  analyse.mockReset();
});

describe('ensureMeasured', () => {
  it('reads the stored audio back, analyses it with the transcript and keeps the figures and level strip', async () => {
    const blob = new Blob(['x'], { type: 'audio/webm' });
    const { setDelivery, setRecordingPeaks } = seed(blob);
    analyse.mockResolvedValue({ figures: FIGURES, peaks: [0.5] });
    expect(await ensureMeasured('a1')).toBe(true);
    expect(analyse).toHaveBeenCalledWith(blob, 'Um, I led the team.');
    expect(setDelivery).toHaveBeenCalledWith('a1', FIGURES);
    expect(setRecordingPeaks).toHaveBeenCalledWith('a1', [0.5]);
  });

  it('runs one analysis however many screens ask at once', async () => {
    seed(new Blob(['x']));
    let finish!: (value: { figures: DeliveryFigures; peaks: number[] }) => void;
    analyse.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const first = ensureMeasured('a1');
    const second = ensureMeasured('a1');
    await vi.waitFor(() => expect(analyse).toHaveBeenCalledTimes(1));
    finish({ figures: FIGURES, peaks: [] });
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('says no when the audio is gone or cannot be decoded, and does nothing for a measured answer', async () => {
    seed(null);
    expect(await ensureMeasured('a1')).toBe(false);
    seed(new Blob(['x']));
    analyse.mockRejectedValue(new Error('cannot decode'));
    expect(await ensureMeasured('a1')).toBe(false);
    analyse.mockReset();
    seed(new Blob(['x']), FIGURES);
    expect(await ensureMeasured('a1')).toBe(true);
    expect(analyse).not.toHaveBeenCalled();
  });
});
