import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { CalendarDay, PracticeCalendar } from '@/domain/progress';
import { CalendarHeatmap } from '@/features/progress/CalendarHeatmap';
import { monthLabels, type MonthLabel } from '@/features/progress/month-labels';

/** `count` Mondays from `first` (a Monday), as the calendar's week columns start. */
function mondays(first: string, count: number): string[] {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(y, m - 1, d + 7 * i);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  });
}

// The chart's own figures: columns 15 apart, a three-letter name about 18.6 wide.
const STEP = 15;
const NAME = 3 * 6.2;
const layout = { step: STEP, widthOf: () => NAME };
const month = (label: MonthLabel) => label.monday.slice(0, 7);

/** No two names closer than a name's width (plus the gap), and none past the right edge. */
function expectNoOverlap(labels: MonthLabel[], columns: number, width = NAME, gap = 4) {
  labels.forEach((label, i) => {
    expect(label.column * STEP + width).toBeLessThanOrEqual(columns * STEP);
    const next = labels[i + 1];
    if (next) expect(next.column * STEP - label.column * STEP).toBeGreaterThanOrEqual(width + gap);
  });
}

describe('monthLabels', () => {
  it('names each month over its first full week', () => {
    // Monday 2025-03-03: March, then April from the 7th, May from the 5th.
    const weeks = mondays('2025-03-03', 12);
    const labels = monthLabels(weeks, layout);
    expect(labels.map((l) => [l.column, month(l)])).toEqual([
      [0, '2025-03'],
      [5, '2025-04'],
      [9, '2025-05'],
    ]);
  });

  it('gives the oldest column’s name up to a month that starts in the next column ("JulAug")', () => {
    // The window opens on Monday July 28: August starts that Friday and has its first full week next.
    const weeks = mondays('2025-07-28', 20);
    const labels = monthLabels(weeks, layout);
    expect(labels[0]).toEqual({ column: 1, monday: '2025-08-04' });
    expect(new Set(labels.map(month)).size).toBe(labels.length);
    expectNoOverlap(labels, weeks.length);
  });

  it('keeps the oldest column’s name when the next month is far enough', () => {
    const weeks = mondays('2025-07-21', 20);
    expect(monthLabels(weeks, layout).slice(0, 2)).toEqual([
      { column: 0, monday: '2025-07-21' },
      { column: 2, monday: '2025-08-04' },
    ]);
  });

  it('leaves out a month that starts in the last column, where its name would run off the edge', () => {
    // Twenty weeks from 2025-01-06 end with the week of Monday May 19; June's first Monday, the 2nd, is
    // two columns later: 22 weeks put it in the last column.
    const weeks = mondays('2025-01-06', 22);
    expect(weeks.at(-1)).toBe('2025-06-02');
    const labels = monthLabels(weeks, layout);
    expect(labels.map(month)).not.toContain('2025-06');
    expectNoOverlap(labels, weeks.length);
  });

  it('skips a name that would reach the one before when names are wider than a month’s columns', () => {
    const weeks = mondays('2025-01-06', 30);
    const wide = 70; // about five columns: longer names, or a larger font
    const labels = monthLabels(weeks, { step: STEP, widthOf: () => wide });
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThan(7); // seven months start in these weeks
    expectNoOverlap(labels, weeks.length, wide);
  });

  it('never overlaps, whatever day the window opens on', () => {
    for (let offset = 0; offset < 53; offset++) {
      const weeks = mondays('2024-12-30', 53).slice(offset, offset + 20);
      expectNoOverlap(monthLabels(weeks, layout), weeks.length);
    }
  });
});

describe('CalendarHeatmap month names', () => {
  function calendar(firstMonday: string, count: number): PracticeCalendar {
    const weeks = mondays(firstMonday, count).map((monday) => {
      const [y, m, d] = monday.split('-').map(Number) as [number, number, number];
      return Array.from({ length: 7 }, (_, i): CalendarDay => {
        const date = new Date(y, m - 1, d + i);
        const key = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        return { date: key, day: 0, count: 0, future: false };
      });
    });
    return { weeks, max: 0, total: 0, activeDays: 0 };
  }

  it('shows no month twice and no two names side by side', () => {
    const { container } = render(
      <CalendarHeatmap
        calendar={calendar('2025-07-28', 20)}
        streak={{ current: 0, longest: 0, practisedToday: false, lastDate: null }}
        today="2025-12-14"
      />,
    );
    const names = [...container.querySelectorAll('svg > text')]
      .map((text) => ({ name: text.textContent, x: Number(text.getAttribute('x')) }))
      .filter(({ name }) => !['Mon', 'Wed', 'Fri'].includes(name ?? ''));
    expect(names.map((n) => n.name)).toEqual(['Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    names.slice(1).forEach((n, i) => expect(n.x - names[i]!.x).toBeGreaterThanOrEqual(NAME));
  });
});
