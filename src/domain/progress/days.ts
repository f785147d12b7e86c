/** Local calendar days as epoch-day numbers, and streaks of them (index.ts). */
import type { Streak } from './types';

export const MS_PER_DAY = 86_400_000;

/** The local calendar date of a time, as days since 1970-01-01 (DST-proof). */
export function localDay(ms: number): number {
  const d = new Date(ms);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / MS_PER_DAY);
}

/** YYYY-MM-DD of an epoch day. */
export function dayKey(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 Monday … 6 Sunday. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (3 counting from Monday).
  return (((day + 3) % 7) + 7) % 7;
}

/** The current and longest runs of consecutive days in a set of epoch days. */
export function streakOf(days: ReadonlySet<number>, today: number): Streak {
  let longest = 0;
  let last: number | null = null;
  for (const day of days) {
    if (last === null || day > last) last = day;
    // Count runs only from their first day: linear overall.
    if (days.has(day - 1)) continue;
    let length = 1;
    while (days.has(day + length)) length++;
    if (length > longest) longest = length;
  }
  let current = 0;
  const end = days.has(today) ? today : days.has(today - 1) ? today - 1 : null;
  if (end !== null) while (days.has(end - current)) current++;
  return { current, longest, practisedToday: days.has(today), lastDate: last === null ? null : dayKey(last) };
}
