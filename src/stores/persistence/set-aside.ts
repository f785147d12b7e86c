/**
 * Records set aside on load: what the store keeps of each (where it is, its
 * key, why, and the raw value), so "Your data" can list, download and delete
 * them and Export JSON can carry them. Nothing here writes; the record stays
 * on disk until the user deletes it.
 */
import type { SetAsideEntry } from '@/domain/model';

import type { RecordStore } from './failure';
import { migrateRecord } from './migrations';

const KEY_FIELD: Record<RecordStore, string> = {
  sessions: 'id',
  attempts: 'id',
  schedules: 'questionId',
  plans: 'guideSlug',
};

/** The entry for a raw stored record that failed the checks; never throws. */
export function setAsideEntry(store: RecordStore, raw: unknown): SetAsideEntry {
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : null;
  const keyValue = obj?.[KEY_FIELD[store]];
  const migrated = migrateRecord(store, raw);
  const reason =
    'error' in migrated
      ? migrated.error
      : `a stored ${store} record does not have the expected fields (a missing or wrong value, or a date out of range)`;
  return { store, key: typeof keyValue === 'string' ? keyValue : null, reason, value: raw };
}
