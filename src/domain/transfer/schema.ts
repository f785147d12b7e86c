/**
 * The export file (format "rehearse-export", version 1): an envelope around
 * the record lists. The records themselves are checked one by one with the
 * app's record schema after being brought up to date (`readRecord` in
 * domain/versions.ts), exactly as storage and tab sync read them; only the
 * envelope is checked here. `version` is the envelope's format, not the
 * records' shape: each record carries its own `schemaVersion`.
 */
import * as z from 'zod/mini';

import { lazySchema, RECORD_KINDS, settingsSchema } from '../schema';

export const EXPORT_FORMAT = 'rehearse-export';
export const EXPORT_VERSION = 1;
/** Bigger than any real export (years of daily practice is a few MB); stops a wrong file from freezing the tab. */
export const MAX_EXPORT_CHARS = 50 * 1024 * 1024;

const records = z.array(z.unknown());

/** The envelope, every field; the record lists' items are read by `readRecord`. Unknown keys (`setAside`) are dropped. */
export const exportEnvelopeSchema = lazySchema(() =>
  z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string().check(
      z.maxLength(64),
      z.refine((s) => !Number.isNaN(Date.parse(s)), { error: 'expected a date and time' }),
    ),
    sessions: records,
    attempts: records,
    schedules: records,
    plans: records,
    /** The user's guides and stories: absent in exports made before there were any. */
    guides: z.optional(records),
    stories: z.optional(records),
    /** Recorded answers' descriptions: absent in exports made before there were any (the audio is in the archive). */
    recordings: z.optional(records),
    settings: settingsSchema,
  }),
);

/** The record lists of an export, in the order they are checked and reported. */
export const EXPORT_RECORD_KINDS = RECORD_KINDS;
