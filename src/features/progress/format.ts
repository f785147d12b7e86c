import { RUBRIC_PARTS, type RubricPart } from '@/domain/model';
import { dateFormatter } from '@/lib/date-format';

const dayFormat = dateFormatter({ month: 'short', day: 'numeric' });
const longDayFormat = dateFormatter({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
const monthFormat = dateFormatter({ month: 'short' });

/** A YYYY-MM-DD local date as a Date at local midnight. */
export function parseDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export const formatDay = (date: string) => dayFormat(parseDate(date));
export const formatLongDay = (date: string) => longDayFormat(parseDate(date));
export const formatMonth = (date: string) => monthFormat(parseDate(date));

/** A whole percentage, or an en dash for no value. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value)}%`;
}

/** Time practised for people: "45 s", "12 min", "3 h 5 min". */
export function formatPracticeTime(ms: number): string {
  const seconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

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
