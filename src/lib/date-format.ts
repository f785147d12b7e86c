/**
 * A date formatter made on first use. Creating an `Intl.DateTimeFormat` costs
 * a few milliseconds each (more for the first of a page load, which loads
 * ICU's locale data); at module level that cost lands on whichever task
 * evaluates the module (a route preload, the first page), whether or not a
 * date is ever shown.
 */
export function dateFormatter(options: Intl.DateTimeFormatOptions, locale = 'en'): (date: Date | number) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => (format ??= new Intl.DateTimeFormat(locale, options)).format(date);
}
