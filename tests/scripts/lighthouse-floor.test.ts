// `npm run lighthouse`'s floor (issue 17): each page's LCP against a bare Vite + React 19 page's,
// measured in the same run (scripts/lighthouse-lib.ts).
import { describe, expect, it } from 'vitest';

import {
  compareWithFloor,
  formatFloorComparison,
  LCP_FLOOR_RATIO,
  type RunFigures,
} from '../../scripts/lighthouse-lib';

const run = (lcp: number | null): RunFigures => ({
  scores: { performance: 100 },
  metrics: {
    'first-contentful-paint': 900,
    'largest-contentful-paint': lcp,
    'total-blocking-time': 0,
    'cumulative-layout-shift': 0,
  },
});

describe('compareWithFloor', () => {
  it('divides the median LCPs, and passes at or below 1.2×', () => {
    const floor = [run(1300), run(1250), run(1270)];
    expect(compareWithFloor([run(2170), run(2400), run(1900)], floor)).toEqual({
      lcp: 2170,
      floorLcp: 1270,
      ratio: 2170 / 1270,
      ok: false,
    });
    expect(compareWithFloor([run(1524)], floor)).toMatchObject({ ratio: 1.2, ok: true });
    expect(compareWithFloor([run(1525)], floor)?.ok).toBe(false);
    expect(LCP_FLOOR_RATIO).toBe(1.2);
  });

  it('skips runs without an LCP, and gives null when a side has none', () => {
    expect(compareWithFloor([run(null), run(1000)], [run(1000)])).toMatchObject({ lcp: 1000, ratio: 1 });
    expect(compareWithFloor([run(null)], [run(1000)])).toBeNull();
    expect(compareWithFloor([run(1000)], [])).toBeNull();
    expect(compareWithFloor([run(1000)], [run(0)])).toBeNull();
  });

  it('prints both LCPs and the ratio', () => {
    const c = compareWithFloor([run(2170)], [run(1270)])!;
    expect(formatFloorComparison(c)).toBe("LCP 2.17 s = 1.71× the floor's 1.27 s (target ≤ 1.2×)");
  });
});
