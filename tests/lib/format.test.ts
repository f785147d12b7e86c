import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { jsonFileName, unreadableFileName } from '@/lib/download';
import {
  dateFormatter,
  formatAverage,
  formatCount,
  formatDateTime,
  formatDay,
  formatMonth,
  formatPercent,
  formatPracticeTime,
  isoDateTime,
  localDayKey,
  plural,
  toDate,
  UNKNOWN_DATE,
} from '@/lib/format';

const dayKey = (date: Date) => date.toISOString().slice(0, 10);
/** Local midnight of a day key, as Intl would be given it. */
const localMidnight = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
const days = fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true });

describe('plural', () => {
  it('counts one, many and irregular plurals', () => {
    expect(plural(1, 'answer')).toBe('1 answer');
    expect(plural(0, 'answer')).toBe('0 answers');
    expect(plural(2, 'child', 'children')).toBe('2 children');
    expect(plural(1, 'child', 'children')).toBe('1 child');
  });

  it('groups the digits of large counts', () => {
    expect(plural(1204, 'session')).toBe('1,204 sessions');
    expect(formatCount(1_000_000)).toBe('1,000,000');
  });

  it("writes every count as Intl's English number format does", () => {
    const english = new Intl.NumberFormat('en');
    for (const n of [
      0,
      7,
      999,
      1000,
      -1000,
      12_345,
      -999_999,
      100_000,
      Number.MAX_SAFE_INTEGER,
      0.5,
      1234.5678,
      Infinity,
      NaN,
    ]) {
      expect(formatCount(n)).toBe(english.format(n));
    }
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => formatCount(n) === english.format(n)));
  });
});

describe('numbers', () => {
  it('writes a percentage, or a dash for none', () => {
    expect(formatPercent(72.4)).toBe('72%');
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(undefined)).toBe('–');
    expect(formatPercent(Number.NaN)).toBe('–');
  });

  it('writes an average with one decimal, none when whole', () => {
    expect(formatAverage(2.5)).toBe('2.5');
    expect(formatAverage(3)).toBe('3');
    expect(formatAverage(2.25)).toBe('2.3');
  });

  it('writes time practised in seconds, minutes and hours', () => {
    expect(formatPracticeTime(45_000)).toBe('45 s');
    expect(formatPracticeTime(12 * 60_000 + 5_000)).toBe('12 min');
    expect(formatPracticeTime(3 * 3_600_000 + 5 * 60_000)).toBe('3 h 5 min');
    expect(formatPracticeTime(2 * 3_600_000)).toBe('2 h');
    expect(formatPracticeTime(-5)).toBe('0 s');
    expect(formatPracticeTime(Number.NaN)).toBe('0 s');
  });
});

describe('formatDay (written by hand instead of with Intl)', () => {
  const medium = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  const long = new Intl.DateTimeFormat('en', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
  const short = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });
  const month = new Intl.DateTimeFormat('en', { month: 'short' });

  it('writes every day as Intl’s English formats would', () => {
    fc.assert(
      fc.property(days, (date) => {
        const key = dayKey(date);
        const local = localMidnight(key);
        expect(formatDay(key)).toBe(medium.format(local));
        expect(formatDay(key, { weekday: true })).toBe(long.format(local));
        expect(formatDay(key, { year: false })).toBe(short.format(local));
        expect(formatMonth(key)).toBe(month.format(local));
        expect(formatDay(local.getTime())).toBe(medium.format(local));
        expect(formatDay(local)).toBe(medium.format(local));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a day key as that day in any time zone, and a timestamp as the reader’s day', () => {
    expect(formatDay('2025-02-03')).toBe('Feb 3, 2025');
    expect(formatDay('2025-02-03', { weekday: true, year: false })).toBe('Mon, Feb 3');
    const moment = new Date(2025, 11, 31, 23, 30);
    expect(formatDay(moment.toISOString())).toBe('Dec 31, 2025');
  });

  it('says "unknown date" for nothing, nonsense and impossible days, and never throws', () => {
    for (const bad of ['', 'soon', '2025-02-30', '2025-13-01', Number.NaN, new Date(Number.NaN), Infinity]) {
      expect(formatDay(bad)).toBe(UNKNOWN_DATE);
      expect(formatMonth(bad)).toBe(UNKNOWN_DATE);
      expect(formatDateTime(bad)).toBe(UNKNOWN_DATE);
    }
  });
});

describe('toDate', () => {
  it('is null for nothing or no date, a Date otherwise', () => {
    expect(toDate(null)).toBeNull();
    expect(toDate(undefined)).toBeNull();
    expect(toDate('')).toBeNull();
    expect(toDate('2025-02-29')).toBeNull();
    expect(toDate('2024-02-29')).toEqual(new Date(2024, 1, 29));
    expect(toDate(0)).toEqual(new Date(0));
  });
});

describe('localDayKey', () => {
  it('is the local calendar day, zero-padded, round-tripping with formatDay', () => {
    fc.assert(
      fc.property(days, (date) => {
        const key = localDayKey(date);
        expect(key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(localMidnight(key).getDate()).toBe(date.getDate());
        expect(formatDay(key)).toBe(formatDay(date));
      }),
      { numRuns: 200 },
    );
    expect(localDayKey(new Date(2025, 2, 7, 23, 59))).toBe('2025-03-07');
    expect(localDayKey(new Date(2025, 2, 8, 0, 1).getTime())).toBe('2025-03-08');
  });

  it('names files by it, and never throws on no date', () => {
    expect(jsonFileName(new Date(2025, 2, 7, 12))).toBe('rehearse-export-2025-03-07.json');
    expect(unreadableFileName(new Date(2025, 2, 7, 12))).toBe('rehearse-unreadable-2025-03-07.json');
    expect(localDayKey(new Date(Number.NaN))).toBe('unknown-date');
  });
});

describe('dateFormatter, formatDateTime and isoDateTime', () => {
  it('formats like the Intl.DateTimeFormat it stands for, made once on first use', () => {
    const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
    const format = dateFormatter(options);
    const when = Date.UTC(2025, 5, 9, 14, 5);
    expect(format(when)).toBe(new Intl.DateTimeFormat('en', options).format(when));
    expect(format(new Date(when))).toBe(format(when));
    expect(formatDateTime(when)).toBe(format(when));
    expect(formatDateTime(new Date(when).toISOString())).toBe(format(when));
    expect(format(Number.NaN)).toBe(UNKNOWN_DATE);
  });

  it('gives the ISO form of a date and nothing for no date', () => {
    expect(isoDateTime(Date.UTC(2025, 0, 2))).toBe('2025-01-02T00:00:00.000Z');
    expect(isoDateTime(Number.NaN)).toBeUndefined();
    expect(isoDateTime(new Date('nonsense'))).toBeUndefined();
  });
});
