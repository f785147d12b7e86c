/**
 * The range a stored or imported timestamp (milliseconds since 1970, UTC) must
 * fall in. A finite number is not enough: `new Date(8.7e15)` is an Invalid
 * Date, and formatting it throws ("Invalid time value"), so one such record
 * used to take down every page that lists it. The record schema (schema.ts)
 * uses this check for every timestamp, and storage, tab sync and import all
 * read records with that schema, so they cannot drift apart.
 *
 * Bounds: from 1970-01-01 (0, what the import schema has always required;
 * tests and old records use small stamps as plain order markers) to
 * 2200-01-01 UTC. The upper bound is fixed rather than "now + 100 years" so
 * that whether a record is readable never depends on the device's clock; it
 * leaves room for the longest review interval (FSRS: 100 years) and keeps
 * every date a four-digit year, so `toISOString()` and `Intl` always work.
 */
export const EARLIEST_TIMESTAMP = 0;
export const LATEST_TIMESTAMP = Date.UTC(2200, 0, 1);

/** How the bounds read in a message. */
export const TIMESTAMP_RANGE_TEXT = 'a date from 1970 to 2199 (milliseconds since 1970)';

export function isTimestamp(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= EARLIEST_TIMESTAMP && x < LATEST_TIMESTAMP;
}
