/**
 * Words, numbers and dates as the app writes them (English), in one place.
 *
 * Nothing here throws. A stored timestamp is checked on load, but a page must
 * not go down if a bad one slips through (`Intl` and `toISOString()` throw
 * "Invalid time value" on an Invalid Date): such a value shows as
 * `UNKNOWN_DATE` and gets no `dateTime` attribute.
 *
 * Days are written by hand (`formatDay`, `formatMonth`) rather than with
 * `Intl.DateTimeFormat`: creating one costs a few milliseconds, and 70–100 ms
 * with a time zone (ICU's zone data), on whichever page first shows a date.
 * The output is what `Intl`'s English formats give.
 */

// ---------------------------------------------------------------- words and numbers

/** "1 answer", "3 answers", "1,204 answers"; `many` for irregular plurals ("1 child", "2 children"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * A count with English digit grouping: "1,204". Whole numbers are grouped by hand: the first
 * `Intl.NumberFormat` of a page load costs 10-17 ms (ICU's number data), and with 1,000 guides
 * the library's filter counts made it the costliest function of the home page's first render.
 * Anything else (fractions, infinities) goes through one shared formatter, built when first needed.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return (numbers ??= new Intl.NumberFormat('en')).format(count);
  const digits = String(Math.abs(count));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return count < 0 ? `-${grouped}` : grouped;
}
let numbers: Intl.NumberFormat | undefined;

/** A whole percentage, or an en dash for no value. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value)}%`;
}

/** One decimal, dropped when whole: "2.5", "3" (a rubric part's average rating). */
export function formatAverage(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Time practised for people: "45 s", "12 min", "3 h 5 min". (A clock-style "1:05" is domain/measures' `formatDuration`.) */
export function formatPracticeTime(ms: number): string {
  const seconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}

// ---------------------------------------------------------------- dates

export const UNKNOWN_DATE = 'unknown date';

/** A day key: a calendar day, with no time and no zone. */
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Anything the app stores as a date: a Date, epoch milliseconds, or an ISO string. */
export type DateValue = Date | number | string;

/**
 * The date a value stands for, or `null` for nothing or no date. A day key
 * ("2025-03-04") means that day at local midnight, whatever the reader's time
 * zone (an impossible one, "2025-02-30", is no date); any other string is
 * read as a moment ("2025-03-04T23:30:00Z").
 */
export function toDate(value: DateValue | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    const day = DAY_KEY.exec(value);
    if (day) {
      const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
      const date = new Date(y, m - 1, d);
      return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
    }
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface DayOptions {
  /** Lead with the weekday: "Tue, Mar 4, 2025". Off by default. */
  weekday?: boolean;
  /** End with the year: on by default; off gives "Mar 4". */
  year?: boolean;
}

/**
 * A calendar day for people: "Mar 4, 2025" (English medium date style), in
 * the reader's time zone for a time, as written for a day key. `UNKNOWN_DATE`
 * for a value that is no date.
 */
export function formatDay(value: DateValue, { weekday = false, year = true }: DayOptions = {}): string {
  const date = toDate(value);
  if (!date) return UNKNOWN_DATE;
  const day = `${MONTHS[date.getMonth()]} ${date.getDate()}`;
  const text = year ? `${day}, ${date.getFullYear()}` : day;
  return weekday ? `${WEEKDAYS[date.getDay()]}, ${text}` : text;
}

/** A month's short name ("Mar"), or `UNKNOWN_DATE`. */
export function formatMonth(value: DateValue): string {
  const date = toDate(value);
  return date ? MONTHS[date.getMonth()]! : UNKNOWN_DATE;
}

/**
 * The local calendar day of a time as YYYY-MM-DD: the day the user sees on
 * their clock, for file names and buckets of days. ("unknown-date" for no date,
 * so a file name still works.) The day count since 1970 that the progress
 * charts bucket by is the domain's business, not this.
 */
export function localDayKey(value: Date | number): string {
  const date = toDate(value);
  if (!date) return 'unknown-date';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A date formatter made on first use, for what `formatDay` does not write
 * (times of day). Creating an `Intl.DateTimeFormat` costs a few milliseconds
 * each (more for the first of a page load, which loads ICU's locale data); at
 * module level that cost lands on whichever task evaluates the module,
 * whether or not a date is ever shown.
 */
export function dateFormatter(options: Intl.DateTimeFormatOptions, locale = 'en'): (date: Date | number) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) =>
    Number.isNaN(new Date(date).getTime())
      ? UNKNOWN_DATE
      : (format ??= new Intl.DateTimeFormat(locale, options)).format(date);
}

const dateTimeFormat = dateFormatter({ dateStyle: 'medium', timeStyle: 'short' });

/** A moment for people: "Jun 9, 2025, 2:05 PM", or `UNKNOWN_DATE`. */
export function formatDateTime(value: DateValue): string {
  const date = toDate(value);
  return date ? dateTimeFormat(date) : UNKNOWN_DATE;
}

/** The ISO form for a `<time dateTime>` attribute, or `undefined` for a value that is no date. */
export function isoDateTime(value: Date | number): string | undefined {
  return toDate(value)?.toISOString();
}
