/**
 * The names of the record stores and the storage failures the user can be
 * told about, apart from db.ts (IndexedDB, idb, the migrations): code that
 * only needs to name a failure (the storage banner, the crash screen) does not
 * need the database layer.
 */
import type { RecordKind } from '@/domain/schema';

/**
 * The stores holding user records (not `meta`): the schema's RECORD_KINDS,
 * written out here so that naming a failure does not load the schema (zod).
 */
export const RECORD_STORES = [
  'sessions',
  'attempts',
  'schedules',
  'plans',
  'guides',
  'stories',
  'recordings',
] as const satisfies readonly RecordKind[];
export type RecordStore = (typeof RECORD_STORES)[number];

export type FailureKind =
  'unavailable' | 'newer-version' | 'upgrade' | 'quota' | 'timeout' | 'closed' | 'read' | 'write';

const MESSAGES: Record<FailureKind, string> = {
  unavailable:
    "This browser isn't letting Rehearse store your practice (private browsing, or storage turned off). You can keep practising, but sessions will be gone when you close the tab.",
  'newer-version':
    'Your saved practice was written by a newer version of Rehearse. Reload the page to use it; until then nothing new is saved.',
  upgrade:
    "Rehearse couldn't update your saved practice to this version, so it left it exactly as it was. You can still see it and export it from Your data, but new practice in this tab won't be saved. Reloading tries again.",
  quota:
    "Your browser's storage for this site is full, so your latest practice wasn't saved. It is still here in this tab.",
  timeout: 'Saving your practice took too long, so it may not have been saved. It is still here in this tab.',
  closed: 'Rehearse was updated in another tab, so this tab can no longer save. Reload the page to keep your practice.',
  read: "Couldn't read your saved practice. New practice will still be saved.",
  write: "Couldn't save your practice to this browser's storage. It is still here in this tab.",
};

export class StorageFailure extends Error {
  readonly kind: FailureKind;
  constructor(kind: FailureKind, cause?: unknown) {
    super(MESSAGES[kind], { cause });
    this.name = 'StorageFailure';
    this.kind = kind;
  }
}
