/**
 * Moved to `@/lib/format`, which also writes days by hand; this re-export
 * keeps the callers not yet moved (features/history) working until they are.
 */
export { dateFormatter, isoDateTime, UNKNOWN_DATE } from './format';
