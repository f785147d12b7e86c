/**
 * Date formatting that never throws. A stored timestamp is checked on load,
 * but a page must not go down if a bad one slips through (`Intl` and
 * `toISOString()` throw "Invalid time value" on an Invalid Date): such a
 * value shows as `UNKNOWN_DATE` and gets no `dateTime` attribute.
 */
export const UNKNOWN_DATE = 'unknown date';

const isValid = (date: Date | number): boolean => !Number.isNaN(new Date(date).getTime());

/**
 * A date formatter made on first use. Creating an `Intl.DateTimeFormat` costs
 * a few milliseconds each (more for the first of a page load, which loads
 * ICU's locale data); at module level that cost lands on whichever task
 * evaluates the module (a route preload, the first page), whether or not a
 * date is ever shown.
 */
export function dateFormatter(options: Intl.DateTimeFormatOptions, locale = 'en'): (date: Date | number) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => (isValid(date) ? (format ??= new Intl.DateTimeFormat(locale, options)).format(date) : UNKNOWN_DATE);
}

/** The ISO form for a `<time dateTime>` attribute, or `undefined` for a value that is no date. */
export function isoDateTime(date: Date | number): string | undefined {
  return isValid(date) ? new Date(date).toISOString() : undefined;
}
