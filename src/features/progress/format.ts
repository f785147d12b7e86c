import { RUBRIC_PARTS, type RubricPart } from '@/domain/model';
import { formatDay } from '@/lib/format';

/** A chart day (YYYY-MM-DD) on an axis: "Mar 4". */
export const formatShortDay = (date: string) => formatDay(date, { year: false });
/** A chart day in a tooltip or table: "Tue, Mar 4, 2025". */
export const formatLongDay = (date: string) => formatDay(date, { weekday: true });

export type Series = 'overall' | RubricPart;
export const SERIES: readonly Series[] = ['overall', ...RUBRIC_PARTS];

/**
 * Chart colours follow the theme: the overall line uses the accent token, and
 * the part lines get light-dark() pairs (set as custom properties on the
 * chart) chosen for contrast on both surfaces. Lines also differ by dash
 * pattern, so colour is never the only cue.
 */
export const SERIES_STYLE: Record<Series, { color: string; dash?: string; width: number }> = {
  overall: { color: 'var(--color-accent)', width: 2.5 },
  context: { color: 'light-dark(#0f766e, #5eead4)', dash: '6 4', width: 1.75 },
  approach: { color: 'light-dark(#b45309, #fcd34d)', dash: '2 3', width: 1.75 },
  example: { color: 'light-dark(#be185d, #f9a8d4)', dash: '10 3 2 3', width: 1.75 },
  outcome: { color: 'light-dark(#15803d, #86efac)', dash: '1 0', width: 1.75 },
};
