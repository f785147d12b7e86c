/**
 * Moving a user's data in and out of the app as files: reading an uploaded
 * export into problems a person can act on (parse.ts, worded by problems.ts,
 * its envelope in schema.ts), previewing what an import would change
 * (plan.ts), and writing the JSON and Markdown downloads (json.ts,
 * markdown.ts). Pure: no store, no DOM, never throws on bad input.
 *
 * Records are checked with the app's one record schema (domain/schema.ts)
 * after being brought up to date by its one version chain
 * (domain/versions.ts): what imports is exactly what would load from storage.
 * This folder is the /data page's chunk; the schema it shares is in the
 * store's.
 */
export { exportJson } from './json';
export { exportMarkdown, type QuestionInfo, quoteBlock } from './markdown';
export { type ParseContext, parseExport } from './parse';
export { attemptChangedAt, type ImportPlan, planImport, type RecordCounts, type StoredRecords } from './plan';
export { MAX_PROBLEMS, type ParseExportResult } from './problems';
export { EXPORT_FORMAT, EXPORT_VERSION, exportEnvelopeSchema, MAX_EXPORT_CHARS } from './schema';
